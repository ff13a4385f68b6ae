// `spread sweep` end to end on a small LHS sweep: tables read back with hyparquet in
// (point, strategy, rep) order with the points' values, agreement with `spread run` at a
// point, byte-identical output for 1 or 2 workers, CSV, and the output directory's rules.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_COLUMNS } from '../../sim/metrics/columns.js';
import { RUN_METRICS } from '../../sim/sweep/run-metrics.js';
import { assertBuilt, lines, read, spread } from '../cli/helpers.js';
import { bytes, listing, parquetRows, scratch, sweepFixture } from './helpers.js';

const LHS = sweepFixture('lhs.json');
const POINTS = 24;
const REPS = 3;
const STRATEGIES = ['champions', 'mandate, then stop'];
const PARAMS = ['dynamics.awareness.external', 'adoption', 'intervention.complexity'];
const out = scratch();
const REF = out('reference');

beforeAll(() => {
  assertBuilt();
  const r = spread(['sweep', LHS, '--out', REF, '--workers', '2', '--csv', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

describe('spread sweep', () => {
  it('writes the points, runs, groups and series tables, readable by hyparquet, in (point, strategy, rep) order', async () => {
    expect(listing(REF)).toEqual([
      'groups.csv', 'groups.parquet', 'points.csv', 'points.parquet', 'runs.csv', 'runs.parquet', 'series.csv', 'series.parquet', 'sweep.json',
    ]);
    const points = await parquetRows(join(REF, 'points.parquet'));
    expect(points).toHaveLength(POINTS);
    expect(Object.keys(points[0])).toEqual(['point', ...PARAMS]);
    expect(new Set(points.map((p) => p['intervention.complexity']))).toEqual(new Set(['simple', 'complicated', 'complex']));

    const runs = await parquetRows(join(REF, 'runs.parquet'));
    expect(runs).toHaveLength(POINTS * STRATEGIES.length * REPS);
    expect(Object.keys(runs[0])).toEqual(['point', ...PARAMS, 'strategy', 'rep', 'n', ...RUN_METRICS]);
    let i = 0;
    for (let p = 0; p < POINTS; p++) {
      for (const strategy of STRATEGIES) {
        for (let rep = 0; rep < REPS; rep++) {
          const row = runs[i++];
          expect([row.point, row.strategy, row.rep, row.n]).toEqual([p, strategy, rep, 30]);
          for (const name of PARAMS) expect(row[name]).toBe(points[p][name]);
          expect(row.in_use_share_at_horizon).toBeGreaterThanOrEqual(0);
          expect(row.in_use_share_at_horizon).toBeLessThanOrEqual(1);
        }
      }
    }
    // Undefined metrics are nulls (the mandate's sustainment when nothing embedded), never NaN.
    expect(runs.some((r) => r.time_to_75 === null)).toBe(true);
    expect(runs.every((r) => RUN_METRICS.every((m) => r[m] === null || Number.isFinite(r[m])))).toBe(true);

    const groups = await parquetRows(join(REF, 'groups.parquet'));
    expect(groups).toHaveLength(runs.length * 3); // regions R1, R2 and type "unit"
    expect(groups.slice(0, 3).map((g) => [g.point, g.strategy, g.rep, g.group_kind, g.group])).toEqual([
      [0, 'champions', 0, 'region', 'R1'],
      [0, 'champions', 0, 'region', 'R2'],
      [0, 'champions', 0, 'type', 'unit'],
    ]);

    const series = await parquetRows(join(REF, 'series.parquet'));
    const kept = [0, 5, 10, 15, 20];
    expect(series).toHaveLength(runs.length * kept.length);
    expect(Object.keys(series[0])).toEqual(['point', 'strategy', 'rep', 't', ...OUTPUT_COLUMNS]);
    expect(series.slice(0, 5).map((s) => s.t)).toEqual(kept);
    // The series' last row is the state the metrics summarise.
    expect(series[4].in_use).toBe((runs[0].in_use_share_at_horizon as number) * 30);
  });

  it('writes CSV with the same rows, parameters at full precision', async () => {
    const csv = lines(join(REF, 'runs.csv'));
    expect(csv[0]).toBe(['point', ...PARAMS, 'strategy', 'rep', 'n', ...RUN_METRICS].join(','));
    expect(csv).toHaveLength(1 + POINTS * STRATEGIES.length * REPS);
    const points = await parquetRows(join(REF, 'points.parquet'));
    expect(Number(lines(join(REF, 'points.csv'))[1].split(',')[1])).toBe(points[0]['dynamics.awareness.external']);
  });

  it('records the sweep as run in sweep.json, with the base scenario inlined', () => {
    const m = JSON.parse(read(join(REF, 'sweep.json')));
    expect(m).toMatchObject({
      format: 'spread-sweep/1',
      name: 'tiny-lhs',
      complete: true,
      shard: null,
      seed: 11,
      replicates: REPS,
      strategies: STRATEGIES,
      tables: ['runs', 'groups', 'series'],
      design: { kind: 'lhs', points: POINTS },
    });
    expect(m.sweep.base.name).toBe('tiny');
    expect(m.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('agrees with spread run at a point: the mean over its replicates equals summary.csv', async () => {
    const points = await parquetRows(join(REF, 'points.parquet'));
    const p = 7;
    const point = points[p];
    const dir = out('run-at-point');
    const r = spread([
      'run', sweepFixture('tiny.json'), '--out', dir, '--quiet', '--reps', String(REPS), '--seed', '11',
      '--set', `dynamics.awareness.external=${point['dynamics.awareness.external']}`,
      '--set', `dynamics.adoption.base=${point.adoption}`,
      '--set', `intervention.complexity=${point['intervention.complexity']}`,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const summary = lines(join(dir, 'summary.csv')).map((l) => l.split(','));
    const runs = (await parquetRows(join(REF, 'runs.parquet'))).filter((row) => row.point === p);
    for (const metric of ['in_use_share_at_horizon', 'cumulative_benefit', 'cost_at_horizon']) {
      for (const strategy of ['champions']) {
        const mean = runs.filter((row) => row.strategy === strategy).reduce((s, row) => s + (row[metric] as number), 0) / REPS;
        const line = summary.find((l) => l[0] === strategy && l[1] === metric)!;
        expect(Number(line[2]), metric).toBe(Number(mean.toPrecision(6)));
      }
    }
  });

  it('writes byte-identical tables with 1 worker', () => {
    const one = out('one-worker');
    expect(spread(['sweep', LHS, '--out', one, '--workers', '1', '--csv', '--quiet']).status).toBe(0);
    for (const f of ['runs', 'groups', 'series', 'points']) {
      expect(bytes(join(one, `${f}.parquet`)).equals(bytes(join(REF, `${f}.parquet`))), `${f}.parquet`).toBe(true);
      expect(read(join(one, `${f}.csv`)), `${f}.csv`).toBe(read(join(REF, `${f}.csv`)));
    }
  });

  it('does nothing when the directory already holds the finished sweep, and refuses another sweep there', () => {
    const again = spread(['sweep', LHS, '--out', REF, '--workers', '1']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already holds this sweep, complete/);
    const before = bytes(join(REF, 'sweep.json'));
    const other = spread(['sweep', sweepFixture('sobol.json'), '--out', REF, '--workers', '1']);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/holds another sweep \('tiny-lhs'/);
    expect(bytes(join(REF, 'sweep.json')).equals(before)).toBe(true);
  });
});
