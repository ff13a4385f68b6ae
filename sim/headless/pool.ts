// A Node worker_threads pool that runs replicates through comlink and hands them back
// in replicate order, whatever order they finish in, so output never depends on W.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { ReplicateResult } from '../model/replicate-result.js';
import type { Scenario } from '../scenario/schema.js';
import type { ReplicateWorkerApi } from '../worker/api.js';

export interface PoolOptions {
  /** The built worker module (dist/replicate-worker.js). */
  readonly workerUrl: URL;
  /** Worker threads; default os.availableParallelism(), never more than the replicates. */
  readonly workers?: number;
  /** Abort to cancel: workers are terminated and the run rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /**
   * Most replicates dispatched ahead of the next one to hand back (default 4 per worker):
   * bounds the memory held while one slow replicate holds up the ones after it.
   */
  readonly window?: number;
}

/** Rejection when the run was cancelled through its AbortSignal. */
export class AbortError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Run `reps` (replicate indices) of a validated scenario on worker threads. `onResult`
 * gets each result in the order of `reps`, one at a time (a returned promise is awaited
 * before the next, which gives backpressure). Resolves when all are handed back.
 */
export async function runPool(
  scenario: Scenario,
  reps: readonly number[],
  onResult: (result: ReplicateResult) => void | Promise<void>,
  options: PoolOptions,
): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) throw new AbortError();
  if (reps.length === 0) return;
  const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), reps.length));
  const window = Math.max(size, options.window ?? 4 * size);

  let finished = false;
  let fail!: (error: Error) => void;
  const fatal = new Promise<never>((_, reject) => {
    fail = (error) => {
      if (!finished) reject(error);
    };
  });
  fatal.catch(() => undefined); // rejections after the race has settled are ignored

  const threads = Array.from({ length: size }, (_, i) => {
    const thread = new Worker(options.workerUrl, { name: `replicate-worker-${i}` });
    thread.on('error', (e: Error) => fail(new Error(`replicate worker ${i} failed: ${e.message}`)));
    thread.on('exit', (code) => fail(new Error(`replicate worker ${i} stopped unexpectedly (exit code ${code})`)));
    return thread;
  });
  const onAbort = () => fail(new AbortError());
  signal?.addEventListener('abort', onAbort, { once: true });

  let next = 0; // next index of `reps` to dispatch
  let handed = 0; // next index of `reps` to hand back
  const done = new Map<number, ReplicateResult>();
  let waiting: (() => void)[] = [];
  let delivery: Promise<void> = Promise.resolve();

  const deliver = async () => {
    while (done.has(handed)) {
      const result = done.get(handed)!;
      done.delete(handed);
      await onResult(result);
      handed += 1;
      const wake = waiting;
      waiting = [];
      for (const w of wake) w();
    }
  };

  const work = async (api: Comlink.Remote<ReplicateWorkerApi>) => {
    while (next < reps.length && !finished) {
      if (next >= handed + window) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      const index = next++;
      const rep = reps[index];
      let results: ReplicateResult[];
      try {
        results = await api.runReplicates(scenario, [rep]);
      } catch (e) {
        throw new Error(`replicate ${rep} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      done.set(index, results[0]);
      delivery = delivery.then(deliver);
      delivery.catch(fail);
    }
  };

  try {
    const apis = threads.map((t) => Comlink.wrap<ReplicateWorkerApi>(nodeEndpoint(t)));
    await Promise.race([
      Promise.all(apis.map(work)).then(() => delivery),
      fatal,
    ]);
  } finally {
    finished = true;
    signal?.removeEventListener('abort', onAbort);
    for (const w of waiting) w();
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
