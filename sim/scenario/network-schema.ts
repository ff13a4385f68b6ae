// The system's network: a textbook generator or the clustered health-system generator.
import { z } from 'zod';
import { FileNetworkSchema } from '../io/file-network-schema.js';
import { DistributionSchema } from './distribution-schema.js';
import { param, share } from './params.js';

const n = z.number().int().min(1).max(5_000_000).meta({ description: 'Number of units', unit: 'units' });

/** Options every textbook generator shares: tie labels and a flat region split. */
const common = {
  weakShare: share(0, 'Share of ties labelled weak, chosen at random; the rest are strong'),
  regions: z
    .number()
    .int()
    .min(1)
    .default(1)
    .meta({ description: 'Split units into this many equal regions by index (labels only)' }),
};

export const CompleteNetworkSchema = z.strictObject({ kind: z.literal('complete'), n, ...common });
export const ErdosRenyiNetworkSchema = z.strictObject({
  kind: z.literal('erdosRenyi'),
  n,
  meanDegree: param(0, 1e6, 6, 'Expected number of ties per unit', 'ties'),
  ...common,
});
export const WattsStrogatzNetworkSchema = z.strictObject({
  kind: z.literal('wattsStrogatz'),
  n,
  k: z.number().int().min(2).default(6).meta({ description: 'Ties per unit in the ring lattice (even)', unit: 'ties' }),
  rewire: share(0.1, 'Probability that each lattice tie is rewired to a random unit'),
  ...common,
});
export const BarabasiAlbertNetworkSchema = z.strictObject({
  kind: z.literal('barabasiAlbert'),
  n,
  m: z.number().int().min(1).default(3).meta({ description: 'Ties each new unit makes', unit: 'ties' }),
  ...common,
});
export const RingLatticeNetworkSchema = z.strictObject({
  kind: z.literal('ringLattice'),
  n,
  k: z.number().int().min(2).default(4).meta({ description: 'Ties per unit (even): k/2 each side', unit: 'ties' }),
  ...common,
});

export const UnitTypeSchema = z.strictObject({
  name: z.string().min(1),
  share: z.number().positive().meta({ description: 'Relative share of units of this type' }),
  size: DistributionSchema.default({ dist: 'lognormal', median: 10000, sigma: 0.5 }).meta({
    description: 'Population served',
    unit: 'people',
  }),
  extraStrongTies: param(0, 1000, 0, 'Extra strong ties to random units of the same region (hubs)', 'ties'),
});

export const HealthSystemNetworkSchema = z
  .strictObject({
    kind: z.literal('healthSystem'),
    regions: z
      .union([
        z.array(z.strictObject({ name: z.string().min(1), units: z.number().int().min(2) })).min(1),
        z.strictObject({ count: z.number().int().min(1), unitsPerRegion: z.number().int().min(2) }),
      ])
      .meta({ description: 'Regions, named with their sizes, or a count of equal regions' }),
    types: z
      .array(UnitTypeSchema)
      .min(1)
      .default([{ name: 'unit', share: 1, size: { dist: 'lognormal', median: 10000, sigma: 0.5 }, extraStrongTies: 0 }]),
    strongDegree: param(2, 1000, 6, 'Strong ties per unit inside its region (ring lattice, even)', 'ties'),
    strongRewire: share(0.1, 'Share of strong ties rewired to random units of the same region'),
    weakDegree: param(0, 1000, 0.5, 'Mean weak ties per unit to units in other regions', 'ties'),
  })
  .meta({ description: 'Regions of units with dense strong ties inside and sparse weak ties between' });

/** A network written out tie by tie: for small hand-built systems and tests. */
export const EdgeListNetworkSchema = z.strictObject({
  kind: z.literal('edges'),
  n,
  edges: z
    .array(
      z.union([
        z.tuple([z.number().int().min(0), z.number().int().min(0)]),
        z.tuple([z.number().int().min(0), z.number().int().min(0), z.enum(['strong', 'weak'])]),
        z.tuple([z.number().int().min(0), z.number().int().min(0), z.enum(['strong', 'weak']), z.number().positive()]),
      ]),
    )
    .meta({ description: 'Ties as [u, v] or [u, v, kind] or [u, v, kind, weight], 0-based unit ids' }),
  directed: z.boolean().default(false).meta({ description: 'Ties point from u to v (u influences v)' }),
  regionOf: z.array(z.string().min(1)).optional().meta({ description: 'Region label per unit' }),
  typeOf: z.array(z.string().min(1)).optional().meta({ description: 'Type label per unit' }),
});

export const NetworkSchema = z.discriminatedUnion('kind', [
  EdgeListNetworkSchema,
  CompleteNetworkSchema,
  ErdosRenyiNetworkSchema,
  WattsStrogatzNetworkSchema,
  BarabasiAlbertNetworkSchema,
  RingLatticeNetworkSchema,
  HealthSystemNetworkSchema,
  FileNetworkSchema,
]);
export type NetworkSpec = z.infer<typeof NetworkSchema>;
