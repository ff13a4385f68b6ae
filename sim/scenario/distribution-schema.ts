// Distributions a unit attribute is drawn from. A bare number means a constant.
import { z } from 'zod';

export const DistributionSchema = z
  .union([
    z.number(),
    z.strictObject({ dist: z.literal('constant'), value: z.number() }),
    z
      .strictObject({ dist: z.literal('uniform'), min: z.number(), max: z.number() })
      .refine((d) => d.min <= d.max, { message: 'min must not exceed max', path: ['max'] }),
    z.strictObject({
      dist: z.literal('normal'),
      mean: z.number(),
      sd: z.number().min(0),
      min: z.number().optional().meta({ description: 'Clip below (defaults to the attribute range)' }),
      max: z.number().optional().meta({ description: 'Clip above (defaults to the attribute range)' }),
    }),
    z.strictObject({ dist: z.literal('beta'), alpha: z.number().positive(), beta: z.number().positive() }),
    z.strictObject({
      dist: z.literal('lognormal'),
      median: z.number().positive(),
      sigma: z.number().min(0),
    }),
  ])
  .meta({
    description:
      'A number (constant), or {dist: constant|uniform|normal|beta|lognormal, ...}; normal draws are clipped to the attribute range',
  });

export type Distribution = z.infer<typeof DistributionSchema>;
