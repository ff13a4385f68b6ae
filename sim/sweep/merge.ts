// Join shard directories of one sweep: check they hold the same sweep and that every
// chunk is present exactly once, then write the whole sweep's tables into a directory.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../scenario/errors.js';
import { consolidate, pointsCsv } from './consolidate.js';
import { completedChunks, readManifest, writeManifest, type Manifest } from './sweep-dir.js';

/** Chunk ranges as short text: `3, 7-9`. */
function ranges(chunks: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < chunks.length; ) {
    let j = i;
    while (j + 1 < chunks.length && chunks[j + 1] === chunks[j] + 1) j++;
    out.push(i === j ? `${chunks[i]}` : `${chunks[i]}-${chunks[j]}`);
    i = j + 1;
  }
  return out.length > 12 ? `${out.slice(0, 12).join(', ')}, ...` : out.join(', ');
}

export interface MergeSources {
  readonly manifest: Manifest;
  /** The directory holding each chunk. */
  readonly owner: readonly string[];
}

/** Check the shard directories; throws InputError naming the directory or chunks at fault. */
export function checkSources(dirs: readonly string[]): MergeSources {
  const manifests: Manifest[] = [];
  for (const dir of dirs) {
    let m: Manifest | undefined;
    try {
      m = readManifest(dir);
    } catch (e) {
      throw new InputError(dir, [{ path: 'sweep.json', message: `unreadable: ${(e as Error).message}` }]);
    }
    if (!m) throw new InputError(dir, [{ path: '', message: 'holds no sweep.json: not the output of spread sweep' }]);
    if (m.shard === null && m.complete) {
      throw new InputError(dir, [{ path: '', message: 'holds a whole sweep, already joined: nothing to merge' }]);
    }
    manifests.push(m);
  }
  const first = manifests[0];
  const problems: { source: string; problem: Problem }[] = [];
  manifests.forEach((m, i) => {
    if (m.fingerprint !== first.fingerprint) {
      problems.push({ source: dirs[i], problem: { path: '', message: `holds another sweep than ${dirs[0]} ('${m.name}' vs '${first.name}', or the sweep changed between shards)` } });
    }
  });
  if (problems.length > 0) throw new InputError(problems[0].source, problems.map((p) => p.problem));

  const owner: string[] = new Array(first.chunks.count);
  const duplicates: string[] = [];
  dirs.forEach((dir) => {
    for (const c of [...completedChunks(dir)].sort((a, b) => a - b)) {
      if (c >= first.chunks.count) continue;
      if (owner[c] !== undefined) duplicates.push(`chunk ${c} is in both ${owner[c]} and ${dir}`);
      else owner[c] = dir;
    }
  });
  const missing = Array.from({ length: first.chunks.count }, (_, c) => c).filter((c) => owner[c] === undefined);
  const found: Problem[] = duplicates.slice(0, 10).map((message) => ({ path: '', message: `${message}: each chunk must come from one directory` }));
  if (missing.length > 0) {
    const shards = new Set(manifests.map((m) => (m.shard ? `${m.shard.index}/${m.shard.count}` : 'whole')));
    const counts = [...new Set(manifests.map((m) => m.shard?.count).filter((n): n is number => n !== undefined))];
    const hint = counts.length === 1
      ? `; they belong to shard(s) ${[...new Set(missing.map((c) => c % counts[0]))].sort((a, b) => a - b).map((i) => `${i}/${counts[0]}`).join(', ')}: run or resume them, then merge again`
      : '';
    found.push({
      path: '',
      message: `${missing.length} of ${first.chunks.count} chunks are missing (chunks ${ranges(missing)}; merged: ${[...shards].join(', ')})${hint}`,
    });
  }
  if (found.length > 0) throw new InputError('merge', found);
  return { manifest: first, owner };
}

/** Write the merged sweep into `outDir` (an empty directory). */
export async function writeMerged(sources: MergeSources, outDir: string, csv: boolean): Promise<void> {
  const { manifest, owner } = sources;
  const exact = new Set(manifest.parameters.map((p) => p.name));
  copyFileSync(join(owner[0], 'points.parquet'), join(outDir, 'points.parquet'));
  await consolidate({
    outDir,
    tables: manifest.tables,
    chunkCount: manifest.chunks.count,
    partsDir: (c) => owner[c],
    csv,
    exact,
  });
  if (csv) await pointsCsv(outDir, exact);
  writeManifest(outDir, { ...manifest, shard: null, complete: true });
}
