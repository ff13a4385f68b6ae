// A pool of browser web workers running replicates through the engine's comlink worker
// (the same module the CLI runs on worker_threads). Results stream back as they finish.
// The pool can be warmed before its first run, so V8 compiles the engine ahead of time.
import * as Comlink from 'comlink';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import type { ReplicateWorkerApi } from '../../sim/worker/api.js';

/** Rejection of a run that was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * What the pool needs of a worker (a web Worker has it; see browser.ts): a comlink
 * endpoint that can be stopped and fires `error` when it cannot start or throws outside
 * a call. No DOM types here, so the pool is tested in Node with fake workers.
 */
export interface PoolWorker extends Comlink.Endpoint {
  terminate(): void;
}

interface Slot {
  readonly worker: PoolWorker;
  readonly api: Comlink.Remote<ReplicateWorkerApi>;
}

/**
 * How a warm-up ended: `done` when every worker ran its replicates; `failed` when one threw
 * or died; `stopped` when terminate() came first; `skipped` when the pool already had
 * workers (a run came first).
 */
export type WarmOutcome = 'done' | 'failed' | 'stopped' | 'skipped';

/** Part of a warm-up: every worker runs replicates 0..replicates-1 of `scenario`. */
export interface WarmStage {
  readonly scenario: Scenario;
  readonly replicates: number;
}

export class WorkerPool {
  private slots: Slot[] = [];
  /** Runs started so far: a warm-up posts no more replicates once one has started. */
  private runsStarted = 0;
  /** Ends each warm-up still waiting for its worker (terminate() calls them). */
  private readonly warming = new Set<() => void>();

  constructor(
    readonly size: number,
    private readonly create: (index: number) => PoolWorker,
  ) {}

  /**
   * Run replicates `reps` of a validated scenario; `onResult` gets each as it finishes
   * (in any order). Aborting `signal` terminates the workers at once and rejects, so a
   * new run may start right after (one run at a time: cancel before starting another).
   */
  async run(
    scenario: Scenario,
    reps: readonly number[],
    onResult: (result: ReplicateResult) => void,
    signal: AbortSignal,
  ): Promise<void> {
    if (signal.aborted) throw new CancelledError();
    const size = Math.max(1, Math.min(this.size, reps.length));
    this.spawn(size);
    this.runsStarted++;
    let next = 0;
    let failure: ((e: Error) => void) | undefined;
    const stopped = new Promise<never>((_, reject) => (failure = reject));
    stopped.catch(() => undefined);
    const onAbort = () => {
      this.terminate();
      failure?.(new CancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const onError = (e: Event) => {
      const message = (e as Event & { message?: string }).message;
      failure?.(new Error(`a replicate worker failed: ${message || 'could not start'}`));
    };
    for (const slot of this.slots) slot.worker.addEventListener('error', onError);
    // Each worker is kept one replicate ahead: a second request waits in its queue, so
    // it never idles while the page handles a result or redraws. Near the end only the
    // first lane takes work, so the last replicates spread over all workers.
    const work = async (slot: Slot, lane: number) => {
      while (next < reps.length && !signal.aborted) {
        if (lane > 0 && reps.length - next <= size) return;
        const rep = reps[next++];
        const [result] = await slot.api.runReplicates(scenario, [rep]);
        if (!signal.aborted) onResult(result);
      }
    };
    const lanes = this.slots.slice(0, size).flatMap((slot) => [work(slot, 0), work(slot, 1)]);
    try {
      await Promise.race([Promise.all(lanes), stopped]);
    } catch (e) {
      // A failed run stops every worker: the others would go on through the replicates
      // left, for a run already reported failed. The next run starts fresh workers.
      this.terminate();
      throw e;
    } finally {
      signal.removeEventListener('abort', onAbort);
      for (const slot of this.slots) slot.worker.removeEventListener('error', onError);
    }
  }

  /**
   * Start all the pool's workers now and have each run the stages in order (validated
   * scenarios, kept small), one replicate per call, discarding the results: a fresh
   * worker's first replicates run several times slower while V8 compiles the engine
   * (warm-up.ts says what a warm-up runs, and what it saves). Never rejects, and logs
   * nothing; a worker that dies is dropped, so the next run starts a fresh one. A run
   * started meanwhile posts its replicates at once (each worker serves them after its
   * current warm-up replicate) and never waits for a warm-up's answer; the warm-up then
   * ends ('done') with no further replicates. terminate() stops the warm-up too.
   */
  async warm(stages: readonly WarmStage[]): Promise<WarmOutcome> {
    if (this.slots.length > 0) return 'skipped';
    try {
      this.spawn(this.size);
    } catch {
      return 'failed';
    }
    const calls = stages.flatMap(({ scenario, replicates }) => Array.from({ length: replicates }, (_, rep) => ({ scenario, rep })));
    const outcomes = await Promise.all(this.slots.map((slot) => this.warmSlot(slot, calls)));
    if (outcomes.every((o) => o === 'done')) return 'done';
    return outcomes.includes('failed') ? 'failed' : 'stopped';
  }

  /** Stop every worker now; the next run starts fresh ones. */
  terminate(): void {
    for (const slot of this.slots) release(slot);
    this.slots = [];
    for (const stop of [...this.warming]) stop();
  }

  /** Creates workers until the pool holds `count`. */
  private spawn(count: number): void {
    while (this.slots.length < count) {
      const worker = this.create(this.slots.length);
      this.slots.push({ worker, api: Comlink.wrap<ReplicateWorkerApi>(worker) });
    }
  }

  private warmSlot(slot: Slot, calls: readonly { scenario: Scenario; rep: number }[]): Promise<WarmOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      const runsBefore = this.runsStarted;
      const settle = (outcome: WarmOutcome) => {
        if (settled) return;
        settled = true;
        slot.worker.removeEventListener('error', onError);
        this.warming.delete(stop);
        resolve(outcome);
      };
      const stop = () => settle('stopped');
      // A worker that could not start, or threw outside a call, is not trusted with a run.
      const onError = (e: Event) => {
        e.preventDefault();
        this.slots = this.slots.filter((s) => s !== slot);
        release(slot);
        settle('failed');
      };
      slot.worker.addEventListener('error', onError);
      this.warming.add(stop);
      const next = (k: number) => {
        if (settled) return;
        if (k >= calls.length || this.runsStarted !== runsBefore) {
          settle('done');
          return;
        }
        slot.api.runReplicates(calls[k].scenario, [calls[k].rep]).then(
          () => next(k + 1),
          () => settle('failed'),
        );
      };
      next(0);
    });
  }
}

function release(slot: Slot): void {
  slot.api[Comlink.releaseProxy]();
  slot.worker.terminate();
}
