// Starts, streams and cancels one run at a time: replicates go to the worker pool,
// results into a ResultStore, and listeners hear of progress at most every `interval` ms.
import { COLUMN, COLUMN_COUNT } from '../../sim/metrics/columns.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { ResultStore } from '../data/result-store.js';
import { CancelledError, type WorkerPool } from './worker-pool.js';

export type RunState = 'running' | 'done' | 'cancelled' | 'failed';

export interface RunProgress {
  readonly state: RunState;
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  readonly error?: string;
}

export interface RunListener {
  /** Called at the start, throttled while running, and once at the end. */
  update(store: ResultStore, progress: RunProgress, scenario: Scenario): void;
}

/** Name of the performance measure each finished run records (read by the benchmark). */
export const RUN_MEASURE = 'spread-run';

/** What the run's performance measure carries: its size and the engine's work. */
export interface RunDetail {
  readonly n: number;
  readonly steps: number;
  readonly strategies: number;
  readonly replicates: number;
  /** Network entries the engine read, summed over strategies and replicates. */
  readonly edgeVisits: number;
  /** Mean over strategies and replicates of the units ever adopted at the horizon. */
  readonly finalAdopted: number;
}

function runDetail(store: ResultStore, scenario: Scenario): RunDetail {
  const results = store.results();
  let edgeVisits = 0;
  let adopted = 0;
  let runs = 0;
  for (const r of results) {
    for (const s of r.strategies) {
      edgeVisits += s.edgeVisits;
      adopted += s.series[r.steps * COLUMN_COUNT + COLUMN.ever_adopted];
      runs++;
    }
  }
  return {
    n: results[0]?.n ?? 0,
    steps: scenario.time.steps,
    strategies: scenario.strategies.length,
    replicates: results.length,
    edgeVisits,
    finalAdopted: runs > 0 ? adopted / runs : 0,
  };
}

export class RunController {
  private abort: AbortController | undefined;

  constructor(
    private readonly pool: WorkerPool,
    private readonly listener: RunListener,
    private readonly interval = 800,
  ) {}

  get running(): boolean {
    return this.abort !== undefined;
  }

  async start(scenario: Scenario): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    const store = new ResultStore({
      strategies: scenario.strategies.map((s) => s.name),
      replicates: scenario.replicates,
      sustainAfter: scenario.outputs.sustainAfter,
    });
    const started = performance.now();
    const progress = (state: RunState, error?: string): RunProgress => ({
      state,
      done: store.count,
      total: scenario.replicates,
      elapsedMs: performance.now() - started,
      error,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (this.abort === abort) this.listener.update(store, progress('running'), scenario);
    };
    this.listener.update(store, progress('running'), scenario);
    performance.mark(`${RUN_MEASURE}-start`);
    const reps = Array.from({ length: scenario.replicates }, (_, i) => i);
    try {
      await this.pool.run(
        scenario,
        reps,
        (result) => {
          store.add(result);
          timer ??= setTimeout(flush, this.interval);
        },
        abort.signal,
      );
      performance.measure(RUN_MEASURE, { start: `${RUN_MEASURE}-start`, detail: runDetail(store, scenario) });
      if (this.finish(abort, timer)) this.listener.update(store, progress('done'), scenario);
    } catch (e) {
      // A run replaced by a newer one says nothing more.
      if (!this.finish(abort, timer)) return;
      if (e instanceof CancelledError) this.listener.update(store, progress('cancelled'), scenario);
      else this.listener.update(store, progress('failed', e instanceof Error ? e.message : String(e)), scenario);
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** Ends a run's bookkeeping; true when it is still the current run. */
  private finish(abort: AbortController, timer: ReturnType<typeof setTimeout> | undefined): boolean {
    if (timer !== undefined) clearTimeout(timer);
    if (this.abort !== abort) return false;
    this.abort = undefined;
    return true;
  }
}
