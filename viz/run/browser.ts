// The browser's half of running, kept apart so the pool (worker-pool.ts) and its warm-up
// (warm-up.ts) use no DOM and are tested in Node: the web workers the pool starts, and
// the idle time the warm-up waits for.

/** A replicate worker: the engine's comlink worker module, as the CLI runs it on worker_threads. */
export function createReplicateWorker(index: number): Worker {
  return new Worker(new URL('../../sim/worker/replicate-worker.ts', import.meta.url), {
    type: 'module',
    name: `replicate-worker-${index}`,
  });
}

/** Runs `task` when the page is next idle (at most `timeout` ms on), or soon where idle callbacks are missing (Safari). */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 200);
}
