// Library scenarios run as ensembles on the built worker pool (dist/replicate-worker.js,
// built by `npm test` first): the CLI's --set overrides, an optional subset of strategies.
import { readFileSync } from 'node:fs';
import { runPool } from '../../../sim/headless/pool.js';
import type { ReplicateResult } from '../../../sim/model/replicate-result.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import type { Scenario } from '../../../sim/scenario/schema.js';

const workerUrl = new URL('../../../dist/replicate-worker.js', import.meta.url);

/** Replicates per ensemble: the issue asks for at least 200. */
export const REPLICATES = 200;

/**
 * scenarios/<name>.json with `--set` style overrides, keeping only the named strategies
 * (common random numbers do not depend on which strategies run alongside).
 */
export function libraryScenario(name: string, sets: readonly string[] = [], strategies?: readonly string[]): Scenario {
  const file = `scenarios/${name}.json`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file, sets);
  if (!strategies) return scenario;
  const kept = strategies.map((s) => {
    const found = scenario.strategies.find((x) => x.name === s);
    if (!found) throw new Error(`${file} has no strategy '${s}'`);
    return found;
  });
  return { ...scenario, strategies: kept };
}

/** One number per replicate from each measure, measured as the replicates come back. */
export async function ensemble<K extends string>(
  scenario: Scenario,
  measures: Record<K, (result: ReplicateResult) => number>,
  reps = REPLICATES,
): Promise<Record<K, Float64Array>> {
  const names = Object.keys(measures) as K[];
  const out = Object.fromEntries(names.map((k) => [k, new Float64Array(reps)])) as Record<K, Float64Array>;
  const indices = Array.from({ length: reps }, (_, i) => i);
  await runPool(
    scenario,
    indices,
    (result) => {
      for (const k of names) out[k][result.rep] = measures[k](result);
    },
    { workerUrl, workers: 2 },
  );
  return out;
}

/** When the first lever of `type` in the named strategy ends (time units). */
export function leverEnd(scenario: Scenario, strategy: string, type: string): number {
  const levers = scenario.strategies.find((s) => s.name === strategy)?.levers as { type: string; end: number | null }[] | undefined;
  const end = levers?.find((l) => l.type === type)?.end;
  if (end === undefined || end === null) throw new Error(`no ${type} lever with an end in strategy '${strategy}'`);
  return end;
}
