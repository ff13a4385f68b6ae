// Governing and assuring (inspection, accountability; mechanical logic): holds
// embedded targets to their use, at the price of a little fatigue.
import { z } from 'zod';
import { param, rate } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('assurance'),
  ...leverBase,
  strength: param(0, 0.99, 0.5, 'Share of the discontinuation hazard removed while assured', 'share'),
  fatigue: rate(0.002, 'Fatigue added per time unit to targets, times unreceptiveness', 1),
  costPerUnit: param(0, 1e12, 0, 'Inspection cost per target per time unit', 'currency'),
});

type AssuranceSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'assurance',
  logics: ['mechanical'],
  summary: 'Assurance: inspection lowers discontinuation of targets in use and adds a little fatigue',
  schema,
  create: (spec, setup) => new Assurance(spec, setup.targets(spec.targets)),
});

class Assurance extends WindowedLever<AssuranceSpec> implements Lever {
  constructor(
    spec: AssuranceSpec,
    private readonly units: Int32Array,
  ) {
    super(spec, 'assurance');
  }

  apply(step: LeverStep): void {
    const { spec, units, window } = this;
    const phase = window.phase(step.time);
    if (!acting(phase)) return;
    step.effects.add('assurance', units, spec.strength);
    if (spec.fatigue > 0) step.effects.add('fatigueLoad', units, spec.fatigue);
    window.charge(step, spec.costPerUnit * units.length * step.dt);
  }
}
