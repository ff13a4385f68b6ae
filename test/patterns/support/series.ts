// Readers of one replicate's outputs for the pattern tests: shares in use at a time,
// times to a level (censored at the horizon), cumulative sums and group shares.
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS, type OutputColumn } from '../../../sim/metrics/columns.js';
import type { ReplicateResult, StrategySeries } from '../../../sim/model/replicate-result.js';

function series(result: ReplicateResult, strategy: string): StrategySeries {
  const s = result.strategies.find((x) => x.strategy === strategy);
  if (!s) throw new Error(`no strategy '${strategy}' in the replicate`);
  return s;
}

/** The row recorded at `time` (in the scenario's time unit). */
function row(result: ReplicateResult, time: number): number {
  const step = Math.round(time / result.dt);
  if (step < 0 || step > result.steps) throw new Error(`time ${time} is outside 0..${result.steps * result.dt}`);
  return step;
}

/** A column divided by the number of units, at `time`. */
export function shareAt(result: ReplicateResult, strategy: string, column: OutputColumn, time: number): number {
  return series(result, strategy).series[row(result, time) * COLUMN_COUNT + COLUMN[column]] / result.n;
}

/**
 * First time the share in use reaches `level`; a run that never does counts as reaching
 * it at the horizon, which can only shorten its time (so differences are conservative
 * for a slower strategy).
 */
export function timeTo(result: ReplicateResult, strategy: string, level: number): number {
  const s = series(result, strategy).series;
  for (let step = 0; step <= result.steps; step++) {
    if (s[step * COLUMN_COUNT + COLUMN.in_use] / result.n >= level) return step * result.dt;
  }
  return result.steps * result.dt;
}

/** Sum of a per-time-unit column over steps 1..steps, times dt (e.g. cumulative benefit). */
export function cumulative(result: ReplicateResult, strategy: string, column: OutputColumn): number {
  const s = series(result, strategy).series;
  let total = 0;
  for (let step = 1; step <= result.steps; step++) total += s[step * COLUMN_COUNT + COLUMN[column]] * result.dt;
  return total;
}

/** A group column (in_use or ever_adopted) over the units of the named regions or types, at `time`. */
export function groupShareAt(
  result: ReplicateResult,
  strategy: string,
  groups: { kind: 'region' | 'type'; names: readonly string[] },
  column: 'in_use' | 'ever_adopted',
  time: number,
): number {
  const g = series(result, strategy).groupSeries;
  const count = result.groups.length;
  const base = row(result, time) * count * GROUP_COLUMN_COUNT;
  let units = 0;
  let value = 0;
  for (const name of groups.names) {
    const q = result.groups.findIndex((x) => x.kind === groups.kind && x.name === name);
    if (q < 0) throw new Error(`no ${groups.kind} named '${name}'`);
    units += g[base + q * GROUP_COLUMN_COUNT + GROUP_COLUMNS.indexOf('n')];
    value += g[base + q * GROUP_COLUMN_COUNT + GROUP_COLUMNS.indexOf(column)];
  }
  return value / units;
}
