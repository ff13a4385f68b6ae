// Piloting and rolling out (mechanical logic): pilot sites implement first; the
// rest follow in waves, on a schedule or once the previous wave is in use; what
// pilots learn raises the intervention's perceived advantage and its fit.
import { z } from 'zod';
import type { RunState } from '../model/run-state.js';
import { EMBEDDED } from '../model/states.js';
import type { Population } from '../model/system.js';
import { TargetsSchema } from '../scenario/targets-schema.js';
import { param, rate, share, time } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('rollout'),
  ...leverBase,
  pilots: TargetsSchema.default({ rule: 'random', k: 5 }).meta({ description: 'Pilot sites, which start implementing at the start' }),
  waves: z.number().int().min(1).max(1000).default(4).meta({ description: 'Waves the other targets are split into, region by region' }),
  pilotPhase: time(26, 'Time from the start to the first wave'),
  waveInterval: time(26, 'Time between waves on the schedule'),
  advanceWhen: z
    .enum(['schedule', 'criterion'])
    .default('schedule')
    .meta({ description: 'schedule: waves at fixed times; criterion: when the previous wave (or the pilots) reach `criterion` in use' }),
  criterion: share(0.5, 'Share of the previous wave in use before the next starts (advanceWhen criterion)'),
  intensity: rate(0.03, 'Adoption hazard added to units of a wave that has started'),
  capacitySupport: share(0.05, 'Capacity added to units of a started wave'),
  advantageGain: param(0, 10, 0.3, 'Perceived advantage added once every pilot is embedded (in proportion before)'),
  fitGain: share(0.3, 'Share of the gap to perfect fit closed at adoption once every pilot is embedded'),
  costPerSite: param(0, 1e12, 0, 'Cost per pilot or wave site per time unit while the rollout runs', 'currency'),
});

type RolloutSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'rollout',
  logics: ['mechanical'],
  summary: 'Rollout: pilots first, then waves; lessons from pilots raise advantage and fit',
  schema,
  // Pilots are drawn before the other targets (arguments are evaluated left to right).
  create: (spec, setup) =>
    new Rollout(spec, setup.system.population, setup.targets(spec.pilots), setup.targets(spec.targets)),
});

class Rollout extends WindowedLever<RolloutSpec> implements Lever {
  private readonly waves: Int32Array[];
  private readonly all: Int32Array;
  private started = 0;
  private lastStart: number;
  private sites: number;

  constructor(
    spec: RolloutSpec,
    pop: Population,
    private readonly pilots: Int32Array,
    targets: Int32Array,
  ) {
    super(spec, 'rollout');
    const isPilot = new Uint8Array(pop.n);
    for (let j = 0; j < pilots.length; j++) isPilot[pilots[j]] = 1;
    // Waves go region by region (then by index), as regional programmes do.
    const rest = Array.from(targets).filter((i) => !isPilot[i]);
    rest.sort((a, b) => pop.region[a] - pop.region[b] || a - b);
    const waves: Int32Array[] = [];
    for (let w = 0; w < spec.waves; w++) {
      const from = Math.floor((w * rest.length) / spec.waves);
      const to = Math.floor(((w + 1) * rest.length) / spec.waves);
      if (to > from) waves.push(Int32Array.from(rest.slice(from, to)));
    }
    this.waves = waves;
    this.all = Int32Array.from({ length: pop.n }, (_, i) => i);
    this.lastStart = spec.start;
    this.sites = pilots.length;
  }

  apply(step: LeverStep): void {
    const { spec, pilots, waves, window } = this;
    const phase = window.phase(step.time);
    if (phase === 'before') return;
    const state = step.units.state;
    // Lessons from pilots improve the intervention for good, not only while it runs.
    let embedded = 0;
    for (let j = 0; j < pilots.length; j++) if (state[pilots[j]] === EMBEDDED) embedded++;
    const evidence = pilots.length > 0 ? embedded / pilots.length : 0;
    if (evidence > 0) {
      if (spec.advantageGain > 0) step.effects.add('advantageBoost', this.all, evidence * spec.advantageGain);
      if (spec.fitGain > 0) step.effects.add('fitBoost', this.all, evidence * spec.fitGain);
    }
    if (!acting(phase)) return;
    if (phase === 'starting') {
      for (let j = 0; j < pilots.length; j++) step.adopt(pilots[j], 'implementing');
    }
    if (this.started < waves.length && this.nextWaveDue(step.time, step.units)) {
      step.effects.add('external', waves[this.started], 1);
      this.sites += waves[this.started].length;
      this.started++;
      this.lastStart = step.time;
    }
    for (let w = 0; w < this.started; w++) {
      step.effects.add('programme', waves[w], spec.intensity);
      if (spec.capacitySupport > 0) step.effects.add('capacitySupport', waves[w], spec.capacitySupport);
    }
    window.charge(step, spec.costPerSite * this.sites * step.dt);
  }

  private nextWaveDue(now: number, units: RunState): boolean {
    const { spec, started } = this;
    if (spec.advanceWhen === 'schedule') {
      return now >= spec.start + spec.pilotPhase + started * spec.waveInterval;
    }
    const previous = started === 0 ? this.pilots : this.waves[started - 1];
    const earliest = started === 0 ? spec.start + spec.pilotPhase : this.lastStart;
    if (now < earliest) return false;
    const shareInUse = previous.length > 0 ? units.countInUse(previous) / previous.length : 1;
    return shareInUse >= spec.criterion;
  }
}
