// Champions: initial adopters chosen by a seeding rule (random, top degree,
// top betweenness, bridging, most receptive, one cluster).
import { z } from 'zod';
import { TargetsSchema } from '../scenario/targets-schema.js';
import { param } from '../scenario/params.js';
import { defineLever, leverBase } from './lever.js';

export const lever = defineLever({
  type: 'seed',
  logics: ['social'],
  summary: 'Champions: units chosen by a seeding rule start in use',
  schema: z.strictObject({
    type: z.literal('seed'),
    ...leverBase,
    targets: TargetsSchema.default({ rule: 'random', k: 5 }),
    state: z
      .enum(['embedded', 'implementing'])
      .default('embedded')
      .meta({ description: 'Whether champions start embedded or just implementing' }),
    costPerUnit: param(0, 1e12, 0, 'Cost of recruiting each champion', 'currency'),
  }),
  create(spec, setup) {
    const units = setup.targets(spec.targets);
    let done = false;
    return {
      label: spec.label ?? 'seed',
      start: spec.start,
      // Seeding is instantaneous: it has ended as soon as it has happened.
      end: spec.start,
      apply(step) {
        if (done || step.time < spec.start) return;
        done = true;
        // Champions in rank order, while the lever's and the strategy's budgets last.
        let left = spec.budget;
        for (let j = 0; j < units.length; j++) {
          if (spec.costPerUnit > 0) {
            // Recruit only a champion both budgets can pay for in full.
            if (Math.min(left, step.budgetLeft) < spec.costPerUnit) break;
            left -= step.spend(spec.costPerUnit);
          }
          step.adopt(units[j], spec.state);
        }
      },
    };
  },
});
