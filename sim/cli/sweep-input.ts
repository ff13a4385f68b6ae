// Read a sweep file and plan it: the base scenario's path is relative to the sweep file;
// unreadable files are bad input naming the file.
import { readFileSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { InputError } from '../scenario/errors.js';
import { planSweep, type SweepPlan } from '../sweep/plan.js';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'cannot read the file: it does not exist',
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
};

function readText(file: string, source: string, field: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(source, [{ path: field, message: `${READ_ERRORS[code] ?? `cannot read the file: ${(e as Error).message}`}${field ? ` (${file})` : ''}` }]);
  }
}

export function readSweep(file: string): SweepPlan {
  const text = readText(file, file, '');
  return planSweep(text, file, (path) => {
    const full = resolve(dirname(file), path);
    const shown = relative(process.cwd(), full) || full;
    return { text: readText(full, file, 'base'), source: shown };
  });
}
