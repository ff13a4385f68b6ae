// Warms the app's worker pool once the page is idle after start-up, so a user's first
// run pays less for V8 compiling the engine in every fresh worker (WorkerPool.warm).
import { parseScenario } from '../../sim/scenario/load.js';
import type { WarmOutcome, WorkerPool } from './worker-pool.js';

/**
 * Replicates of the bundled default each worker runs to warm up: enough for V8 to
 * compile most of the engine (WorkerPool.warm), about 0.3-0.5 s per worker.
 */
export const WARM_REPLICATES = 8;

/** `pending` from start-up until the warm-up ends, then how it ended. */
export type WarmState = 'pending' | WarmOutcome;

/**
 * When `idle` runs its task (browser.ts's whenIdle in the app), warm `pool` with
 * WARM_REPLICATES replicates of `raw`, checked against the schema as every scenario the app runs is
 * (one that does not pass is not run: `skipped`). `report` hears `pending` at once, then
 * the outcome; nothing is thrown.
 */
export function warmWhenIdle(
  pool: Pick<WorkerPool, 'warm'>,
  raw: unknown,
  idle: (task: () => void) => void,
  report: (state: WarmState) => void,
): void {
  report('pending');
  idle(() => {
    const checked = parseScenario(raw);
    if ('problems' in checked) report('skipped');
    else void pool.warm(checked.scenario, WARM_REPLICATES).then(report);
  });
}
