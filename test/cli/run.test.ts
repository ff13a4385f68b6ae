// `spread run` end to end on a tiny scenario: files, headers, row counts, determinism
// across worker counts and seeds, run.json, --force, schema and validate.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_COLUMNS, OUTPUT_COLUMNS } from '../../sim/metrics/columns.js';
import { SUMMARY_METRICS } from '../../sim/metrics/summary.js';
import { assertBuilt, entries, fixture, lines, read, spread, tempDir } from './helpers.js';

// tiny.json: 30 units in 2 regions of 1 type, 2 strategies, 4 replicates, 20 steps.
const TINY = fixture('tiny.json');
const STRATEGIES = 2;
const REPS = 4;
const STEPS = 20;
const GROUPS = 3; // regions R1, R2 and type "unit"

let cleanups: (() => void)[] = [];
function outDir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'out');
}
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
beforeAll(assertBuilt);

describe('spread run', () => {
  it('writes the tables with the right headers and row counts, and prints the comparison', () => {
    const out = outDir();
    const r = spread(['run', TINY, '--out', out, '--workers', '2']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(entries(out)).toEqual(['groups.csv', 'run.json', 'summary.csv', 'summary.json', 'timeseries.csv']);

    const ts = lines(join(out, 'timeseries.csv'));
    expect(ts[0]).toBe(['strategy', 'rep', 't', ...OUTPUT_COLUMNS].join(','));
    expect(ts).toHaveLength(1 + STRATEGIES * REPS * (STEPS + 1));
    // (strategy, rep, t) order: the first strategy's replicates come first.
    expect(ts[1]).toMatch(/^champions,0,0,/);
    expect(ts[STEPS + 2]).toMatch(/^champions,1,0,/);
    expect(ts[REPS * (STEPS + 1) + 1]).toMatch(/^"mandate, then stop",0,0,/);
    expect(ts.at(-1)).toMatch(new RegExp(`^"mandate, then stop",${REPS - 1},${STEPS},`));

    const groups = lines(join(out, 'groups.csv'));
    expect(groups[0]).toBe(['strategy', 'rep', 't', 'group_kind', 'group', ...GROUP_COLUMNS].join(','));
    expect(groups).toHaveLength(1 + STRATEGIES * REPS * (STEPS + 1) * GROUPS);
    expect(groups.slice(1, 4).map((l) => l.split(',').slice(3, 5).join(','))).toEqual(['region,R1', 'region,R2', 'type,unit']);

    const summary = lines(join(out, 'summary.csv'));
    expect(summary[0]).toBe('strategy,metric,mean,median,p5,p95,reached');
    expect(summary).toHaveLength(1 + STRATEGIES * (SUMMARY_METRICS.length + GROUPS));

    const json = JSON.parse(read(join(out, 'summary.json')));
    expect(json.strategies.map((s: { strategy: string }) => s.strategy)).toEqual(['champions', 'mandate, then stop']);
    expect(Object.keys(json.strategies[0].metrics)).toEqual([...SUMMARY_METRICS]);

    expect(r.stdout).toContain('champions');
    expect(r.stdout).toContain('mandate, then stop');
    expect(r.stdout).toContain('time to 50% in use');
  });

  it('writes byte-identical tables for the same seed with 1 and 2 workers', () => {
    const one = outDir();
    const two = outDir();
    expect(spread(['run', TINY, '--reps', '6', '--workers', '1', '--out', one, '--quiet']).status).toBe(0);
    expect(spread(['run', TINY, '--reps', '6', '--workers', '2', '--out', two, '--quiet']).status).toBe(0);
    for (const file of ['timeseries.csv', 'groups.csv', 'summary.csv', 'summary.json', 'run.json']) {
      expect(read(join(two, file)), file).toBe(read(join(one, file)));
    }
  });

  it('gives different results for a different seed', () => {
    const a = outDir();
    const b = outDir();
    expect(spread(['run', TINY, '--seed', '1', '--out', a, '--quiet']).status).toBe(0);
    expect(spread(['run', TINY, '--seed', '2', '--out', b, '--quiet']).status).toBe(0);
    expect(read(join(b, 'timeseries.csv'))).not.toBe(read(join(a, 'timeseries.csv')));
  });

  it('records the scenario as run, the overrides and the flags in run.json', () => {
    const out = outDir();
    const r = spread([
      'run',
      TINY,
      '--reps',
      '3',
      '--seed',
      'abc',
      '--steps',
      '10',
      '--set',
      'dynamics.awareness.external=0.1',
      '--set',
      'strategies[1].levers[0].end=5',
      '--out',
      out,
      '--quiet',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(''); // --quiet
    const run = JSON.parse(read(join(out, 'run.json')));
    expect(run).toMatchObject({
      seed: 'abc',
      replicates: 3,
      steps: 10,
      overrides: ['dynamics.awareness.external=0.1', 'strategies[1].levers[0].end=5'],
      flags: { reps: 3, seed: 'abc', steps: 10 },
      package: { name: 'spread-sim' },
      node: process.version,
    });
    expect(run.scenario.dynamics.awareness.external).toBe(0.1);
    expect(run.scenario.strategies[1].levers[0].end).toBe(5);
    expect(run.scenario.replicates).toBe(3);
    expect(run.scenario.time.steps).toBe(10);
    expect(run.gitCommit === null || /^[0-9a-f]{40}$/.test(run.gitCommit)).toBe(true);
    expect(lines(join(out, 'timeseries.csv'))).toHaveLength(1 + STRATEGIES * 3 * 11);
  });

  it('defaults DIR to out/<scenario name> under the working directory', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    expect(spread(['run', TINY, '--quiet'], t.dir).status).toBe(0);
    expect(entries(join(t.dir, 'out'))).toEqual(['tiny']);
    expect(entries(join(t.dir, 'out', 'tiny'))).toContain('timeseries.csv');
  });

  it('refuses to overwrite a non-empty DIR unless --force', () => {
    const out = outDir();
    expect(spread(['run', TINY, '--out', out, '--quiet', '--reps', '1']).status).toBe(0);
    const before = read(join(out, 'run.json'));
    const again = spread(['run', TINY, '--out', out, '--quiet', '--reps', '2']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('output directory exists and is not empty');
    expect(read(join(out, 'run.json'))).toBe(before);
    const forced = spread(['run', TINY, '--out', out, '--quiet', '--reps', '2', '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(read(join(out, 'run.json'))).replicates).toBe(2);
    expect(entries(join(out, '..'))).toEqual(['out']); // no staging or old copies left
  });
});

describe('spread schema and validate', () => {
  it('prints the JSON Schema of the scenario format', () => {
    const r = spread(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'system', 'strategies', 'time']));
  });

  it('accepts a valid scenario and names the problems of an invalid one', () => {
    const ok = spread(['validate', TINY]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('valid');
    const bad = spread(['validate', TINY, '--set', 'replicates=0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`spread: ${TINY}: replicates: expected a number >= 1, got 0\n`);
  });
});
