// A small scenario (the default system scaled down) and its replicates, run in-process,
// for the app's data-transform tests.
import { readFileSync } from 'node:fs';
import { runReplicate } from '../../sim/model/replicate.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.js';

export const DEFAULT_RAW = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** default.json with 4 regions of 15 units, 80 steps and `replicates` replicates. */
export function smallScenario(replicates = 6): Scenario {
  const raw = structuredClone(DEFAULT_RAW) as { system: { network: { regions: unknown } }; replicates: number; time: { steps: number } };
  raw.system.network.regions = ['North', 'South', 'East', 'West'].map((name) => ({ name, units: 15 }));
  raw.replicates = replicates;
  raw.time.steps = 80;
  // The levers end inside the shorter horizon, so sustained shares are defined.
  const s = ScenarioSchema.parse(raw);
  return { ...s, outputs: { sustainAfter: 20 } };
}

export function runAll(scenario: Scenario): ReplicateResult[] {
  return Array.from({ length: scenario.replicates }, (_, rep) => runReplicate(scenario, rep));
}
