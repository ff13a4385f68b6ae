// Helpers of the sweep end-to-end tests: fixture paths, temporary output directories,
// and Parquet files read back with hyparquet as row objects.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll } from 'vitest';
import { ROOT } from '../cli/helpers.js';

export const sweepFixture = (name: string) => join(ROOT, 'test', 'sweep', 'fixtures', name);

/** A temporary directory for this test file, removed after it. */
export function scratch(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'spread-sweep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => join(dir, name);
}

/** A Parquet file's rows, read with hyparquet (as R, pandas or DuckDB would read them). */
export async function parquetRows(path: string): Promise<Record<string, unknown>[]> {
  const bytes = readFileSync(path);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
}

export const bytes = (path: string) => readFileSync(path);
export const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
