// Decide what to do with a sweep's output directory before anything is written: start
// fresh, resume the same sweep (same fingerprint and shard), or refuse with a reason.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../scenario/errors.js';
import type { Shard } from './shard.js';
import { completedChunks, readManifest, removeTemporaries, type Manifest } from './sweep-dir.js';

export type DirState =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resume'; readonly done: ReadonlySet<number>; readonly previous: Manifest }
  | { readonly kind: 'complete'; readonly previous: Manifest };

const shardText = (s: { index: number; count: number } | null) => (s ? `shard ${s.index}/${s.count}` : 'the whole sweep');

/** Check DIR against the sweep to run; throws InputError (nothing written) when it cannot be used. */
export function inspectDir(dir: string, fingerprint: string, shard: Shard | null, force: boolean): DirState {
  if (!existsSync(dir)) return { kind: 'fresh' };
  if (!statSync(dir).isDirectory()) throw new InputError(dir, [{ path: '', message: 'exists and is not a directory (choose another --out)' }]);
  if (readdirSync(dir).length === 0) return { kind: 'fresh' };
  if (force) {
    const rel = relative(resolve(dir), process.cwd());
    if (!rel.startsWith('..') && !isAbsolute(rel)) {
      throw new InputError(dir, [{ path: '', message: 'is the working directory or holds it: --force would delete it; choose another --out' }]);
    }
    return { kind: 'fresh' };
  }
  let previous: Manifest | undefined;
  try {
    previous = readManifest(dir);
  } catch (e) {
    throw new InputError(dir, [{ path: 'sweep.json', message: `unreadable (${(e as Error).message}); use --force to replace the directory` }]);
  }
  if (!previous) {
    throw new InputError(dir, [{ path: '', message: 'exists, is not empty and holds no sweep (use --force to replace it, or another --out)' }]);
  }
  if (previous.fingerprint !== fingerprint) {
    throw new InputError(dir, [
      { path: '', message: `holds another sweep ('${previous.name}', or this one changed since it started): use --force to start over, or another --out` },
    ]);
  }
  const same = (previous.shard?.index ?? -1) === (shard?.index ?? -1) && (previous.shard?.count ?? -1) === (shard?.count ?? -1);
  if (!same) {
    throw new InputError(dir, [
      { path: '', message: `holds ${shardText(previous.shard)}, not ${shardText(shard)}: give each shard its own --out` },
    ]);
  }
  if (previous.complete) return { kind: 'complete', previous };
  return { kind: 'resume', done: completedChunks(dir), previous };
}

/** Make the directory ready to write: emptied for a fresh start, cleaned of temporaries for a resume. */
export function readyDir(dir: string, state: DirState): void {
  if (state.kind === 'fresh') {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  } else removeTemporaries(dir);
}
