// Identifying and communicating priorities (national programme, campaigns): raises
// the chance that targets hear of the intervention from outside.
import { z } from 'zod';
import { param, share } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('communication'),
  ...leverBase,
  intensity: share(0.05, 'Extra chance per time unit that a target hears of the intervention'),
  costPerUnit: param(0, 1e12, 0, 'Cost per target per time unit', 'currency'),
});

type CommunicationSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'communication',
  logics: ['mechanical', 'social'],
  summary: 'Communication: makes the case and raises awareness among targets',
  schema,
  create: (spec, setup) => new Communication(spec, setup.targets(spec.targets)),
});

class Communication extends WindowedLever<CommunicationSpec> implements Lever {
  constructor(
    spec: CommunicationSpec,
    private readonly units: Int32Array,
  ) {
    super(spec, 'communication');
  }

  apply(step: LeverStep): void {
    const { spec, units, window } = this;
    const phase = window.phase(step.time);
    if (!acting(phase)) return;
    step.effects.add('external', units, spec.intensity);
    window.charge(step, spec.costPerUnit * units.length * step.dt);
  }
}
