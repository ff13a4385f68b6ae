// The metrics table as plain data: per metric and strategy the centre and 90% interval
// over replicates, and the paired (same replicate, common random numbers) difference
// from the first strategy with its own 90% interval.
import { describe, type Summary, type SummaryMetric } from '../../sim/metrics/summary.js';
import type { ResultStore } from './result-store.js';

export type MetricKind = 'time' | 'share' | 'amount';

export interface MetricColumn {
  readonly metric: SummaryMetric;
  readonly label: string;
  readonly kind: MetricKind;
  /** The CLI's comparison table reports the median time and the mean of the others. */
  readonly centre: 'median' | 'mean';
  /** Whether more is better (for wording the differences), or neither. */
  readonly better: 'higher' | 'lower' | 'neither';
  readonly help: string;
}

export const TABLE_METRICS: readonly MetricColumn[] = [
  { metric: 'time_to_50', label: 'Time to 50% in use', kind: 'time', centre: 'median', better: 'lower', help: 'First time half the units are in use; median over the replicates that got there' },
  { metric: 'in_use_share_at_horizon', label: 'In use at horizon', kind: 'share', centre: 'mean', better: 'higher', help: 'Share of units in use at the last step' },
  { metric: 'sustained_share', label: 'Sustained after support ends', kind: 'share', centre: 'mean', better: 'higher', help: 'Share of units in use this long after the last lever ends (outputs.sustainAfter)' },
  { metric: 'cumulative_benefit', label: 'Benefit', kind: 'amount', centre: 'mean', better: 'higher', help: 'Realised benefit summed over the run: population served x advantage x fidelity x fit, over units in use' },
  { metric: 'cost_at_horizon', label: 'Cost', kind: 'amount', centre: 'mean', better: 'lower', help: 'Cumulative spending at the horizon: the levers plus the cost per adopting unit' },
  { metric: 'cost_per_sustained_unit', label: 'Cost per sustained unit', kind: 'amount', centre: 'mean', better: 'lower', help: 'Cost at the horizon divided by the units in use at the sustain time' },
];

export interface Interval {
  readonly centre: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  /** Replicates the statistic is over. */
  readonly count: number;
  /** Share of replicates in which the metric is defined (reached, for times). */
  readonly reached: number;
  /** Why it is undefined everywhere, when it is. */
  readonly reason?: string;
}

export interface MetricRow extends MetricColumn {
  /** One per strategy, in scenario order. */
  readonly values: readonly Interval[];
  /** Difference from the first strategy; null for the first itself. */
  readonly diffs: readonly (Interval | null)[];
}

export function metricsTable(store: ResultStore, summary: Summary): MetricRow[] {
  const perStrategy = store.shape.strategies.map((_, s) => store.metrics(s));
  return TABLE_METRICS.map((col) => {
    const values = summary.strategies.map((s): Interval => {
      const m = s.metrics[col.metric];
      return { centre: m[col.centre], lo: m.p5, hi: m.p95, count: m.count, reached: m.reached, reason: m.reason };
    });
    const base = perStrategy[0] ?? [];
    const diffs = perStrategy.map((reps, s) => {
      if (s === 0) return null;
      const d: number[] = [];
      reps.forEach((r, i) => {
        const a = r.values[col.metric];
        const b = base[i]?.values[col.metric];
        if (Number.isFinite(a) && b !== undefined && Number.isFinite(b)) d.push(a - b);
      });
      const stats = describe(d, reps.length);
      return { centre: stats[col.centre], lo: stats.p5, hi: stats.p95, count: stats.count, reached: stats.reached };
    });
    return { ...col, values, diffs };
  });
}
