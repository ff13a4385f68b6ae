// Read a scenario file and load it; unreadable files are bad input, not crashes.
import { readFile } from 'node:fs/promises';
import { attachResolved, withResolvedNetwork } from '../io/file-network.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario, type LoadedScenario } from '../scenario/load.js';
import type { Override } from '../scenario/overrides.js';
import { resolveScenarioFiles } from './import-resolve.js';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'cannot read the file: it does not exist',
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
};

export async function readScenario(file: string, sets: readonly string[], extra: readonly Override[]): Promise<LoadedScenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(file, [{ path: '', message: READ_ERRORS[code] ?? `cannot read the file: ${(e as Error).message}` }]);
  }
  // A `file` network's data files are read first (sim/cli/import-resolve.ts).
  const resolved = await resolveScenarioFiles(text, file, sets, extra);
  const loaded = withResolvedNetwork(resolved, () => loadScenario(text, file, sets, extra));
  attachResolved(loaded.scenario.system.network, resolved);
  return loaded;
}
