// Building capacity and capability: central training raises targets' capability;
// with train-the-trainer, trained units in use train their strong-tie neighbours,
// who can in turn train others once capable (a "course in a box").
import { z } from 'zod';
import { STRONG, type Csr } from '../network/csr.js';
import { inUse } from '../model/states.js';
import { param, rate, share } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('training'),
  ...leverBase,
  rate: rate(0.05, 'Share of the gap to the ceiling closed per time unit of central training', 1),
  ceiling: share(0.9, 'Capability training can reach'),
  trainTheTrainer: z
    .boolean()
    .default(false)
    .meta({ description: 'Trained units in use train their strong-tie neighbours' }),
  cascadeRate: rate(0.03, 'Share of a neighbour\'s gap closed per time unit by a trainer', 1),
  trainerLevel: share(0.6, 'Capability a trained unit needs before it trains others'),
  costPerTrainee: param(0, 1e12, 0, 'Central training cost per target per time unit', 'currency'),
  costPerTrainer: param(0, 1e12, 0, 'Cost per active trainer per time unit (course materials)', 'currency'),
});

type TrainingSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'training',
  logics: ['mechanical', 'social'],
  summary: 'Training: raises capability of targets; train-the-trainer spreads it along strong ties',
  schema,
  create: (spec, setup) => new Training(spec, setup.targets(spec.targets), setup.system.population.n),
});

class Training extends WindowedLever<TrainingSpec> implements Lever {
  private readonly trained: Uint8Array;
  private readonly trainers: Int32Array;

  constructor(
    spec: TrainingSpec,
    private readonly units: Int32Array,
    n: number,
  ) {
    super(spec, 'training');
    this.trained = new Uint8Array(n);
    this.trainers = new Int32Array(n);
  }

  apply(step: LeverStep): void {
    const { spec, units, trained, window } = this;
    const phase = window.phase(step.time);
    if (!acting(phase)) return;
    const k = step.units.capability;
    const centralGain = step.dt * spec.rate;
    for (let j = 0; j < units.length; j++) {
      const i = units[j];
      if (k[i] < spec.ceiling) k[i] += centralGain * (spec.ceiling - k[i]);
      trained[i] = 1;
    }
    window.charge(step, spec.costPerTrainee * units.length * step.dt);
    if (spec.trainTheTrainer) {
      const count = cascade(spec, trained, this.trainers, step.units.state, k, step.network, step.dt);
      window.charge(step, spec.costPerTrainer * count * step.dt);
    }
  }
}

/** One step of train-the-trainer; returns how many trainers taught. */
function cascade(
  spec: TrainingSpec,
  trained: Uint8Array,
  trainers: Int32Array,
  state: Uint8Array,
  capability: Float32Array,
  network: Csr,
  dt: number,
): number {
  // Trainers are fixed before anyone is trained this step (synchronous update).
  const n = trained.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (trained[i] && inUse(state[i]) && capability[i] >= spec.trainerLevel) trainers[count++] = i;
  }
  const gain = dt * spec.cascadeRate;
  const { starts, neighbors, kinds } = network.out;
  for (let q = 0; q < count; q++) {
    const j = trainers[q];
    for (let e = starts[j]; e < starts[j + 1]; e++) {
      if (kinds[e] !== STRONG) continue;
      const i = neighbors[e];
      if (capability[i] < spec.ceiling) capability[i] += gain * (spec.ceiling - capability[i]);
      trained[i] = 1;
    }
  }
  return count;
}
