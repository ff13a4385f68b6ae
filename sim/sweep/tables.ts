// The sweep's tables (points, runs, groups, series): their columns, and their rows for
// one chunk of points, built in (point, strategy, replicate[, group | t]) order.
import { OUTPUT_COLUMNS } from '../metrics/columns.js';
import type { Parameter } from './parameters.js';
import type { ColumnSpec, Table } from './parquet-io.js';
import { GROUP_METRIC_COUNT, GROUP_METRICS, RUN_METRIC_COUNT, RUN_METRICS, type RunRows } from './run-metrics.js';

export const TABLE_NAMES = ['runs', 'groups', 'series'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const int = (name: string): ColumnSpec => ({ name, type: 'INT32', nullable: false });
const text = (name: string): ColumnSpec => ({ name, type: 'STRING', nullable: false });
const real = (name: string, nullable = true): ColumnSpec => ({ name, type: 'DOUBLE', nullable });

export function parameterColumns(parameters: readonly Parameter[]): ColumnSpec[] {
  return parameters.map((p) => {
    if (p.column === 'double') return real(p.name, false);
    if (p.column === 'boolean') return { name: p.name, type: 'BOOLEAN', nullable: false };
    return text(p.name);
  });
}

/** A parameter value as stored: JSON text for values that are not all numbers, strings or booleans. */
export function storedValue(p: Parameter, value: unknown): unknown {
  return p.column === 'json' ? JSON.stringify(value) : value;
}

export function pointsColumns(parameters: readonly Parameter[]): ColumnSpec[] {
  return [int('point'), ...parameterColumns(parameters)];
}

export function tableColumns(name: TableName, parameters: readonly Parameter[]): ColumnSpec[] {
  switch (name) {
    case 'runs':
      return [int('point'), ...parameterColumns(parameters), text('strategy'), int('rep'), int('n'), ...RUN_METRICS.map((m) => real(m))];
    case 'groups':
      return [int('point'), text('strategy'), int('rep'), text('group_kind'), text('group'), ...GROUP_METRICS.map((m) => real(m, m !== 'n'))];
    case 'series':
      return [int('point'), text('strategy'), int('rep'), real('t', false), ...OUTPUT_COLUMNS.map((c) => real(c, false))];
  }
}

/** The points table of the whole sweep. */
export function pointsTable(parameters: readonly Parameter[], points: readonly (readonly unknown[])[], from = 0, to = points.length): Table {
  const columns = pointsColumns(parameters);
  const data: unknown[][] = columns.map(() => []);
  for (let p = from; p < to; p++) {
    data[0].push(p);
    parameters.forEach((param, i) => data[1 + i].push(storedValue(param, points[p][i])));
  }
  return { columns, data };
}

const nullable = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** One point's results: its replicates' rows in replicate order. */
export interface PointResults {
  readonly point: number;
  readonly values: readonly unknown[];
  readonly reps: readonly RunRows[];
}

/** The three tables of a chunk of points (series and groups empty when not kept). */
export function chunkTables(parameters: readonly Parameter[], strategies: readonly string[], points: readonly PointResults[]): Record<TableName, Table> {
  const runsCols = tableColumns('runs', parameters);
  const groupsCols = tableColumns('groups', parameters);
  const seriesCols = tableColumns('series', parameters);
  const runs: unknown[][] = runsCols.map(() => []);
  const groups: unknown[][] = groupsCols.map(() => []);
  const series: unknown[][] = seriesCols.map(() => []);
  const k = parameters.length;
  const C = OUTPUT_COLUMNS.length;
  for (const { point, values, reps } of points) {
    const stored = parameters.map((p, i) => storedValue(p, values[i]));
    strategies.forEach((strategy, s) => {
      reps.forEach((r, rep) => {
        if (r.strategies[s] !== strategy) throw new Error(`sweep: point ${point} replicate ${rep} has strategy '${r.strategies[s]}' where '${strategy}' was expected`);
        let c = 0;
        runs[c++].push(point);
        for (let i = 0; i < k; i++) runs[c++].push(stored[i]);
        runs[c++].push(strategy);
        runs[c++].push(rep);
        runs[c++].push(r.n);
        for (let m = 0; m < RUN_METRIC_COUNT; m++) runs[c++].push(nullable(r.metrics[s * RUN_METRIC_COUNT + m]));

        const G = r.groups.length;
        if (r.groupValues.length > 0) {
          for (let g = 0; g < G; g++) {
            const at = (s * G + g) * GROUP_METRIC_COUNT;
            const row = [point, strategy, rep, r.groups[g].kind, r.groups[g].name];
            for (let m = 0; m < GROUP_METRIC_COUNT; m++) row.push(nullable(r.groupValues[at + m]) as number);
            row.forEach((v, j) => groups[j].push(v));
          }
        }
        const T = r.times.length;
        for (let t = 0; t < T; t++) {
          const at = (s * T + t) * C;
          series[0].push(point);
          series[1].push(strategy);
          series[2].push(rep);
          series[3].push(r.times[t]);
          for (let j = 0; j < C; j++) series[4 + j].push(r.series[at + j]);
        }
      });
    });
  }
  return {
    runs: { columns: runsCols, data: runs },
    groups: { columns: groupsCols, data: groups },
    series: { columns: seriesCols, data: series },
  };
}
