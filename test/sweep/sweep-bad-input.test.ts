// Bad input to spread sweep, merge and analyze: exit status 2, one line per problem
// naming the file and field, and nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SweepSchema } from '../../sim/sweep/schema.js';
import { assertBuilt, spread } from '../cli/helpers.js';
import { listing, scratch, sweepFixture } from './helpers.js';

const out = scratch();
const LHS = JSON.parse(readFileSync(sweepFixture('lhs.json'), 'utf8'));

/** lhs.json with some fields replaced, in the scratch directory. */
function sweepFile(name: string, over: Record<string, unknown>): string {
  const file = out(name);
  writeFileSync(file, JSON.stringify({ ...LHS, base: sweepFixture('tiny.json'), ...over }));
  return file;
}

beforeAll(assertBuilt);

describe('bad input exits 2 and writes nothing', () => {
  it.each([
    ['an empty range', { parameters: [{ path: 'intervention.advantage', min: 2, max: 2 }] }, /^spread: .*empty-range\.json: parameters\[0\]\.max: empty range: max \(2\) must be above min \(2\)$/m],
    ['an unknown path', { parameters: [{ path: 'intervention.advantages', min: 1, max: 2 }] }, /^spread: .*unknown-path\.json: parameters\[0\]\.path: intervention\.advantages: unknown path: intervention has no field 'advantages'/m],
    ['an impossible design', { design: { kind: 'sobol', points: 100 } }, /^spread: .*impossible-design\.json: design\.points: a sobol design of 3 parameters has N x 5 points with N a power of 2; 100 is not one/m],
    ['an invalid sweep', { replicates: 'many' }, /^spread: .*invalid-sweep\.json: replicates: expected a number, got "many"$/m],
    ['a missing base file', { base: 'nowhere.json' }, /^spread: .*missing-base-file\.json: base: cannot read the file: it does not exist/m],
  ])('%s', (what, over, pattern) => {
    const name = `${what.replace(/^an? /, '').replace(/ /g, '-')}.json`;
    const dir = out(`out-${name}`);
    const r = spread(['sweep', sweepFile(name, over), '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(listing(dir)).toEqual([]);
  });

  it('bad flags and shard variables', () => {
    const dir = out('out-flags');
    const sweep = sweepFixture('lhs.json');
    expect(spread(['sweep', sweep, '--out', dir, '--shard', '3/3']).stderr).toMatch(/^spread: --shard: expected a shard index from 0 to 2, got "3"$/m);
    expect(spread(['sweep', sweep, '--out', dir, '--shard', 'two']).stderr).toMatch(/^spread: --shard: expected I\/N/m);
    expect(spread(['sweep', sweep, '--out', dir, '--workers', '0']).stderr).toMatch(/^spread: --workers: expected a whole number from 1 to 1024, got "0"$/m);
    const saved = { ...process.env };
    Object.assign(process.env, { JOB_COMPLETION_INDEX: '1' });
    try {
      const r = spread(['sweep', sweep, '--out', dir]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/JOB_COMPLETION_INDEX: set SPREAD_SHARD_COUNT/);
    } finally {
      process.env = saved;
    }
    expect(spread(['sweep', out('no-such-sweep.json'), '--out', dir]).stderr).toMatch(/no-such-sweep\.json: cannot read the file: it does not exist/);
    expect(listing(dir)).toEqual([]);
  });

  it('analyze refuses unknown outputs and strategies, and unfinished sweeps', () => {
    const shard = out('shard');
    expect(spread(['sweep', sweepFixture('lhs.json'), '--out', shard, '--shard', '0/4', '--workers', '1', '--quiet']).status).toBe(0);
    const unfinished = spread(['analyze', shard]);
    expect(unfinished.status).toBe(2);
    expect(unfinished.stderr).toMatch(/holds shard 0\/4 of a sweep: merge the shards first/);
    const flags = spread(['analyze', shard, '--output', 'fame', '--strategy', 'nope']);
    expect(flags.status).toBe(2);
    expect(flags.stderr).toMatch(/^spread: --output: unknown output 'fame' \(expected one of: time_to_25,/m);
    expect(flags.stderr).toMatch(/^spread: --strategy: unknown strategy 'nope'/m);
    expect(listing(join(shard, 'analysis'))).toEqual([]);
  });
});

it('scenarios/sweep.schema.json is the sweep schema as the code declares it (spread schema --sweep)', () => {
  expect(JSON.parse(readFileSync('scenarios/sweep.schema.json', 'utf8'))).toEqual(z.toJSONSchema(SweepSchema, { io: 'input' }));
});
