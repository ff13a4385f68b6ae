// Population, intervention and dynamics: the parts of a scenario every strategy shares.
import { z } from 'zod';
import { DistributionSchema } from './distribution-schema.js';
import { param, rate, share } from './params.js';

/** Does a distribution stay inside [0, 1], the range of every unit attribute? */
function withinUnitInterval(d: z.output<typeof DistributionSchema>): boolean {
  const inside = (x: number) => x >= 0 && x <= 1;
  if (typeof d === 'number') return inside(d);
  switch (d.dist) {
    case 'constant':
      return inside(d.value);
    case 'uniform':
      return inside(d.min) && inside(d.max);
    case 'normal':
      return (d.min === undefined || inside(d.min)) && (d.max === undefined || inside(d.max));
    case 'lognormal':
      return false;
    case 'beta':
      return true;
  }
}
const UnitDistribution = DistributionSchema.refine(withinUnitInterval, {
  message: 'must stay within [0, 1] (use constant, uniform, normal or beta)',
});

const attr = (fallback: z.input<typeof DistributionSchema>, description: string) =>
  UnitDistribution.default(fallback as never).meta({ description });

/** Attributes drawn per unit; every field may also be overridden by type or region. */
export const AttributesSchema = z.strictObject({
  capacity: attr({ dist: 'beta', alpha: 4, beta: 3 }, 'Baseline capacity c0 in [0,1]: slack time, money, energy'),
  capability: attr({ dist: 'beta', alpha: 3, beta: 3 }, 'Capability k in [0,1]: improvement skills and knowledge'),
  receptiveness: attr({ dist: 'beta', alpha: 4, beta: 2 }, 'Receptiveness r in [0,1]: receptive vs tense context'),
  leadership: attr({ dist: 'beta', alpha: 2, beta: 2 }, 'Leadership l in [0,1]: 0 hierarchical, 1 distributed'),
  threshold: attr({ dist: 'uniform', min: 0, max: 0.3 }, 'Threshold theta in [0,1]: strong-tie share in use needed'),
  fatigue: attr(0, 'Initial change fatigue z in [0,1]'),
  context: attr({ dist: 'uniform', min: 0, max: 1 }, 'Each coordinate of the local context x in [0,1]^d'),
});
export type Attributes = z.infer<typeof AttributesSchema>;

const PartialAttributes = z.strictObject(
  Object.fromEntries(Object.keys(AttributesSchema.shape).map((k) => [k, UnitDistribution.optional()])) as {
    [K in keyof Attributes]: z.ZodOptional<typeof UnitDistribution>;
  },
);

export const PopulationSchema = z.strictObject({
  ...AttributesSchema.shape,
  contextDims: z.number().int().min(1).max(8).default(2).meta({ description: 'Dimensions d of the context x' }),
  byType: z
    .record(z.string(), PartialAttributes)
    .default({})
    .meta({ description: 'Attribute distributions for units of a type (override the defaults)' }),
  byRegion: z
    .record(z.string(), PartialAttributes)
    .default({})
    .meta({ description: 'Attribute distributions for units of a region (override type and defaults)' }),
});
export type PopulationSpec = z.infer<typeof PopulationSchema>;

export const InterventionSchema = z.strictObject({
  name: z.string().default('intervention'),
  kind: z
    .enum(['innovation', 'improvement'])
    .default('improvement')
    .meta({ description: 'innovation: discrete product; improvement: complex way of working, adapted locally' }),
  complexity: z
    .enum(['simple', 'complicated', 'complex'])
    .optional()
    .meta({ description: 'Sets implementation effort and failure risk (NASSS); the kind preset when left out (innovation simple, improvement complex)' }),
  adaptability: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'How far adaptation can act on it; the kind preset when left out (innovation 0.3, improvement 1)', unit: 'share' }),
  thresholdScale: z
    .number()
    .min(0)
    .max(10)
    .optional()
    .meta({ description: 'Multiplies every unit threshold: the reinforcement it needs; kind preset when left out (innovation 0.5, improvement 1)', unit: 'ratio' }),
  advantage: param(0, 10, 1, 'Evidence strength and relative advantage: multiplies the decision hazard', 'ratio'),
  coreShare: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'Share that is hard core; the kind preset when left out (innovation 0.8, improvement 0.4)', unit: 'share' }),
  origin: z
    .array(z.number().min(0).max(1))
    .optional()
    .meta({ description: 'Context x* where it was designed; the centre of the context space when left out' }),
  fitWidth: param(0.01, 10, 0.5, 'Context distance at which initial fit falls to exp(-1/2)', 'context units'),
  cost: param(0, 1e12, 0, 'Cost to the programme per adopting unit', 'currency'),
  effort: param(0, 1e4, 0, 'Time to implement at full capability and allocation; 0 uses the complexity preset', 'time units'),
  failureRate: param(-1, 1e3, -1, 'Base failure hazard while implementing; -1 uses the complexity preset', 'per time unit'),
});
export type InterventionSpec = z.infer<typeof InterventionSchema>;

export const DynamicsSchema = z.strictObject({
  friction: z
    .boolean()
    .default(true)
    .meta({
      description:
        'false: capacity unlimited, r = 1, z = 0, no rejection, no discontinuation, instant embedding (textbook reductions)',
    }),
  meanField: z
    .boolean()
    .default(false)
    .meta({ description: 'Peer exposure is the share in use among all other units instead of strong-tie neighbours' }),
  awareness: z
    .strictObject({
      external: share(0.002, 'p_ext: chance per time unit of hearing from outside (national programme, news)'),
      strong: share(0.05, 'beta_strong: chance per time unit that an aware strong-tie neighbour passes the news'),
      weak: share(0.05, 'beta_weak: chance per time unit that an aware weak-tie neighbour passes the news'),
      transmission: z
        .enum(['persistent', 'once'])
        .default('persistent')
        .meta({ description: 'persistent: aware neighbours keep trying (SI); once: one chance, the step after (cascade)' }),
    })
    .default({ external: 0.002, strong: 0.05, weak: 0.05, transmission: 'persistent' }),
  adoption: z
    .strictObject({
      base: rate(0.01, 'alpha_0: intrinsic adoption hazard of an aware unit'),
      instant: z
        .boolean()
        .default(false)
        .meta({ description: 'Adopt with certainty once the hazard is positive (linear-threshold reduction)' }),
      imitation: rate(0.05, 'q: adoption hazard added per unit share of strong-tie neighbours in use'),
      thresholdWidth: share(0.1, 'tau: width over which social proof rises from 0 to 1 below theta; 0 = a hard step'),
      hierarchyBlunting: share(0.5, 'chi: how much hierarchical leadership (l = 0) blunts peer influence'),
      capacityNeed: share(0.2, 'Capacity a unit needs to start implementing without penalty'),
      rejection: rate(0.005, 'rho: rejection hazard of a fully unreceptive aware unit'),
      reconsiderAfter: param(0, 1e6, 52, 'Time after rejecting before a unit is aware again', 'time units'),
    })
    .default({
      base: 0.01,
      instant: false,
      imitation: 0.05,
      thresholdWidth: 0.1,
      hierarchyBlunting: 0.5,
      capacityNeed: 0.2,
      rejection: 0.005,
      reconsiderAfter: 52,
    }),
  implementation: z
    .strictObject({
      allocation: param(0.01, 1, 0.3, 'kappa: share of capacity a unit gives to implementing', 'share'),
      capacityUse: rate(0.05, 'gamma: capacity consumed per unit of allocation per time unit', 10),
      fitLearning: rate(0.05, 'lambda_g: learning-by-doing rate of fit', 10),
      fidelityDrift: rate(0.02, 'lambda_f: drift rate of fidelity under adaptation', 10),
      ownershipGrowth: rate(0.02, 'lambda_o: growth of ownership from shaping the intervention', 10),
      symbolicCompliance: share(0.5, 'phi: fidelity lost by an unreceptive unit that adopts under mandate'),
      failureCapacityWeight: param(0, 100, 1, 'omega_c: failure hazard multiplier for low capacity'),
      failureFitWeight: param(0, 100, 1, 'omega_g: failure hazard multiplier for low fit'),
    })
    .default({
      allocation: 0.3,
      capacityUse: 0.05,
      fitLearning: 0.05,
      fidelityDrift: 0.02,
      ownershipGrowth: 0.02,
      symbolicCompliance: 0.5,
      failureCapacityWeight: 1,
      failureFitWeight: 1,
    }),
  sustainment: z
    .strictObject({
      embedding: rate(0.05, 'lambda_e: rate at which embeddedness grows, times ownership and fit', 10),
      discontinuation: rate(0.01, 'delta_0: discontinuation hazard of an unembedded unit seeing no benefit'),
      embeddedProtection: share(0.9, 'epsilon_e: share of the hazard removed by full embeddedness'),
      benefitProtection: share(0.7, 'epsilon_b: share of the hazard removed by full perceived benefit'),
      benefitAlpha: param(0, 10, 1, 'alpha: exponent of fidelity in realised benefit'),
      benefitBeta: param(0, 10, 1, 'beta: exponent of fit in realised benefit'),
    })
    .default({
      embedding: 0.05,
      discontinuation: 0.01,
      embeddedProtection: 0.9,
      benefitProtection: 0.7,
      benefitAlpha: 1,
      benefitBeta: 1,
    }),
  capacity: z
    .strictObject({
      recovery: rate(0.1, 'rho_c: rate at which capacity relaxes toward baseline', 10),
    })
    .default({ recovery: 0.1 }),
  turnover: z
    .strictObject({
      rate: rate(0, 'Hazard that a unit loses its champion (a key person leaves)'),
      capabilityLoss: share(0.3, 'Share of capability lost when the champion leaves'),
      embeddednessLoss: share(0.5, 'Share of embeddedness lost when the champion leaves'),
      ownershipLoss: share(0.5, 'Share of ownership lost when the champion leaves'),
    })
    .default({ rate: 0, capabilityLoss: 0.3, embeddednessLoss: 0.5, ownershipLoss: 0.5 }),
  competingDemands: z
    .array(
      z.strictObject({
        label: z.string().optional(),
        region: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
        type: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
        load: z
          .array(z.tuple([z.number().min(0), z.number().min(0).max(1)]))
          .min(1)
          .meta({
            description:
              'Capacity drawn by other initiatives as [time, load] points, linear between them and flat beyond',
          }),
      }),
    )
    .default([])
    .meta({ description: 'Other initiatives drawing on capacity, per region and/or type (all units when neither is given)' }),
  fatigue: z
    .strictObject({
      decay: rate(0.01, 'zeta_d: rate at which fatigue decays', 10),
      imposed: rate(0.02, 'zeta_m: fatigue gained per time unit under a mandate, times unreceptiveness', 10),
      failure: share(0.2, 'zeta_f: fatigue added by a failed implementation'),
    })
    .default({ decay: 0.01, imposed: 0.02, failure: 0.2 }),
});
export type DynamicsSpec = z.infer<typeof DynamicsSchema>;
