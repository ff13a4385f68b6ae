// Benchmark workload system_10k: default.json's model on a 10,000-unit health system,
// 3 strategies x 100 replicates x 260 steps on the worker pool (all cores).
// Target: at least 50 million unit-steps per second in all.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runPool } from '../../../sim/headless/pool.js';
import { COLUMN, COLUMN_COUNT } from '../../../sim/metrics/columns.js';
import { buildSystem } from '../../../sim/model/replicate.js';
import { ScenarioSchema } from '../../../sim/scenario/schema.js';
import { metrics, rss, scanRate, timeOnce } from '../measure.js';
import type { Workload } from '../workload.js';

const TARGET_UNIT_STEPS_PER_S = 50e6;
const REPLICATES = 100;

export const system10k: Workload = {
  name: 'system_10k',
  async run() {
    rss.reset();
    const raw = JSON.parse(readFileSync(new URL('../scenarios/default.json', import.meta.url) /* from dist/bench.js */, 'utf8'));
    raw.system.network.regions = [
      { name: 'North', units: 2700 },
      { name: 'South', units: 2700 },
      { name: 'East', units: 2300 },
      { name: 'West', units: 2300 },
    ];
    raw.replicates = REPLICATES;
    const scenario = ScenarioSchema.parse(raw);
    const { seconds: buildSeconds, result: system } = timeOnce(() => buildSystem(scenario, 0));
    const n = system.population.n;
    const steps = scenario.time.steps;
    const strategies = scenario.strategies.length;
    const workers = availableParallelism();
    const reps = Array.from({ length: REPLICATES }, (_, r) => r);
    let edgeVisits = 0;
    let adopted = 0;
    const start = performance.now();
    await runPool(
      scenario,
      reps,
      (result) => {
        for (const s of result.strategies) {
          edgeVisits += s.edgeVisits;
          adopted += s.series[steps * COLUMN_COUNT + COLUMN.ever_adopted];
        }
        rss.sample();
      },
      { workerUrl: new URL('./replicate-worker.js', import.meta.url), workers },
    );
    const wallSeconds = (performance.now() - start) / 1000;
    const unitSteps = n * steps * strategies * REPLICATES;
    return {
      ...metrics({
        buildSeconds,
        wallSeconds,
        units: n,
        steps: steps * strategies * REPLICATES,
        edgeVisits,
        finalAdopted: Math.round(adopted / (strategies * REPLICATES)),
        scanPerSecond: scanRate(system.csr),
      }),
      n,
      strategies,
      replicates: REPLICATES,
      steps,
      workers,
      unit_steps: unitSteps,
      target_unit_steps_per_s: TARGET_UNIT_STEPS_PER_S,
      meets_target: unitSteps / wallSeconds >= TARGET_UNIT_STEPS_PER_S,
    };
  },
};
