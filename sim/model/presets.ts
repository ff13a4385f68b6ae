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

/**
 * Bevan et al. (2024): an innovation is a discrete product, mostly hard core, used
 * as designed and taken up through a few strong ties; an improvement is a complex
 * way of working, mostly soft periphery, adapted locally, and needs reinforcement
 * from several peers (a higher effective threshold) as well as weak ties for reach.
 */
export const KIND_PRESETS = {
  innovation: { complexity: 'simple', coreShare: 0.8, adaptability: 0.3, thresholdScale: 0.5 },
  improvement: { complexity: 'complex', coreShare: 0.4, adaptability: 1, thresholdScale: 1 },
} as const;

export interface ResolvedIntervention {
  readonly advantage: number;
  readonly coreShare: number;
  readonly adaptability: number;
  readonly thresholdScale: number;
  /** Time units to implement at full capability and allocation; 0 is instant. */
  readonly effort: number;
  /** Failure hazard per time unit while implementing. */
  readonly failureRate: number;
  readonly cost: number;
  readonly fitWidth: number;
  readonly origin: readonly number[] | undefined;
}

export function resolveIntervention(spec: InterventionSpec, unit: TimeUnit): ResolvedIntervention {
  const kind = KIND_PRESETS[spec.kind];
  const preset = COMPLEXITY_PRESETS[spec.complexity ?? kind.complexity];
  const weeks = WEEKS_PER_UNIT[unit];
  return {
    advantage: spec.advantage,
    coreShare: spec.coreShare ?? kind.coreShare,
    adaptability: spec.adaptability ?? kind.adaptability,
    thresholdScale: spec.thresholdScale ?? kind.thresholdScale,
    effort: spec.effort > 0 ? spec.effort : preset.effortWeeks / weeks,
    failureRate: spec.failureRate >= 0 ? spec.failureRate : preset.failurePerWeek * weeks,
    cost: spec.cost,
    fitWidth: spec.fitWidth,
    origin: spec.origin,
  };
}
