// Identifying and communicating priorities (national programme, campaigns): raises
// the chance that targets hear of the intervention from outside.
import { z } from 'zod';
import { param, share } from '../scenario/params.js';
import { defineLever, leverBase } from './lever.js';
import { LeverWindow } from './lever-window.js';

export const lever = defineLever({
  type: 'communication',
  logics: ['mechanical', 'social'],
  summary: 'Communication: makes the case and raises awareness among targets',
  schema: z.strictObject({
    type: z.literal('communication'),
    ...leverBase,
    intensity: share(0.05, 'Extra chance per time unit that a target hears of the intervention'),
    costPerUnit: param(0, 1e12, 0, 'Cost per target per time unit', 'currency'),
  }),
  create(spec, setup) {
    const units = setup.targets(spec.targets);
    const window = new LeverWindow(spec.start, spec.end, spec.budget);
    return {
      label: spec.label ?? 'communication',
      start: spec.start,
      end: window.end,
      apply(step) {
        const phase = window.phase(step.time);
        if (phase !== 'starting' && phase !== 'active') return;
        step.effects.add('external', units, spec.intensity);
        window.charge(step, spec.costPerUnit * units.length * step.dt);
      },
    };
  },
});
