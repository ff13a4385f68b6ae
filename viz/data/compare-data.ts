// Everything the comparison view draws, as plain data from a run's results: bands per
// strategy for each chart, bands per region and type, and the metrics table.
import { GROUP_COLUMN_COUNT, GROUP_COLUMNS } from '../../sim/metrics/columns.js';
import { sustainTime, type Summary } from '../../sim/metrics/summary.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import type { Band } from './bands.js';
import { groupBand, strategyBand } from './curves.js';
import { leverPeriods, type LeverPeriod } from './lever-periods.js';
import { metricsTable, type MetricRow } from './metrics-table.js';
import type { ResultStore } from './result-store.js';

export interface StrategyCurves {
  readonly name: string;
  readonly inUse: Band;
  readonly everAdopted: Band;
  readonly sustainment: Band;
  readonly periods: readonly LeverPeriod[];
  /** When support ends (the last lever's end), and when the sustained share is read. */
  readonly supportEnds: number | null;
  readonly sustainTime: number | null;
}

export interface GroupCurves {
  readonly kind: 'region' | 'type';
  readonly name: string;
  /** Units in the group in the first replicate (types are drawn per replicate). */
  readonly n: number;
  /** One band per strategy: share of the group's units in use. */
  readonly bands: readonly Band[];
}

export interface CompareData {
  readonly replicates: number;
  readonly received: number;
  readonly n: number;
  readonly horizon: number;
  readonly timeUnit: string;
  readonly strategies: readonly StrategyCurves[];
  readonly groups: readonly GroupCurves[];
  readonly table: readonly MetricRow[];
  readonly summary: Summary;
}

/** The parts of CompareData, each cheap enough to compute in one task of its own. */
export interface CompareParts {
  readonly head: Omit<CompareData, 'strategies' | 'groups' | 'table' | 'summary'>;
  readonly summary: () => Summary;
  readonly strategy: (i: number) => StrategyCurves;
  readonly table: (summary: Summary) => MetricRow[];
  readonly groupCount: number;
  readonly group: (g: number) => GroupCurves;
}

export function compareParts(store: ResultStore, scenario: Scenario): CompareParts | null {
  const results = store.results();
  const first = results[0];
  if (!first) return null;
  const periods = leverPeriods(scenario);
  return {
    head: {
      replicates: scenario.replicates,
      received: results.length,
      n: first.n,
      horizon: first.steps * first.dt,
      timeUnit: scenario.time.unit,
    },
    summary: () => store.summary(),
    strategy: (i) => {
      const lastEnd = first.strategies[i].lastLeverEnd;
      return {
        name: scenario.strategies[i].name,
        inUse: strategyBand(results, i, 'in_use'),
        everAdopted: strategyBand(results, i, 'ever_adopted'),
        sustainment: strategyBand(results, i, 'sustainment'),
        periods: periods[i],
        supportEnds: Number.isFinite(lastEnd) ? lastEnd : null,
        sustainTime: sustainTime(lastEnd, scenario.outputs.sustainAfter),
      };
    },
    table: (summary) => metricsTable(store, summary),
    groupCount: first.groups.length,
    group: (gi) => ({
      kind: first.groups[gi].kind,
      name: first.groups[gi].name,
      n: first.strategies[0].groupSeries[gi * GROUP_COLUMN_COUNT + GROUP_COLUMNS.indexOf('n')],
      bands: scenario.strategies.map((_, si) => groupBand(results, si, gi)),
    }),
  };
}

export function compareData(store: ResultStore, scenario: Scenario): CompareData | null {
  const parts = compareParts(store, scenario);
  if (!parts) return null;
  const summary = parts.summary();
  return {
    ...parts.head,
    strategies: scenario.strategies.map((_, i) => parts.strategy(i)),
    groups: Array.from({ length: parts.groupCount }, (_, g) => parts.group(g)),
    table: parts.table(summary),
    summary,
  };
}
