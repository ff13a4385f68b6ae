// Writes an export's files all or nothing: each goes to a hidden temporary folder beside
// it and is renamed into place only when every file is written.
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../scenario/errors.js';

export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Refuse files in the way (bad input, before anything is written) unless forced. */
export async function checkOutputFiles(paths: readonly string[], force: boolean): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    const full = resolve(path);
    if (seen.has(full)) throw new InputError(path, [{ path: '', message: 'named twice as an output file' }]);
    seen.add(full);
    if (!force && (await exists(full))) {
      throw new InputError(path, [{ path: '', message: 'file exists (use --force to replace it)' }]);
    }
  }
}

export async function writeOutputFiles(files: readonly OutputFile[], force: boolean): Promise<void> {
  await checkOutputFiles(files.map((f) => f.path), force);
  const staged: { temp: string; dir: string; target: string }[] = [];
  try {
    for (const f of files) {
      const target = resolve(f.path);
      await mkdir(dirname(target), { recursive: true });
      const dir = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
      const temp = join(dir, basename(target));
      staged.push({ temp, dir, target });
      await writeFile(temp, f.text);
    }
    for (const s of staged) await rename(s.temp, s.target);
  } finally {
    for (const s of staged) await rm(s.dir, { recursive: true, force: true });
  }
}
