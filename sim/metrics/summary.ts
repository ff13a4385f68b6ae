// Summaries across replicates: per-replicate scalar metrics, then mean, median and a
// 90% band per strategy. Pure; fed one replicate at a time so big runs stay small.
import type { ReplicateResult, StrategySeries } from '../model/replicate-result.js';
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS } from './columns.js';

/** The per-strategy metrics, in the order of summary.csv. */
export const SUMMARY_METRICS = [
  'time_to_25',
  'time_to_50',
  'time_to_75',
  'in_use_share_at_horizon',
  'sustained_share',
  'sustainment',
  'cumulative_benefit',
  'cost_at_horizon',
  'cost_per_sustained_unit',
] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/** Shares of units in use that the time-to metrics wait for. */
export const TIME_TO_LEVELS: readonly [SummaryMetric, number][] = [
  ['time_to_25', 0.25],
  ['time_to_50', 0.5],
  ['time_to_75', 0.75],
];

/** The quantile definition used throughout (Hyndman and Fan 1996, type 7; R's default). */
export const QUANTILE_DEFINITION =
  'Hyndman-Fan type 7: for sorted x[0..m-1], q(p) = x[j] + (h - j) * (x[j+1] - x[j]) with h = (m - 1) * p, j = floor(h)';

/** Statistics of one metric over the replicates in which it is defined. */
export interface Stats {
  readonly mean: number | null;
  readonly median: number | null;
  readonly p5: number | null;
  readonly p95: number | null;
  /** Share of replicates in which the metric is defined (for time-to metrics: reached the level). */
  readonly reached: number;
  /** Number of replicates the statistics are over. */
  readonly count: number;
}

export interface MetricSummary extends Stats {
  /** Why the metric is undefined in every replicate (e.g. the sustain time is past the horizon). */
  readonly reason?: string;
}

export interface GroupSummary {
  readonly kind: 'region' | 'type';
  readonly name: string;
  readonly in_use_share_at_horizon: Stats;
}

export interface StrategySummary {
  readonly strategy: string;
  /** lastLeverEnd + outputs.sustainAfter, when it is a finite time (first replicate's). */
  readonly sustainTime: number | null;
  readonly metrics: { readonly [M in SummaryMetric]: MetricSummary };
  readonly groups: readonly GroupSummary[];
}

export interface Summary {
  readonly replicates: number;
  readonly n: number;
  /** Simulated time: steps * dt. */
  readonly horizon: number;
  readonly quantiles: string;
  readonly strategies: readonly StrategySummary[];
}

/** Quantile of sorted values, type 7 (see QUANTILE_DEFINITION). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) return NaN;
  const h = (m - 1) * p;
  const j = Math.floor(h);
  if (j >= m - 1) return sorted[m - 1];
  return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
}

/** Mean, median, p5, p95 of the finite values; `total` is the replicate count for `reached`. */
export function describe(values: readonly number[], total: number): Stats {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const reached = total > 0 ? finite.length / total : 0;
  if (finite.length === 0) return { mean: null, median: null, p5: null, p95: null, reached, count: 0 };
  let sum = 0;
  for (const v of finite) sum += v;
  return {
    mean: sum / finite.length,
    median: quantile(finite, 0.5),
    p5: quantile(finite, 0.05),
    p95: quantile(finite, 0.95),
    reached,
    count: finite.length,
  };
}

/** One replicate's scalar metrics for one strategy: NaN where undefined, with the reason. */
export interface ReplicateMetrics {
  readonly values: { readonly [M in SummaryMetric]: number };
  readonly reasons: Partial<Record<SummaryMetric, string>>;
  /** Share in use at the horizon per group, in the order of ReplicateResult.groups. */
  readonly groupShares: readonly number[];
  readonly sustainTime: number | null;
}

/** When the sustained share is read: the last lever's end plus `sustainAfter`; null when a lever never ends. */
export function sustainTime(lastLeverEnd: number, sustainAfter: number): number | null {
  return Number.isFinite(lastLeverEnd) ? lastLeverEnd + sustainAfter : null;
}

/**
 * Scalar metrics of one strategy's series:
 * - time_to_x: first time t = step * dt with in_use / n >= x (NaN when never: censored);
 * - in_use_share_at_horizon: in_use / n at the last step;
 * - sustained_share: in_use / n at the first step at or after T = lastLeverEnd + sustainAfter;
 * - sustainment: embedded / ever_embedded at that step (in use among ever-embedded units);
 * - cumulative_benefit: sum over steps 1..steps of benefit * dt;
 * - cost_at_horizon: the cumulative cost at the last step;
 * - cost_per_sustained_unit: cost_at_horizon / in_use at T.
 */
export function strategyMetrics(
  s: StrategySeries,
  shape: { n: number; steps: number; dt: number; groupCount: number },
  sustainAfter: number,
): ReplicateMetrics {
  const { n, steps, dt, groupCount } = shape;
  const at = (step: number, column: number) => s.series[step * COLUMN_COUNT + column];
  const values: Record<SummaryMetric, number> = Object.fromEntries(SUMMARY_METRICS.map((m) => [m, NaN])) as Record<
    SummaryMetric,
    number
  >;
  const reasons: Partial<Record<SummaryMetric, string>> = {};

  for (const [metric, level] of TIME_TO_LEVELS) {
    for (let step = 0; step <= steps; step++) {
      if (at(step, COLUMN.in_use) / n >= level) {
        values[metric] = step * dt;
        break;
      }
    }
  }
  values.in_use_share_at_horizon = at(steps, COLUMN.in_use) / n;
  let benefit = 0;
  for (let step = 1; step <= steps; step++) benefit += at(step, COLUMN.benefit) * dt;
  values.cumulative_benefit = benefit;
  values.cost_at_horizon = at(steps, COLUMN.cost);

  const sustainAt = sustainTime(s.lastLeverEnd, sustainAfter);
  const sustainMetrics: SummaryMetric[] = ['sustained_share', 'sustainment', 'cost_per_sustained_unit'];
  if (sustainAt === null) {
    for (const m of sustainMetrics) reasons[m] = 'a lever never ends';
  } else {
    const step = Math.max(0, Math.ceil(sustainAt / dt - 1e-9));
    if (step > steps) {
      for (const m of sustainMetrics) reasons[m] = `sustain time ${sustainAt} is past the horizon ${steps * dt}`;
    } else {
      const inUse = at(step, COLUMN.in_use);
      const everEmbedded = at(step, COLUMN.ever_embedded);
      values.sustained_share = inUse / n;
      values.sustainment = everEmbedded > 0 ? at(step, COLUMN.embedded) / everEmbedded : NaN;
      if (!(everEmbedded > 0)) reasons.sustainment = 'no unit had embedded it';
      values.cost_per_sustained_unit = inUse > 0 ? values.cost_at_horizon / inUse : NaN;
      if (!(inUse > 0)) reasons.cost_per_sustained_unit = 'no unit in use at the sustain time';
    }
  }

  const groupShares: number[] = [];
  const base = steps * groupCount * GROUP_COLUMN_COUNT;
  const nCol = GROUP_COLUMNS.indexOf('n');
  const useCol = GROUP_COLUMNS.indexOf('in_use');
  for (let g = 0; g < groupCount; g++) {
    const size = s.groupSeries[base + g * GROUP_COLUMN_COUNT + nCol];
    groupShares.push(size > 0 ? s.groupSeries[base + g * GROUP_COLUMN_COUNT + useCol] / size : NaN);
  }
  return { values, reasons, groupShares, sustainTime: sustainAt };
}

/**
 * Collects replicates one at a time (in any order) and summarises at the end.
 * Holds one number per strategy, metric and replicate (and per group), nothing more.
 */
export class SummaryAccumulator {
  private readonly perStrategy: Map<string, StrategySlots>;
  private groups: readonly { kind: 'region' | 'type'; name: string }[] = [];
  private shape: { n: number; steps: number; dt: number } | undefined;

  constructor(
    private readonly strategies: readonly string[],
    private readonly replicates: number,
    private readonly sustainAfter: number,
  ) {
    this.perStrategy = new Map(strategies.map((name) => [name, new StrategySlots(replicates)]));
  }

  /** Add a replicate; `index` (default: its rep) must be below the replicate count. */
  add(result: ReplicateResult, index = result.rep): void {
    if (!(index >= 0 && index < this.replicates)) {
      throw new Error(`summary: replicate index ${index} is outside 0..${this.replicates - 1}`);
    }
    this.groups = result.groups;
    this.shape = { n: result.n, steps: result.steps, dt: result.dt };
    const shape = { ...this.shape, groupCount: result.groups.length };
    for (const s of result.strategies) {
      const slots = this.perStrategy.get(s.strategy);
      if (!slots) throw new Error(`summary: replicate ${result.rep} has an unknown strategy '${s.strategy}'`);
      slots.set(index, strategyMetrics(s, shape, this.sustainAfter));
    }
  }

  finish(): Summary {
    const shape = this.shape ?? { n: 0, steps: 0, dt: 1 };
    const strategies = this.strategies.map((name): StrategySummary => {
      const slots = this.perStrategy.get(name)!;
      const metrics = Object.fromEntries(
        SUMMARY_METRICS.map((metric) => {
          const stats = describe(slots.values(metric), this.replicates);
          const reasons = slots.reasons.get(metric);
          // A reason only when the metric is undefined everywhere, for that one reason.
          const reason = stats.count === 0 && reasons?.size === 1 ? [...reasons.keys()][0] : undefined;
          return [metric, reason ? { ...stats, reason } : stats];
        }),
      ) as Record<SummaryMetric, MetricSummary>;
      const groups = this.groups.map((g, i) => ({
        kind: g.kind,
        name: g.name,
        in_use_share_at_horizon: describe(slots.groupValues(i, this.groups.length), this.replicates),
      }));
      return { strategy: name, sustainTime: slots.sustainTime, metrics, groups };
    });
    return {
      replicates: this.replicates,
      n: shape.n,
      horizon: shape.steps * shape.dt,
      quantiles: QUANTILE_DEFINITION,
      strategies,
    };
  }
}

/** One strategy's metrics by replicate, as flat arrays (NaN: undefined or not yet added). */
class StrategySlots {
  private readonly byMetric: Float64Array[];
  private groupShares: Float64Array | undefined;
  /** Per metric: how many replicates gave each reason. */
  readonly reasons = new Map<SummaryMetric, Map<string, number>>();
  sustainTime: number | null = null;
  private firstIndex = Infinity;

  constructor(private readonly replicates: number) {
    this.byMetric = SUMMARY_METRICS.map(() => new Float64Array(replicates).fill(NaN));
  }

  set(index: number, m: ReplicateMetrics): void {
    SUMMARY_METRICS.forEach((metric, k) => (this.byMetric[k][index] = m.values[metric]));
    for (const [metric, reason] of Object.entries(m.reasons) as [SummaryMetric, string][]) {
      const counts = this.reasons.get(metric) ?? new Map<string, number>();
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
      this.reasons.set(metric, counts);
    }
    const g = m.groupShares.length;
    this.groupShares ??= new Float64Array(this.replicates * g).fill(NaN);
    this.groupShares.set(m.groupShares, index * g);
    if (index < this.firstIndex) {
      this.firstIndex = index;
      this.sustainTime = m.sustainTime;
    }
  }

  values(metric: SummaryMetric): number[] {
    return Array.from(this.byMetric[SUMMARY_METRICS.indexOf(metric)]);
  }

  groupValues(group: number, groupCount: number): number[] {
    const out: number[] = [];
    if (!this.groupShares) return out;
    for (let r = 0; r < this.replicates; r++) out.push(this.groupShares[r * groupCount + group]);
    return out;
  }
}
