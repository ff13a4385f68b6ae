// Champions: initial adopters chosen by a seeding rule (random, top degree,
// top betweenness, bridging, most receptive, one cluster).
import { z } from 'zod';
import { TargetsSchema } from '../scenario/targets-schema.js';
import { param } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';

const schema = z.strictObject({
  type: z.literal('seed'),
  ...leverBase,
  targets: TargetsSchema.default({ rule: 'random', k: 5 }),
  state: z
    .enum(['embedded', 'implementing'])
    .default('embedded')
    .meta({ description: 'Whether champions start embedded or just implementing' }),
  costPerUnit: param(0, 1e12, 0, 'Cost of recruiting each champion', 'currency'),
});

type SeedSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'seed',
  logics: ['social'],
  summary: 'Champions: units chosen by a seeding rule start in use',
  schema,
  create: (spec, setup) => new Seed(spec, setup.targets(spec.targets)),
});

// A class, not a closure per run: its methods are the same functions in every run,
// so the JIT compiles them once per process.
class Seed implements Lever {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  private done = false;

  constructor(
    private readonly spec: SeedSpec,
    private readonly units: Int32Array,
  ) {
    this.label = spec.label ?? 'seed';
    this.start = spec.start;
    // Seeding is instantaneous: it has ended as soon as it has happened.
    this.end = spec.start;
  }

  apply(step: LeverStep): void {
    const { spec, units } = this;
    if (this.done || step.time < spec.start) return;
    this.done = true;
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
  }
}
