// Shared helpers for the import tests: fixture paths, specs with defaults filled in, and
// a table's content in a form two imports can be compared by.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSystem } from '../../sim/cli/import-system.js';
import { FileNetworkSchema, type FileNetworkSpec } from '../../sim/io/file-network-schema.js';
import type { SystemTable } from '../../sim/io/system-table.js';
import { WEAK } from '../../sim/network/csr.js';
import { formatInputError, InputError } from '../../sim/scenario/errors.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/io/', import.meta.url));

export function fileSpec(raw: Record<string, unknown>): FileNetworkSpec {
  return FileNetworkSchema.parse({ kind: 'file', ...raw });
}

/** Import with paths relative to `dir` (default: the fixtures folder). */
export function importFile(raw: Record<string, unknown>, dir = FIXTURES) {
  return importSystem(fileSpec(raw), join(dir, 'scenario.json'));
}

/** The `spread: file: where: problem` lines an import fails with. */
export async function importProblem(raw: Record<string, unknown>, dir = FIXTURES): Promise<string> {
  try {
    await importFile(raw, dir);
  } catch (e) {
    if (e instanceof InputError) return formatInputError(e).join('\n');
    throw e;
  }
  throw new Error('the import was expected to fail');
}

/** A table's content, independent of tie order and of which end an undirected tie starts. */
export function content(t: SystemTable) {
  const ties: string[] = [];
  for (let e = 0; e < t.ties.source.length; e++) {
    let [a, b] = [t.ids[t.ties.source[e]], t.ids[t.ties.target[e]]];
    if (!t.directed && a > b) [a, b] = [b, a];
    ties.push(`${a}>${b} ${t.ties.kind[e] === WEAK ? 'weak' : 'strong'} ${t.ties.weight[e]}`);
  }
  return {
    ids: [...t.ids],
    directed: t.directed,
    ties: ties.sort(),
    region: t.region ? [...t.region] : undefined,
    type: t.type ? [...t.type] : undefined,
    size: t.size ? [...t.size] : undefined,
    given: Object.fromEntries(Object.entries(t.given).map(([a, v]) => [a, [...v!].map((x) => (Number.isNaN(x) ? null : x))])),
  };
}
