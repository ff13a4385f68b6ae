// Before a scenario is validated, read the data files its `file` network names, so the
// validation (which may build the system) and the workers get the arrays with it.
import { FileNetworkSchema } from '../io/file-network-schema.js';
import type { ResolvedNetwork } from '../io/resolved-network.js';
import { parseJson } from '../scenario/load.js';
import { applyOverrides, parseOverride, type Override } from '../scenario/overrides.js';
import { ScenarioSchema } from '../scenario/schema.js';
import { importSystem } from './import-system.js';

/**
 * The network a scenario's text (after --set overrides) reads from files, or undefined
 * when it has none, or when the text or spec is faulty (loadScenario then says why).
 */
export async function resolveScenarioFiles(
  text: string,
  file: string,
  sets: readonly string[],
  extra: readonly Override[],
): Promise<ResolvedNetwork | undefined> {
  const parsed = parseJson(text);
  if ('problem' in parsed || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const overrides: Override[] = [];
  for (const arg of sets) {
    const o = parseOverride(arg);
    if ('message' in o) return undefined;
    overrides.push(o);
  }
  const applied = applyOverrides(ScenarioSchema, parsed.value, [...overrides, ...extra]);
  if ('problems' in applied) return undefined;
  const network = (applied.value as { system?: { network?: { kind?: unknown } } }).system?.network;
  if (network?.kind !== 'file') return undefined;
  const spec = FileNetworkSchema.safeParse(network);
  if (!spec.success) return undefined;
  return (await importSystem(spec.data, file)).resolved;
}
