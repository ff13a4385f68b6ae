// A worker_threads pool for sweep tasks: dispatches tasks 0..count-1 in order, at most
// `window` ahead of the next one handed back, and hands results back in task order.
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { AbortError } from '../headless/pool.js';
import type { SweepWorkerApi } from './worker-api.js';

export interface TaskPoolOptions {
  /** The built worker module (dist/sweep-worker.js). */
  readonly workerUrl: URL;
  readonly workers: number;
  /** Most tasks dispatched ahead of the next to hand back: bounds memory. */
  readonly window: number;
  readonly signal?: AbortSignal;
}

export type WorkerApi = Comlink.Remote<SweepWorkerApi>;

/**
 * Run `count` tasks; `call` starts task i on a worker; `onResult` gets results in task
 * order (a returned promise is awaited before the next: backpressure). A failing task
 * or worker rejects the whole run; workers are always terminated at the end.
 */
export async function runTaskPool<R>(
  count: number,
  call: (api: WorkerApi, index: number) => Promise<R>,
  onResult: (index: number, result: R) => void | Promise<void>,
  options: TaskPoolOptions,
): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) throw new AbortError();
  if (count === 0) return;
  const size = Math.max(1, Math.min(options.workers, count));
  const window = Math.max(size, options.window);

  let finished = false;
  let fail!: (error: Error) => void;
  const fatal = new Promise<never>((_, reject) => {
    fail = (error) => {
      if (!finished) reject(error);
    };
  });
  fatal.catch(() => undefined);

  const threads = Array.from({ length: size }, (_, i) => {
    const thread = new Worker(options.workerUrl, { name: `sweep-worker-${i}` });
    thread.on('error', (e: Error) => fail(new Error(`sweep worker ${i} failed: ${e.message}`)));
    thread.on('exit', (code) => fail(new Error(`sweep worker ${i} stopped unexpectedly (exit code ${code})`)));
    return thread;
  });
  const onAbort = () => fail(new AbortError());
  signal?.addEventListener('abort', onAbort, { once: true });

  let next = 0;
  let handed = 0;
  const done = new Map<number, R>();
  let waiting: (() => void)[] = [];
  let delivery: Promise<void> = Promise.resolve();

  const deliver = async () => {
    while (!finished && done.has(handed)) {
      const result = done.get(handed)!;
      done.delete(handed);
      await onResult(handed, result);
      handed += 1;
      const wake = waiting;
      waiting = [];
      for (const w of wake) w();
    }
  };

  const work = async (api: WorkerApi) => {
    while (next < count && !finished) {
      if (next >= handed + window) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      const index = next++;
      done.set(index, await call(api, index));
      delivery = delivery.then(deliver);
      delivery.catch(fail);
    }
  };

  try {
    const apis = threads.map((t) => Comlink.wrap<SweepWorkerApi>(nodeEndpoint(t)));
    await Promise.race([Promise.all(apis.map(work)).then(() => delivery), fatal]);
  } finally {
    finished = true;
    signal?.removeEventListener('abort', onAbort);
    for (const w of waiting) w();
    await Promise.all(threads.map((t) => t.terminate()));
    // A result being handed over (a chunk being written) finishes before we return.
    await delivery.catch(() => undefined);
  }
}
