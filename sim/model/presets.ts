// Defaults an intervention takes from its kind and complexity (Bevan et al. 2024;
// NASSS), in weeks, converted to the scenario's time unit.
import type { InterventionSpec } from '../scenario/model-schema.js';

export const WEEKS_PER_UNIT = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 } as const;
export type TimeUnit = keyof typeof WEEKS_PER_UNIT;

/** Effort (weeks at full capability and allocation) and failure hazard (per week). */
export const COMPLEXITY_PRESETS = {
  simple: { effortWeeks: 8, failurePerWeek: 0.001 },
  complicated: { effortWeeks: 26, failurePerWeek: 0.002 },
  complex: { effortWeeks: 52, failurePerWeek: 0.004 },
} as const;

/** A product is mostly hard core; a way of working is mostly soft periphery. */
export const KIND_PRESETS = {
  innovation: { coreShare: 0.8 },
  improvement: { coreShare: 0.4 },
} as const;

export interface ResolvedIntervention {
  readonly advantage: number;
  readonly coreShare: number;
  /** Time units to implement at full capability and allocation; 0 is instant. */
  readonly effort: number;
  /** Failure hazard per time unit while implementing. */
  readonly failureRate: number;
  readonly cost: number;
  readonly fitWidth: number;
  readonly origin: readonly number[] | undefined;
}

export function resolveIntervention(spec: InterventionSpec, unit: TimeUnit): ResolvedIntervention {
  const preset = COMPLEXITY_PRESETS[spec.complexity];
  const weeks = WEEKS_PER_UNIT[unit];
  return {
    advantage: spec.advantage,
    coreShare: spec.coreShare ?? KIND_PRESETS[spec.kind].coreShare,
    effort: spec.effort > 0 ? spec.effort : preset.effortWeeks / weeks,
    failureRate: spec.failureRate >= 0 ? spec.failureRate : preset.failurePerWeek * weeks,
    cost: spec.cost,
    fitWidth: spec.fitWidth,
    origin: spec.origin,
  };
}
