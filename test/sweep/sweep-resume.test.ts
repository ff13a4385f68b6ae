// Resume: a sweep killed with SIGKILL part way through and started again with the same
// command ends with exactly the bytes of an uninterrupted run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, read, spread, spreadAsync } from '../cli/helpers.js';
import { bytes, listing, scratch, sweepFixture } from './helpers.js';

const SWEEP = sweepFixture('resume.json'); // 48 chunks of one point
const CHUNKS = 48;
const out = scratch();

const runsParts = (dir: string) => listing(join(dir, 'parts')).filter((f) => /^runs-\d+\.parquet$/.test(f));

beforeAll(assertBuilt);

it('resumes after kill -9 and ends with the rows of an uninterrupted run, none lost or repeated', async () => {
  const reference = out('reference');
  expect(spread(['sweep', SWEEP, '--out', reference, '--workers', '2', '--quiet']).status).toBe(0);

  const dir = out('killed');
  const child = spreadAsync(['sweep', SWEEP, '--out', dir, '--workers', '2', '--quiet']);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Kill it as soon as three chunks are on disk (polling the directory, not the clock).
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && runsParts(dir).length < 3) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const before = runsParts(dir).length;
  expect(before, 'the run finished before it could be killed').toBeLessThan(CHUNKS);
  expect(existsSync(join(dir, 'runs.parquet'))).toBe(false);
  expect(JSON.parse(read(join(dir, 'sweep.json'))).complete).toBe(false);

  const resumed = spread(['sweep', SWEEP, '--out', dir, '--workers', '1']);
  expect(resumed.status, resumed.stderr).toBe(0);
  expect(resumed.stderr).toContain(`(${before * 2} done before)`); // 2 replicates per chunk
  expect(resumed.stderr).toMatch(/\(resumed\)/);
  for (const f of ['runs.parquet', 'groups.parquet', 'series.parquet', 'points.parquet']) {
    expect(bytes(join(dir, f)).equals(bytes(join(reference, f))), f).toBe(true);
  }
  // No parts or temporary files are left behind.
  expect(listing(dir)).toEqual(listing(reference));
});
