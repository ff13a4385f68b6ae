// Push mandate (governing and assuring; mechanical logic): targets are told,
// pressed to adopt by a deadline, and held to the format while enforced.
import { z } from 'zod';
import { REASON_MANDATE } from '../model/states.js';
import { param, rate, share } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('mandate'),
  ...leverBase,
  intensity: rate(0.02, 'Adoption pressure: hazard added to every aware target at the start'),
  deadline: z
    .number()
    .min(0)
    .nullable()
    .default(null)
    .meta({ description: 'Time by which pressure has risen by `escalation`; null keeps it flat', unit: 'time units' }),
  escalation: param(0, 100, 2, 'How many times the starting pressure is added by the deadline', 'ratio'),
  formatForcing: share(1, 'How far adaptation is forced toward 0 (standardise by format) while enforced'),
  withdrawalShock: param(0, 100, 1, 'When enforcement ends, a unit in use because of it stops with probability 1 - exp(-shock (1 - ownership))'),
  costPerUnit: param(0, 1e12, 0, 'Enforcement cost per target per time unit', 'currency'),
});

type MandateSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'mandate',
  logics: ['mechanical'],
  summary: 'Push mandate: targets must adopt by a deadline; format enforced; symbolic compliance where unreceptive',
  schema,
  create: (spec, setup) => new Mandate(spec, setup.targets(spec.targets)),
});

class Mandate extends WindowedLever<MandateSpec> implements Lever {
  constructor(
    spec: MandateSpec,
    private readonly units: Int32Array,
  ) {
    super(spec, 'mandate');
  }

  apply(step: LeverStep): void {
    const { spec, units, window } = this;
    const phase = window.phase(step.time);
    if (phase === 'ending') step.withdraw(units, REASON_MANDATE, spec.withdrawalShock);
    if (!acting(phase)) return;
    if (phase === 'starting') step.effects.add('external', units, 1);
    step.effects.add('mandate', units, this.pressure(step.time));
    step.effects.add('formatForcing', units, spec.formatForcing);
    window.charge(step, spec.costPerUnit * units.length * step.dt);
  }

  /** Adoption pressure at `time`: rises linearly by `escalation` times until the deadline. */
  private pressure(time: number): number {
    const spec = this.spec;
    if (spec.deadline === null || spec.deadline <= spec.start) return spec.intensity;
    const progress = Math.min(1, (time - spec.start) / (spec.deadline - spec.start));
    return spec.intensity * (1 + spec.escalation * progress);
  }
}
