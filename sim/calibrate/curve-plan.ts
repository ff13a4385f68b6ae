// Which numbers of a replicate's output make a curve: the measure (ever adopted or in
// use) as a share of all units or of a region or type, read at given steps.
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS } from '../metrics/columns.js';
import type { ReplicateResult } from '../model/replicate-result.js';
import { InputError } from '../scenario/errors.js';
import type { Observed } from './observed.js';

export const MEASURES = ['ever_adopted', 'in_use'] as const;
export type Measure = (typeof MEASURES)[number];

export interface CurvePlan {
  readonly measure: Measure;
  /** Row (step) of the series for each time. */
  readonly rows: readonly number[];
  /** Per curve: -1 for all units, else the group's index in ReplicateResult.groups. */
  readonly groups: readonly number[];
}

/** Steps at the observed times: each time must be a whole number of steps of dt. */
export function observedRows(observed: Observed, dt: number, source: string): number[] {
  return Array.from(observed.times, (t, i) => {
    const row = Math.round(t / dt);
    if (Math.abs(row * dt - t) > 1e-9 * Math.max(1, t)) {
      throw new InputError(source, [{ path: `line ${i + 2}`, message: `t = ${t} is not a whole number of steps of time.dt = ${dt}` }]);
    }
    return row;
  });
}

/** Group index of each observed curve in a replicate's groups. */
export function observedGroups(observed: Observed, groups: ReplicateResult['groups'], source: string): number[] {
  return observed.series.map((s) => {
    if (s.kind === 'all') return -1;
    const g = groups.findIndex((x) => x.kind === s.kind && x.name === s.group);
    if (g < 0) {
      const names = groups.filter((x) => x.kind === s.kind).map((x) => JSON.stringify(x.name));
      throw new InputError(source, [{ path: 'line 1', message: `column ${JSON.stringify(s.key)}: the system has no ${s.kind} of that name (${s.kind}s: ${names.join(', ')})` }]);
    }
    return g;
  });
}

/** The plan's curves from the first strategy of a replicate: curves x rows shares, curve-major. */
export function readCurves(result: ReplicateResult, plan: CurvePlan, out: Float64Array, offset = 0): void {
  const { series, groupSeries } = result.strategies[0];
  const groupCount = result.groups.length;
  const column = COLUMN[plan.measure];
  const groupColumn = GROUP_COLUMNS.indexOf(plan.measure);
  const nColumn = GROUP_COLUMNS.indexOf('n');
  let k = offset;
  for (const g of plan.groups) {
    for (const row of plan.rows) {
      if (g < 0) out[k++] = series[row * COLUMN_COUNT + column] / result.n;
      else {
        const at = (row * groupCount + g) * GROUP_COLUMN_COUNT;
        out[k++] = groupSeries[at + groupColumn] / groupSeries[at + nColumn];
      }
    }
  }
}

/** Root mean square difference over the observed (non-NaN) points. */
export function rmse(observed: Observed, simulated: Float64Array, offset = 0): number {
  let s = 0;
  let m = 0;
  let k = offset;
  for (const curve of observed.series) {
    for (let i = 0; i < curve.values.length; i++, k++) {
      const o = curve.values[i];
      if (Number.isNaN(o)) continue;
      s += (simulated[k] - o) ** 2;
      m++;
    }
  }
  return Math.sqrt(s / m);
}
