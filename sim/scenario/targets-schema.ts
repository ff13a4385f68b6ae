// Who a lever acts on: everyone, labelled groups, an explicit list, or a seeding rule.
import { z } from 'zod';

const names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const count = z.number().int().min(1).meta({ description: 'How many units the rule picks', unit: 'units' });

export const TargetsSchema = z
  .union([
    z.literal('all'),
    z.strictObject({ region: names }),
    z.strictObject({ type: names }),
    z.strictObject({ region: names, type: names }),
    z.strictObject({ units: z.array(z.number().int().min(0)).min(1) }),
    z.strictObject({
      rule: z.enum(['random', 'topDegree', 'topBetweenness', 'bridging', 'mostReceptive']),
      k: count,
      within: z
        .strictObject({ region: names.optional(), type: names.optional() })
        .optional()
        .meta({ description: 'Pick only among these units' }),
    }),
    z.strictObject({
      rule: z.literal('cluster'),
      region: z.string().min(1).optional().meta({ description: 'The region; a random one when left out' }),
    }),
  ])
  .meta({
    description:
      "'all'; {region}; {type}; {units: [ids]}; or a seeding rule {rule: random|topDegree|topBetweenness|bridging|mostReceptive, k} or {rule: cluster, region?}",
  });

export type TargetsSpec = z.infer<typeof TargetsSchema>;
