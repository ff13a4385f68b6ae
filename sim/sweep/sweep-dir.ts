// A sweep's output directory: the sweep.json manifest and the per-chunk part files, each
// written to a temporary name and renamed into place, so a file that exists is whole.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeParquet, type Table } from './parquet-io.js';
import type { TableName } from './tables.js';

export const MANIFEST = 'sweep.json';
export const PARTS = 'parts';
export const MANIFEST_FORMAT = 'spread-sweep/1';

/** What sweep.json holds (see the README's Sweeps section). */
export interface Manifest {
  readonly format: string;
  readonly name: string;
  /** sha256 of everything that decides the rows: same fingerprint, same rows. */
  readonly fingerprint: string;
  readonly sweepFile: string;
  /** The sweep as run: `base` is the base scenario itself, after `set`. */
  readonly sweep: Record<string, unknown>;
  readonly seed: number | string;
  readonly design: { readonly kind: string; readonly points: number; readonly base?: number };
  readonly parameters: readonly {
    readonly name: string;
    readonly paths: readonly string[];
    readonly kind: string;
    readonly scale: string;
    readonly column: string;
    readonly values?: readonly unknown[];
  }[];
  readonly strategies: readonly string[];
  readonly replicates: number;
  readonly tables: readonly TableName[];
  readonly chunks: { readonly count: number; readonly points: number };
  /** This directory's slice: chunks c with c % count == index; null for the whole sweep. */
  readonly shard: { readonly index: number; readonly count: number } | null;
  readonly package: { readonly name: string; readonly version: string };
  readonly gitCommit: string | null;
  readonly node: string;
  /** Every chunk of the slice is written (and, for a whole sweep, the tables joined). */
  readonly complete: boolean;
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);

/** Write a file so that it appears whole or not at all (temp name, fsync, rename). */
export function writeAtomic(path: string, write: (temp: string) => void): void {
  const temp = tempName(path);
  try {
    write(temp);
    fsyncFile(temp);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * writeAtomic for writers that read other files on the way; the fsync and rename run
 * off the main thread (libuv's pool), so workers keep being fed meanwhile.
 */
export async function writeAtomicAsync(path: string, write: (temp: string) => Promise<void> | void): Promise<void> {
  const temp = tempName(path);
  try {
    await write(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export function writeTextAtomic(path: string, text: string): void {
  writeAtomic(path, (temp) => {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  });
}

export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  const value = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (value?.format !== MANIFEST_FORMAT) throw new Error(`${path}: not a sweep manifest (format ${JSON.stringify(value?.format)})`);
  return value;
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeTextAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Part file name of a table's chunk: zero-padded so names sort in chunk order. */
export function partName(table: TableName, chunk: number): string {
  return `${table}-${String(chunk).padStart(6, '0')}.parquet`;
}

export const partPath = (dir: string, table: TableName, chunk: number) => join(dir, PARTS, partName(table, chunk));

/**
 * Write a chunk's tables. The runs part is renamed into place last: a chunk whose runs
 * part exists is complete (its other parts are already in place).
 */
export async function writeChunk(dir: string, chunk: number, tables: Partial<Record<TableName, Table>>): Promise<void> {
  mkdirSync(join(dir, PARTS), { recursive: true });
  const others = (['series', 'groups'] as const).filter((name) => tables[name]);
  await Promise.all(others.map((name) => writeAtomicAsync(partPath(dir, name, chunk), (temp) => writeParquet(temp, tables[name]!))));
  if (tables.runs) await writeAtomicAsync(partPath(dir, 'runs', chunk), (temp) => writeParquet(temp, tables.runs!));
}

/** Chunks whose runs part is in place. */
export function completedChunks(dir: string): Set<number> {
  const parts = join(dir, PARTS);
  const done = new Set<number>();
  if (!existsSync(parts)) return done;
  for (const name of readdirSync(parts)) {
    const m = /^runs-(\d+)\.parquet$/.exec(name);
    if (m) done.add(Number(m[1]));
  }
  return done;
}

/** Remove temporary files left by a process that was killed mid-write. */
export function removeTemporaries(dir: string): void {
  for (const where of [dir, join(dir, PARTS)]) {
    if (!existsSync(where)) continue;
    for (const name of readdirSync(where)) if (/\.tmp-\d+$/.test(name)) rmSync(join(where, name), { force: true });
  }
}
