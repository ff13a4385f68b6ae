// The sweep file: a base scenario, the parameters to vary (JSON paths with ranges or
// value lists), a sampling design, replicates, a seed and which outputs to keep.
import { z } from 'zod';

const POSITIVE_INT = (max: number) => z.number().int().min(1).max(max);

export const ParameterSchema = z
  .strictObject({
    path: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .meta({
        description:
          'Scenario field(s) to vary, written as for --set (e.g. "dynamics.awareness.external" or ' +
          '"strategies[1].levers[1].influence"); a list sets every path to the same value',
      }),
    name: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Column name in the outputs (default: the path, or the first path)' }),
    min: z.number().optional().meta({ description: 'Lower end of the range (inclusive)' }),
    max: z.number().optional().meta({ description: 'Upper end of the range (inclusive for grids and integers)' }),
    scale: z
      .enum(['linear', 'log'])
      .default('linear')
      .meta({ description: 'How the range is sampled: evenly, or evenly in the logarithm (min > 0)' }),
    integer: z.boolean().default(false).meta({ description: 'Whole numbers only (each in [min, max] equally likely)' }),
    values: z
      .array(z.json())
      .min(1)
      .optional()
      .meta({ description: 'A list of values (any JSON) instead of a range; each equally likely' }),
    levels: z
      .number()
      .int()
      .min(2)
      .max(10_000)
      .optional()
      .meta({ description: 'Grid designs: levels of this range (default: design.levels)' }),
  })
  .meta({ description: 'One parameter: a range (min, max) or a list of values' });
export type ParameterSpec = z.infer<typeof ParameterSchema>;

export const DesignSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('grid'),
      levels: z.number().int().min(2).max(10_000).default(5).meta({ description: 'Levels of each range (values lists use all their values)' }),
      points: POSITIVE_INT(10_000_000).optional().meta({ description: 'Optional check: the number of grid points expected' }),
    })
    .meta({ description: 'Every combination of the levels; the last parameter varies fastest' }),
  z
    .strictObject({
      kind: z.literal('random'),
      points: POSITIVE_INT(10_000_000).meta({ description: 'Points drawn independently and uniformly' }),
    })
    .meta({ description: 'Independent uniform draws (seeded)' }),
  z
    .strictObject({
      kind: z.literal('lhs'),
      points: z.number().int().min(2).max(10_000_000).meta({ description: 'Points: each range is cut into this many equal strata, one point per stratum' }),
    })
    .meta({ description: 'Latin hypercube: one point in each stratum of every parameter (seeded)' }),
  z
    .strictObject({
      kind: z.literal('sobol'),
      base: POSITIVE_INT(1 << 24)
        .optional()
        .meta({ description: "Base sample size N, a power of 2; the design has N x (parameters + 2) points" }),
      points: POSITIVE_INT(10_000_000)
        .optional()
        .meta({ description: 'Total points instead of base: must be N x (parameters + 2) for N a power of 2' }),
      scramble: z
        .boolean()
        .default(true)
        .meta({ description: "Random digital shift of the Sobol' sequence (seeded); false: the plain sequence" }),
    })
    .meta({ description: "Saltelli's scheme on a Sobol' sequence (matrices A, B and A with column i from B), for Sobol' indices" }),
]);
export type DesignSpec = z.infer<typeof DesignSchema>;

export const SweepOutputsSchema = z.strictObject({
  series: z.boolean().default(false).meta({ description: 'Also keep the time series (one row per point, strategy, replicate and step)' }),
  seriesEvery: POSITIVE_INT(1_000_000).default(1).meta({ description: 'Keep every k-th step of the series (step 0 and the last step always)' }),
  groups: z.boolean().default(true).meta({ description: 'Keep the equity table: in use at the horizon by region and type' }),
});

export const SweepSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).meta({ description: "The sweep's name (also the default output directory, out/<name>)" }),
  description: z.string().default('').meta({ description: 'What the sweep asks' }),
  base: z
    .union([z.string().min(1), z.record(z.string(), z.unknown())])
    .meta({ description: 'The base scenario: a file path (relative to the sweep file) or the scenario itself' }),
  set: z
    .array(z.string())
    .default([])
    .meta({ description: 'Changes to the base scenario before sweeping, written as for --set ("path=value")' }),
  parameters: z.array(ParameterSchema).min(1).max(32).meta({ description: 'The parameters to vary (at most 32)' }),
  design: DesignSchema,
  replicates: POSITIVE_INT(1_000_000).default(10).meta({ description: 'Replicates per point (they replace the scenario\'s "replicates")' }),
  seed: z
    .union([z.number().int(), z.string().min(1)])
    .optional()
    .meta({ description: "Seed of the design and of every run (default: the base scenario's seed)" }),
  seeds: z
    .enum(['common', 'perPoint'])
    .default('common')
    .meta({
      description:
        'common: every point runs replicates 0..R-1 of the same seed (common random numbers, less noise between points); ' +
        'perPoint: each point gets its own seed',
    }),
  outputs: SweepOutputsSchema.default({ series: false, seriesEvery: 1, groups: true }),
  chunkPoints: POSITIVE_INT(1_000_000)
    .optional()
    .meta({ description: 'Points per output part (the unit of resuming and sharding); default: chosen from the size of the sweep' }),
});
export type Sweep = z.infer<typeof SweepSchema>;
export type SweepInput = z.input<typeof SweepSchema>;
