// Warms the app's worker pool once the page is idle after start-up, so a user's first
// run pays less for V8 compiling the engine in every fresh worker (WorkerPool.warm).
//
// Two stages. The bundled default, over its whole horizon, compiles the step's phases;
// then the scenario open in the page, over its first steps only, compiles what its size
// and levers take (for a health system above LARGE_SYSTEM units the generator's other
// path, and the longer loops). Measured in Chromium, two workers, the default on 5,000
// units: the first 8 replicates took 1.0-1.16 s per worker after the first stage alone,
// 0.84-0.97 s after both (about 0.8 s warm); the second stage costs 0.15-0.2 s at idle.
import { unitCount } from '../controls/network-starter.js';
import { parseScenario } from '../../sim/scenario/load.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import type { WarmOutcome, WarmStage, WorkerPool } from './worker-pool.js';

/** Replicates of the bundled default each worker runs first: about 0.3-0.5 s per worker. */
export const WARM_REPLICATES = 8;

/** Steps of the open scenario's warm-up replicates: its system build and first steps. */
export const OPEN_WARM_STEPS = 26;

/** Most replicates of the open scenario each worker runs to warm up. */
export const OPEN_WARM_REPLICATES = 4;

/**
 * Units the open scenario's warm-up builds per worker: fewer replicates for larger
 * systems (each builds one, and their loops are longer), never fewer than one.
 */
export const OPEN_WARM_UNITS = 20_000;

/** `pending` from start-up until the warm-up ends, then how it ended. */
export type WarmState = 'pending' | WarmOutcome;

/**
 * The open scenario's warm-up stage: its first OPEN_WARM_STEPS steps, in as many
 * replicates as OPEN_WARM_UNITS allows (one when its size is not written in the scenario).
 */
export function openScenarioStage(open: Scenario): WarmStage {
  const steps = Math.min(open.time.steps, OPEN_WARM_STEPS);
  const n = unitCount(open.system.network);
  const replicates = n > 0 ? Math.max(1, Math.min(OPEN_WARM_REPLICATES, Math.floor(OPEN_WARM_UNITS / n))) : 1;
  return { scenario: { ...open, time: { ...open.time, steps } }, replicates };
}

/**
 * When `idle` runs its task (browser.ts's whenIdle in the app), and `open()` has
 * answered with the scenario open in the page (null for none), warm `pool` with
 * WARM_REPLICATES replicates of `raw` (the bundled default), checked against the schema
 * as every scenario the app runs is (one that does not pass is not run: `skipped`), then
 * with the open scenario's stage (openScenarioStage). `report` hears `pending` at once,
 * then the outcome; nothing is thrown.
 */
export function warmWhenIdle(
  pool: Pick<WorkerPool, 'warm'>,
  raw: unknown,
  open: () => Promise<Scenario | null>,
  idle: (task: () => void) => void,
  report: (state: WarmState) => void,
): void {
  report('pending');
  idle(() => {
    const checked = parseScenario(raw);
    if ('problems' in checked) {
      report('skipped');
      return;
    }
    const bundled: WarmStage = { scenario: checked.scenario, replicates: WARM_REPLICATES };
    void open()
      .catch(() => null)
      .then((current) => pool.warm(current ? [bundled, openScenarioStage(current)] : [bundled]))
      .then(report);
  });
}
