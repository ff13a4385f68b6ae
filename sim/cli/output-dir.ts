// The run's output directory appears only when the run completes: files are written
// to a hidden temporary sibling, renamed into place at the end, removed on failure.
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../scenario/errors.js';

/** A directory name from a scenario name: letters, digits, '.', '_' and '-' kept. */
export function safeName(name: string): string {
  const cleaned = name.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return cleaned || 'scenario';
}

async function isNonEmptyDir(path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    if (!s.isDirectory()) return true; // a file in the way counts as occupied
    return (await readdir(path)).length > 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Refuse an occupied DIR unless forced (bad input: nothing has been written yet). */
export async function checkOutputDir(dir: string, force: boolean): Promise<void> {
  if (!force && (await isNonEmptyDir(dir))) {
    throw new InputError(dir, [
      { path: '', message: 'output directory exists and is not empty (use --force to replace it, or --out DIR)' },
    ]);
  }
}

export interface StagedDir {
  /** Where to write the files now. */
  readonly path: string;
  /** Move the files into place (replacing DIR when forced). */
  commit(): Promise<void>;
  /** Remove everything written. */
  discard(): Promise<void>;
}

export async function stageOutputDir(dir: string, force: boolean): Promise<StagedDir> {
  const target = resolve(dir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const path = await mkdtemp(join(parent, `.${basename(target)}.partial-`));
  return {
    path,
    async commit() {
      await checkOutputDir(target, force);
      await chmod(path, 0o755); // mkdtemp makes it private; the result is an ordinary directory
      let old: string | undefined;
      try {
        await stat(target);
        old = `${path}.old`;
        await rename(target, old);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await rename(path, target);
      if (old) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(path, { recursive: true, force: true });
    },
  };
}
