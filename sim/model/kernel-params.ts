// The scenario's dynamics and intervention, flattened into the numbers the kernel reads.
import type { Scenario, StrategySpec } from '../scenario/schema.js';
import { resolveIntervention } from './presets.js';

export interface KernelParams {
  readonly dt: number;
  readonly friction: boolean;
  readonly meanField: boolean;
  /** p_ext = 1: every unit hears in the first step, whatever dt. */
  readonly externalCertain: boolean;
  /** -ln(1 - p_ext): baseline external awareness hazard. */
  readonly externalHazard: number;
  readonly adoptionBase: number;
  readonly instant: boolean;
  readonly imitation: number;
  readonly thresholdWidth: number;
  readonly hierarchyBlunting: number;
  readonly capacityNeed: number;
  readonly rejection: number;
  /** Steps a rejecting unit waits before it is aware again. */
  readonly reconsiderSteps: number;
  readonly advantage: number;
  /** Kind preset: multiplies every unit's threshold (reinforcement the intervention needs). */
  readonly thresholdScale: number;
  /** Kind preset: multiplies the effect of adaptation (how far the intervention can be adapted). */
  readonly adaptability: number;
  readonly coreShare: number;
  readonly effort: number;
  readonly failureRate: number;
  readonly adoptionCost: number;
  readonly allocation: number;
  readonly capacityUse: number;
  readonly fitLearning: number;
  readonly fidelityDrift: number;
  readonly ownershipGrowth: number;
  readonly symbolicCompliance: number;
  readonly failureCapacityWeight: number;
  readonly failureFitWeight: number;
  readonly embedding: number;
  readonly discontinuation: number;
  readonly embeddedProtection: number;
  readonly benefitProtection: number;
  readonly benefitAlpha: number;
  readonly benefitBeta: number;
  readonly recovery: number;
  readonly fatigueDecay: number;
  readonly fatigueImposed: number;
  readonly fatigueFailure: number;
  /** Strategy: adaptation allowance a and core specification. */
  readonly adaptation: number;
  readonly coreSpecified: number;
}

export function kernelParams(scenario: Scenario, strategy: StrategySpec): KernelParams {
  const d = scenario.dynamics;
  const dt = scenario.time.dt;
  const iv = resolveIntervention(scenario.intervention, scenario.time.unit);
  return {
    dt,
    friction: d.friction,
    meanField: d.meanField,
    externalCertain: d.awareness.external >= 1,
    externalHazard: -Math.log(1 - Math.min(d.awareness.external, 1 - 1e-15)),
    adoptionBase: d.adoption.base,
    instant: d.adoption.instant,
    imitation: d.adoption.imitation,
    thresholdWidth: d.adoption.thresholdWidth,
    hierarchyBlunting: d.adoption.hierarchyBlunting,
    capacityNeed: d.adoption.capacityNeed,
    rejection: d.adoption.rejection,
    reconsiderSteps: Math.max(1, Math.ceil(d.adoption.reconsiderAfter / dt)),
    advantage: iv.advantage,
    thresholdScale: iv.thresholdScale,
    adaptability: iv.adaptability,
    coreShare: iv.coreShare,
    effort: iv.effort,
    failureRate: iv.failureRate,
    adoptionCost: iv.cost,
    allocation: d.implementation.allocation,
    capacityUse: d.implementation.capacityUse,
    fitLearning: d.implementation.fitLearning,
    fidelityDrift: d.implementation.fidelityDrift,
    ownershipGrowth: d.implementation.ownershipGrowth,
    symbolicCompliance: d.implementation.symbolicCompliance,
    failureCapacityWeight: d.implementation.failureCapacityWeight,
    failureFitWeight: d.implementation.failureFitWeight,
    embedding: d.sustainment.embedding,
    discontinuation: d.sustainment.discontinuation,
    embeddedProtection: d.sustainment.embeddedProtection,
    benefitProtection: d.sustainment.benefitProtection,
    benefitAlpha: d.sustainment.benefitAlpha,
    benefitBeta: d.sustainment.benefitBeta,
    recovery: d.capacity.recovery,
    fatigueDecay: d.fatigue.decay,
    fatigueImposed: d.fatigue.imposed,
    fatigueFailure: d.fatigue.failure,
    adaptation: strategy.adaptationAllowance,
    coreSpecified: strategy.coreSpecified,
  };
}
