// One replicate of one point, reduced to what a sweep keeps: scalar metrics per strategy,
// equity at the horizon per group, and (optionally) a thinned time series. Pure.
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS } from '../metrics/columns.js';
import { strategyMetrics, SUMMARY_METRICS } from '../metrics/summary.js';
import type { ReplicateResult } from '../model/replicate-result.js';

/** The metrics of one run (point, strategy, replicate), in the order of the runs table. */
export const RUN_METRICS = [
  ...SUMMARY_METRICS,
  'ever_adopted_share_at_horizon',
  'mean_fidelity_at_horizon',
  'mean_fit_at_horizon',
] as const;
export type RunMetric = (typeof RUN_METRICS)[number];
export const RUN_METRIC_COUNT = RUN_METRICS.length;

/** Per group at the horizon, in the order of the groups table. */
export const GROUP_METRICS = ['n', 'in_use_share_at_horizon', 'ever_adopted_share_at_horizon'] as const;
export const GROUP_METRIC_COUNT = GROUP_METRICS.length;

export interface KeepOptions {
  readonly series: boolean;
  readonly seriesEvery: number;
  readonly groups: boolean;
}

/** What the sweep worker sends back for one (point, replicate); arrays are transferable. */
export interface RunRows {
  readonly n: number;
  /** Network entries the engine read, over all strategies (for benchmarks). */
  readonly edgeVisits: number;
  readonly strategies: readonly string[];
  /** strategies x RUN_METRICS; NaN where undefined. */
  readonly metrics: Float64Array;
  readonly groups: readonly { kind: 'region' | 'type'; name: string }[];
  /** strategies x groups x GROUP_METRICS (empty unless kept). */
  readonly groupValues: Float64Array;
  /** Times of the kept steps (empty unless series are kept). */
  readonly times: Float64Array;
  /** strategies x kept steps x OUTPUT_COLUMNS (empty unless kept). */
  readonly series: Float64Array;
}

/** Steps kept in the series: 0, every k-th, and the last. */
export function keptSteps(steps: number, every: number): number[] {
  const out: number[] = [];
  for (let s = 0; s <= steps; s += every) out.push(s);
  if (out[out.length - 1] !== steps) out.push(steps);
  return out;
}

export function runRows(result: ReplicateResult, sustainAfter: number, keep: KeepOptions): RunRows {
  const { n, steps, dt, groups } = result;
  const S = result.strategies.length;
  const G = groups.length;
  const metrics = new Float64Array(S * RUN_METRIC_COUNT);
  const groupValues = new Float64Array(keep.groups ? S * G * GROUP_METRIC_COUNT : 0);
  const kept = keep.series ? keptSteps(steps, keep.seriesEvery) : [];
  const series = new Float64Array(S * kept.length * COLUMN_COUNT);
  const last = steps * COLUMN_COUNT;
  const groupN = GROUP_COLUMNS.indexOf('n');
  const groupInUse = GROUP_COLUMNS.indexOf('in_use');
  const groupEver = GROUP_COLUMNS.indexOf('ever_adopted');

  result.strategies.forEach((s, i) => {
    const m = strategyMetrics(s, { n, steps, dt, groupCount: G }, sustainAfter);
    const row = i * RUN_METRIC_COUNT;
    SUMMARY_METRICS.forEach((name, k) => (metrics[row + k] = m.values[name]));
    const inUse = s.series[last + COLUMN.in_use];
    metrics[row + SUMMARY_METRICS.length] = s.series[last + COLUMN.ever_adopted] / n;
    // The engine records 0 for the means when no unit is in use: undefined here.
    metrics[row + SUMMARY_METRICS.length + 1] = inUse > 0 ? s.series[last + COLUMN.mean_fidelity] : NaN;
    metrics[row + SUMMARY_METRICS.length + 2] = inUse > 0 ? s.series[last + COLUMN.mean_fit] : NaN;

    if (keep.groups) {
      const base = steps * G * GROUP_COLUMN_COUNT;
      for (let g = 0; g < G; g++) {
        const at = base + g * GROUP_COLUMN_COUNT;
        const size = s.groupSeries[at + groupN];
        const out = (i * G + g) * GROUP_METRIC_COUNT;
        groupValues[out] = size;
        groupValues[out + 1] = size > 0 ? s.groupSeries[at + groupInUse] / size : NaN;
        groupValues[out + 2] = size > 0 ? s.groupSeries[at + groupEver] / size : NaN;
      }
    }
    kept.forEach((step, j) => {
      series.set(s.series.subarray(step * COLUMN_COUNT, (step + 1) * COLUMN_COUNT), (i * kept.length + j) * COLUMN_COUNT);
    });
  });
  return {
    n,
    edgeVisits: result.strategies.reduce((sum, s) => sum + s.edgeVisits, 0),
    strategies: result.strategies.map((s) => s.strategy),
    metrics,
    groups,
    groupValues,
    times: Float64Array.from(kept, (step) => step * dt),
    series,
  };
}
