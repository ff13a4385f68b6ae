// The quantities the charts plot, each read per replicate and step from the engine's
// flat series, and their bands across the replicates received so far.
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS } from '../../sim/metrics/columns.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import { band, type Band } from './bands.js';

export type CurveId = 'in_use' | 'ever_adopted' | 'sustainment' | 'mean_fidelity' | 'mean_fit';

export interface CurveDefinition {
  readonly id: CurveId;
  readonly label: string;
  /** One replicate's value at a step; NaN where undefined. */
  read(series: Float64Array, step: number, n: number): number;
}

const at = (s: Float64Array, step: number, column: number) => s[step * COLUMN_COUNT + column];

export const CURVES: { readonly [K in CurveId]: CurveDefinition } = {
  in_use: { id: 'in_use', label: 'Share of units in use', read: (s, t, n) => at(s, t, COLUMN.in_use) / n },
  ever_adopted: { id: 'ever_adopted', label: 'Share of units that ever adopted', read: (s, t, n) => at(s, t, COLUMN.ever_adopted) / n },
  // Of the units that ever embedded it, the share still using it in routine.
  sustainment: {
    id: 'sustainment',
    label: 'Share of ever-embedded units still using it',
    read: (s, t) => {
      const ever = at(s, t, COLUMN.ever_embedded);
      return ever > 0 ? at(s, t, COLUMN.embedded) / ever : NaN;
    },
  },
  mean_fidelity: {
    id: 'mean_fidelity',
    label: 'Mean fidelity of units in use',
    read: (s, t) => (at(s, t, COLUMN.in_use) > 0 ? at(s, t, COLUMN.mean_fidelity) : NaN),
  },
  mean_fit: {
    id: 'mean_fit',
    label: 'Mean fit of units in use',
    read: (s, t) => (at(s, t, COLUMN.in_use) > 0 ? at(s, t, COLUMN.mean_fit) : NaN),
  },
};

/** Band of one curve for one strategy (by index) over the given replicates. */
export function strategyBand(results: readonly ReplicateResult[], strategy: number, curve: CurveId): Band {
  const first = results[0];
  if (!first) return band(new Float64Array(0), 0, -1, 1);
  const read = CURVES[curve].read;
  const reps = results.length;
  const steps = first.steps;
  const values = new Float64Array((steps + 1) * reps);
  for (let r = 0; r < reps; r++) {
    const s = results[r].strategies[strategy].series;
    const n = results[r].n;
    for (let step = 0; step <= steps; step++) values[step * reps + r] = read(s, step, n);
  }
  return band(values, reps, steps, first.dt);
}

const G_N = GROUP_COLUMNS.indexOf('n');
const G_IN_USE = GROUP_COLUMNS.indexOf('in_use');

/** Band of the share in use within one group (region or type, by index into groups). */
export function groupBand(results: readonly ReplicateResult[], strategy: number, group: number): Band {
  const first = results[0];
  if (!first) return band(new Float64Array(0), 0, -1, 1);
  const reps = results.length;
  const steps = first.steps;
  const values = new Float64Array((steps + 1) * reps);
  for (let r = 0; r < reps; r++) {
    const g = results[r].groups.length;
    const s = results[r].strategies[strategy].groupSeries;
    for (let step = 0; step <= steps; step++) {
      const base = (step * g + group) * GROUP_COLUMN_COUNT;
      const size = s[base + G_N];
      values[step * reps + r] = size > 0 ? s[base + G_IN_USE] / size : NaN;
    }
  }
  return band(values, reps, steps, first.dt);
}
