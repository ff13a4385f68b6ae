// A pool of browser web workers running replicates through the engine's comlink worker
// (the same module the CLI runs on worker_threads). Results stream back as they finish.
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

interface Slot {
  readonly worker: Worker;
  readonly api: Comlink.Remote<ReplicateWorkerApi>;
}

export function createReplicateWorker(index: number): Worker {
  return new Worker(new URL('../../sim/worker/replicate-worker.ts', import.meta.url), {
    type: 'module',
    name: `replicate-worker-${index}`,
  });
}

export class WorkerPool {
  private slots: Slot[] = [];

  constructor(
    readonly size: number,
    private readonly create: (index: number) => Worker = createReplicateWorker,
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
    while (this.slots.length < size) {
      const worker = this.create(this.slots.length);
      this.slots.push({ worker, api: Comlink.wrap<ReplicateWorkerApi>(worker) });
    }
    let next = 0;
    let failure: ((e: Error) => void) | undefined;
    const stopped = new Promise<never>((_, reject) => (failure = reject));
    stopped.catch(() => undefined);
    const onAbort = () => {
      this.terminate();
      failure?.(new CancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const onError = (e: ErrorEvent) => failure?.(new Error(`a replicate worker failed: ${e.message || 'could not start'}`));
    for (const slot of this.slots) slot.worker.addEventListener('error', onError);
    const work = async (slot: Slot) => {
      while (next < reps.length && !signal.aborted) {
        const rep = reps[next++];
        const [result] = await slot.api.runReplicates(scenario, [rep]);
        if (!signal.aborted) onResult(result);
      }
    };
    try {
      await Promise.race([Promise.all(this.slots.slice(0, size).map(work)), stopped]);
    } finally {
      signal.removeEventListener('abort', onAbort);
      for (const slot of this.slots) slot.worker.removeEventListener('error', onError);
    }
  }

  /** Stop every worker now; the next run starts fresh ones. */
  terminate(): void {
    for (const slot of this.slots) {
      slot.api[Comlink.releaseProxy]();
      slot.worker.terminate();
    }
    this.slots = [];
  }
}
