// One row of outputs: a pure function of the run's state, read after each step.
import type { RunState } from '../model/run-state.js';
import { NEVER } from '../model/run-state.js';
import { EMBEDDED, IMPLEMENTING, STATE_COUNT } from '../model/states.js';
import type { Population } from '../model/system.js';
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT } from './columns.js';

export interface BenefitParams {
  readonly advantage: number;
  readonly alpha: number;
  readonly beta: number;
}

/** Number of equity groups: the regions, then the types. */
export function groupCount(pop: Population): number {
  return pop.regionNames.length + pop.typeNames.length;
}

/**
 * Write row `step` of `series` (OUTPUT_COLUMNS) and of `groups` (GROUP_COLUMNS per
 * group). Benefit is sum over units in use of w * advantage * f^alpha * g^beta.
 */
export function recordRow(
  units: RunState,
  pop: Population,
  benefit: BenefitParams,
  cost: number,
  step: number,
  series: Float64Array,
  groups: Float64Array,
): void {
  const counts = new Float64Array(STATE_COUNT);
  const { state, fidelity, fit, tStart, tEmbedded } = units;
  const regionCount = pop.regionNames.length;
  const g = groupCount(pop);
  const groupBase = step * g * GROUP_COLUMN_COUNT;
  const { alpha, beta } = benefit;
  const linear = alpha === 1 && beta === 1;
  let everAdopted = 0;
  let everEmbedded = 0;
  let sumFidelity = 0;
  let sumFit = 0;
  let sumBenefit = 0;
  for (let i = 0; i < units.n; i++) {
    const s = state[i];
    counts[s]++;
    const adopted = tStart[i] !== NEVER;
    if (adopted) everAdopted++;
    if (tEmbedded[i] !== NEVER) everEmbedded++;
    const used = s === IMPLEMENTING || s === EMBEDDED;
    if (used) {
      const f = fidelity[i];
      const q = fit[i];
      sumFidelity += f;
      sumFit += q;
      sumBenefit += pop.size[i] * (linear ? f * q : Math.pow(f, alpha) * Math.pow(q, beta));
    }
    const r = groupBase + pop.region[i] * GROUP_COLUMN_COUNT;
    const t = groupBase + (regionCount + pop.type[i]) * GROUP_COLUMN_COUNT;
    groups[r]++;
    groups[t]++;
    if (used) {
      groups[r + 1]++;
      groups[t + 1]++;
    }
    if (adopted) {
      groups[r + 2]++;
      groups[t + 2]++;
    }
  }
  const inUse = counts[IMPLEMENTING] + counts[EMBEDDED];
  const row = step * COLUMN_COUNT;
  for (let s = 0; s < STATE_COUNT; s++) series[row + s] = counts[s];
  series[row + COLUMN.in_use] = inUse;
  series[row + COLUMN.ever_adopted] = everAdopted;
  series[row + COLUMN.mean_fidelity] = inUse > 0 ? sumFidelity / inUse : 0;
  series[row + COLUMN.mean_fit] = inUse > 0 ? sumFit / inUse : 0;
  series[row + COLUMN.benefit] = sumBenefit * benefit.advantage;
  series[row + COLUMN.cost] = cost;
  series[row + COLUMN.ever_embedded] = everEmbedded;
}
