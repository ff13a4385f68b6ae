// Shards and merge: three shards (by flag and by Slurm's variables) merged give the
// single-process sweep byte for byte; merge refuses missing, duplicated or foreign chunks.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, read, spread } from '../cli/helpers.js';
import { bytes, listing, scratch, sweepFixture } from './helpers.js';

const LHS = sweepFixture('lhs.json');
const out = scratch();
const WHOLE = out('whole');
const SHARDS = [0, 1, 2].map((i) => out(`shard-${i}`));

function spreadEnv(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return spread(args);
  } finally {
    process.env = saved;
  }
}

beforeAll(() => {
  assertBuilt();
  expect(spread(['sweep', LHS, '--out', WHOLE, '--workers', '2', '--csv', '--quiet']).status).toBe(0);
  expect(spread(['sweep', LHS, '--out', SHARDS[0], '--shard', '0/3', '--workers', '1', '--quiet']).status).toBe(0);
  // Shards 1 and 2 as tasks of a Slurm job array starting at 5 (--array=5-7) would see them.
  for (const i of [1, 2]) {
    const r = spreadEnv(['sweep', LHS, '--out', SHARDS[i], '--workers', '1', '--quiet'], {
      SLURM_ARRAY_TASK_ID: String(5 + i),
      SLURM_ARRAY_TASK_MIN: '5',
      SLURM_ARRAY_TASK_COUNT: '3',
    });
    expect(r.status, r.stderr).toBe(0);
  }
});

describe('shards and merge', () => {
  it('gives each shard every third chunk, as parts, and a manifest marking the shard complete', () => {
    const m = JSON.parse(read(join(SHARDS[1], 'sweep.json')));
    expect(m.shard).toEqual({ index: 1, count: 3 });
    expect(m.complete).toBe(true);
    const parts = listing(join(SHARDS[1], 'parts')).filter((f) => f.startsWith('runs-'));
    expect(parts).toEqual(Array.from({ length: m.chunks.count }, (_, c) => c).filter((c) => c % 3 === 1).map((c) => `runs-${String(c).padStart(6, '0')}.parquet`));
  });

  it('merges the shards into the same bytes as the single-process run', () => {
    const merged = out('merged');
    const r = spread(['merge', ...SHARDS, '--out', merged, '--csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(listing(merged)).toEqual(listing(WHOLE));
    for (const f of ['runs.parquet', 'groups.parquet', 'series.parquet', 'points.parquet', 'runs.csv', 'groups.csv', 'series.csv', 'points.csv']) {
      expect(bytes(join(merged, f)).equals(bytes(join(WHOLE, f))), f).toBe(true);
    }
    const a = JSON.parse(read(join(merged, 'sweep.json')));
    const b = JSON.parse(read(join(WHOLE, 'sweep.json')));
    expect({ ...a, gitCommit: null }).toEqual({ ...b, gitCommit: null });
  });

  it('refuses to merge with a shard missing, naming the chunks and the shard, and writes nothing', () => {
    const target = out('missing');
    const r = spread(['merge', SHARDS[0], SHARDS[2], '--out', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^spread: merge: 8 of 24 chunks are missing \(chunks 1, 4, 7, .*\); they belong to shard\(s\) 1\/3/m);
    expect(listing(target)).toEqual([]);
  });

  it('refuses a chunk present twice, another sweep, and a missing --out', () => {
    const twice = spread(['merge', SHARDS[0], SHARDS[1], SHARDS[2], SHARDS[1], '--out', out('twice')]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/chunk 1 is in both .*shard-1 and .*shard-1/);

    const other = out('other');
    expect(spread(['sweep', sweepFixture('sobol.json'), '--out', other, '--shard', '0/2', '--workers', '1', '--quiet']).status).toBe(0);
    const foreign = spread(['merge', SHARDS[0], other, '--out', out('foreign')]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(/holds another sweep than/);

    const noOut = spread(['merge', ...SHARDS]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out: required/);
    expect(listing(out('twice'))).toEqual([]);
    expect(listing(out('foreign'))).toEqual([]);
  });

  it('keeps each shard to its own directory', () => {
    const r = spread(['sweep', LHS, '--out', SHARDS[0], '--shard', '1/3', '--workers', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds shard 0\/3, not shard 1\/3: give each shard its own --out/);
  });
});
