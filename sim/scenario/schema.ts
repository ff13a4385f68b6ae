// The scenario file: one system, one intervention, and the strategies to compare.
import { z } from 'zod';
import { LEVERS } from '../levers/registry.js';
import { DynamicsSchema, InterventionSchema, PopulationSchema } from './model-schema.js';
import { NetworkSchema } from './network-schema.js';
import { param, share } from './params.js';

const leverSchemas = LEVERS.map((l) => l.schema) as unknown as [z.ZodObject, ...z.ZodObject[]];
export const LeverSpecSchema = z.discriminatedUnion('type', leverSchemas);

export const StrategySchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().default(''),
  adaptationAllowance: share(0.5, 'a: 0 standardises by format (everyone does the same), 1 by function'),
  coreSpecified: share(0.5, 'How clearly the core components are itemised'),
  budget: param(0, 1e15, 1e15, 'Most the strategy may spend on its levers; each stops spending when it is exhausted', 'currency'),
  levers: z.array(LeverSpecSchema).default([]),
});
export type StrategySpec = z.infer<typeof StrategySchema>;

export const DescriptionSchema = z.strictObject({
  what: z.string().default('').meta({ description: 'What it is' }),
  how: z.string().default('').meta({ description: 'How it works' }),
  notice: z.array(z.string()).default([]).meta({ description: 'Things to notice' }),
  try: z.array(z.string()).default([]).meta({ description: 'Things to try' }),
  source: z.string().default('').meta({ description: 'Where the case comes from' }),
});

export const TimeSchema = z.strictObject({
  unit: z
    .enum(['day', 'week', 'month', 'year'])
    .default('week')
    .meta({ description: 'The time unit that times are in and rates are per' }),
  dt: param(1e-6, 1e6, 1, 'Length of one step', 'time units'),
  steps: z.number().int().min(1).max(1_000_000).default(260).meta({ description: 'Steps to simulate' }),
});

export const OutputsSchema = z.strictObject({
  sustainAfter: param(0, 1e6, 156, 'Sustained share is read this long after the last lever ends', 'time units'),
});

/**
 * Rates whose explicit per-step update needs rate * dt <= 1 to stay in range (a
 * relaxation or decay must not overshoot its target).
 */
const STEP_LIMITED_RATES = [
  ['implementation', 'fitLearning'],
  ['implementation', 'fidelityDrift'],
  ['implementation', 'ownershipGrowth'],
  ['implementation', 'capacityUse'],
  ['sustainment', 'embedding'],
  ['capacity', 'recovery'],
  ['fatigue', 'decay'],
  ['fatigue', 'imposed'],
] as const;

/** Lever fields that are such rates (peer fit sharing, training and its cascade). */
const STEP_LIMITED_LEVER_RATES = ['fitSharing', 'rate', 'cascadeRate'] as const;

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: DescriptionSchema.default({ what: '', how: '', notice: [], try: [], source: '' }),
  seed: z.union([z.number().int(), z.string()]).default(1).meta({ description: 'Seed of every random stream' }),
  replicates: z.number().int().min(1).max(1_000_000).default(100),
  time: TimeSchema.default({ unit: 'week', dt: 1, steps: 260 }),
  system: z.strictObject({
    network: NetworkSchema,
    population: PopulationSchema.default(PopulationSchema.parse({})),
  }),
  intervention: InterventionSchema.default(InterventionSchema.parse({})),
  dynamics: DynamicsSchema.default(DynamicsSchema.parse({})),
  strategies: z
    .array(StrategySchema)
    .min(1)
    .refine((s) => new Set(s.map((x) => x.name)).size === s.length, { message: 'strategy names must be unique' }),
  outputs: OutputsSchema.default({ sustainAfter: 156 }),
}).superRefine((s, ctx) => {
  const dt = s.time.dt;
  for (const [group, name] of STEP_LIMITED_RATES) {
    const rate = (s.dynamics[group] as Record<string, number>)[name];
    if (rate * dt > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['dynamics', group, name],
        message: `rate ${rate} times time.dt ${dt} exceeds 1; use a smaller time.dt or a lower rate`,
      });
    }
  }
  s.strategies.forEach((strategy, si) =>
    strategy.levers.forEach((lever, li) => {
      for (const field of STEP_LIMITED_LEVER_RATES) {
        const rate = (lever as Record<string, unknown>)[field];
        if (typeof rate === 'number' && rate * dt > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['strategies', si, 'levers', li, field],
            message: `rate ${rate} times time.dt ${dt} exceeds 1; use a smaller time.dt or a lower rate`,
          });
        }
      }
    }),
  );
});

/** A scenario after validation: every default filled in. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
