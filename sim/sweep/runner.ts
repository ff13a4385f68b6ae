// Runs a sweep (or one shard of it) into a directory: every (point, replicate) of the
// chunks still missing goes to the worker pool; each chunk's rows are written as parts
// the moment it is whole; a whole sweep's parts are then joined into its tables.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AbortError } from '../headless/pool.js';
import type { Scenario } from '../scenario/schema.js';
import { consolidate, pointsCsv } from './consolidate.js';
import { buildManifest, fingerprint, keptTables } from './manifest.js';
import { writeParquet } from './parquet-io.js';
import { pointScenario, type SweepPlan } from './plan.js';
import { inspectDir, readyDir } from './prepare-dir.js';
import type { KeepOptions, RunRows } from './run-metrics.js';
import { inShard, type Shard } from './shard.js';
import { PARTS, writeAtomic, writeChunk, writeManifest } from './sweep-dir.js';
import { chunkTables, pointsTable, type PointResults } from './tables.js';
import { runTaskPool } from './task-pool.js';

export interface SweepRunOptions {
  readonly plan: SweepPlan;
  readonly sweepFile: string;
  readonly outDir: string;
  readonly shard: Shard | null;
  readonly workers: number;
  readonly csv: boolean;
  readonly force: boolean;
  readonly workerUrl: URL;
  readonly gitCommit: string | null;
  readonly signal?: AbortSignal;
  /** Called once the work is known: replicates to run now, and already done before. */
  readonly onStart?: (total: number, before: number) => void;
  /** Called after each replicate (point, rep) comes back, with its rows. */
  readonly onProgress?: (done: number, rows: RunRows) => void;
}

export interface SweepRunResult {
  readonly status: 'complete' | 'already complete' | 'shard complete';
  readonly chunks: number;
  readonly replicates: number;
  readonly resumed: boolean;
  /** The commit that started the sweep, when a resume runs other code. */
  readonly startedBy?: string | null;
}

/** Interrupted: the chunks written so far stay, and the same command resumes. */
export class SweepInterrupted extends AbortError {
  readonly interruptNote: string;
  constructor(outDir: string, written: number, total: number) {
    super();
    this.interruptNote = `interrupted; ${written} of ${total} chunks are in ${outDir}: run the same command again to resume`;
  }
}

/** The chunks' point ranges. */
export const chunkRange = (plan: SweepPlan, chunk: number): [number, number] => [
  chunk * plan.chunkPoints,
  Math.min(plan.points.length, (chunk + 1) * plan.chunkPoints),
];

export async function runSweep(options: SweepRunOptions): Promise<SweepRunResult> {
  const { plan, outDir, shard } = options;
  const state = inspectDir(outDir, fingerprint(plan), shard, options.force);
  const info = { sweepFile: options.sweepFile, gitCommit: options.gitCommit };
  if (state.kind === 'complete') return { status: 'already complete', chunks: 0, replicates: 0, resumed: true };
  readyDir(outDir, state);
  if (state.kind === 'fresh') {
    writeAtomic(join(outDir, 'points.parquet'), (temp) => writeParquet(temp, pointsTable(plan.parameters, plan.points)));
    writeManifest(outDir, buildManifest(plan, shard, info, false));
  }
  const manifest = state.kind === 'resume' ? state.previous : buildManifest(plan, shard, info, false);
  const done = state.kind === 'resume' ? state.done : new Set<number>();
  const otherCode = state.kind === 'resume' && manifest.gitCommit !== options.gitCommit ? { startedBy: manifest.gitCommit } : {};

  const R = plan.sweep.replicates;
  const mine = Array.from({ length: plan.chunkCount }, (_, c) => c).filter((c) => inShard(c, shard));
  const todo = mine.filter((c) => !done.has(c));
  const tasksOf = (c: number) => (chunkRange(plan, c)[1] - chunkRange(plan, c)[0]) * R;
  const before = mine.filter((c) => done.has(c)).reduce((n, c) => n + tasksOf(c), 0);
  // Task t -> (chunk, point, rep): chunks in order, points in order, replicates in order.
  const starts: number[] = [];
  let total = 0;
  for (const c of todo) {
    starts.push(total);
    total += tasksOf(c);
  }
  options.onStart?.(total, before);
  const locate = (t: number) => {
    let lo = 0;
    let hi = todo.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    const offset = t - starts[lo];
    return { slot: lo, chunk: todo[lo], point: chunkRange(plan, todo[lo])[0] + Math.floor(offset / R), rep: offset % R };
  };

  const keep: KeepOptions = plan.sweep.outputs;
  const scenarios = new Map<number, Scenario>();
  const scenarioOf = (point: number): Scenario => {
    let s = scenarios.get(point);
    if (!s) {
      const result = pointScenario(plan, point);
      if ('problems' in result) throw new Error(`point ${point}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      s = result.scenario;
      scenarios.set(point, s);
    }
    return s;
  };

  let written = mine.length - todo.length;
  let buffer: PointResults[] = [];
  let reps: RunRows[] = [];
  let finished = 0;
  try {
    await runTaskPool<RunRows>(
      total,
      (api, t) => {
        const { point, rep } = locate(t);
        const scenario = scenarioOf(point);
        if (rep === R - 1) scenarios.delete(point); // dispatched in order: the point's last replicate
        return api.run(scenario, rep, keep).catch((e: unknown) => {
          throw new Error(`point ${point}, replicate ${rep}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        });
      },
      async (t, rows) => {
        const { chunk, point, rep } = locate(t);
        reps.push(rows);
        if (rep === R - 1) {
          buffer.push({ point, values: plan.points[point], reps });
          reps = [];
        }
        if (point === chunkRange(plan, chunk)[1] - 1 && rep === R - 1) {
          const tables = chunkTables(plan.parameters, plan.strategies, buffer);
          buffer = [];
          await writeChunk(outDir, chunk, Object.fromEntries(manifest.tables.map((name) => [name, tables[name]])));
          written += 1;
        }
        finished += 1;
        options.onProgress?.(finished, rows);
      },
      {
        workerUrl: options.workerUrl,
        workers: options.workers,
        signal: options.signal,
        window: plan.chunkPoints * R + 4 * options.workers,
      },
    );
  } catch (e) {
    if (e instanceof AbortError) throw new SweepInterrupted(outDir, written, mine.length);
    throw e;
  }

  if (shard) {
    writeManifest(outDir, { ...manifest, complete: true });
    return { status: 'shard complete', chunks: todo.length, replicates: total, resumed: state.kind === 'resume', ...otherCode };
  }
  await consolidate({
    outDir,
    tables: keptTables(plan),
    chunkCount: plan.chunkCount,
    partsDir: () => outDir,
    csv: options.csv,
    exact: new Set(plan.parameters.map((p) => p.name)),
  });
  if (options.csv) await pointsCsv(outDir, new Set(plan.parameters.map((p) => p.name)));
  writeManifest(outDir, { ...manifest, complete: true });
  await rm(join(outDir, PARTS), { recursive: true, force: true });
  return { status: 'complete', chunks: todo.length, replicates: total, resumed: state.kind === 'resume', ...otherCode };
}
