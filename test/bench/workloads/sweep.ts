// Benchmark workload sweep: an LHS sweep of 1,000 points x 10 replicates of default.json's
// model on a 1,000-unit system over 260 steps, through the sweep runner (worker pool,
// Parquet parts, joined tables). Reports runs per second and the parallel efficiency
// from 1 to 2 workers (target >= 0.9), measured on the first EFFICIENCY_POINTS points.
// SPREAD_BENCH_SWEEP_POINTS=N runs a smaller sweep (quick checks); the default is the full size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSystem } from '../../../sim/model/replicate.js';
import { readParquet } from '../../../sim/sweep/parquet-io.js';
import { planSweep, pointScenario, type SweepPlan } from '../../../sim/sweep/plan.js';
import { runSweep } from '../../../sim/sweep/runner.js';
import { metrics, round, rss, scanRate, timeOnce } from '../measure.js';
import type { Workload } from '../workload.js';

const POINTS = Number(process.env.SPREAD_BENCH_SWEEP_POINTS ?? 1000);
const REPLICATES = 10;
/** Points of the 1- and 2-worker runs that give the parallel efficiency. */
const EFFICIENCY_POINTS = Math.min(POINTS, 100);
const TARGET_EFFICIENCY = 0.9;

function sweepText(base: unknown): string {
  return JSON.stringify({
    name: 'bench-sweep',
    base,
    parameters: [
      { path: 'intervention.advantage', min: 0.8, max: 1.6 },
      { path: 'dynamics.awareness.external', min: 0.0005, max: 0.01, scale: 'log' },
      { path: 'dynamics.adoption.imitation', min: 0.01, max: 0.2 },
      { path: 'dynamics.sustainment.discontinuation', min: 0.002, max: 0.03 },
    ],
    design: { kind: 'lhs', points: POINTS },
    replicates: REPLICATES,
    seed: 1,
  });
}

/** The plan cut to its first `points` points (same design, same chunking). */
function firstPoints(plan: SweepPlan, points: number): SweepPlan {
  return { ...plan, points: plan.points.slice(0, points), chunkCount: Math.ceil(points / plan.chunkPoints) };
}

/**
 * Run the plan into a temporary directory: seconds, the mean units ever adopted per run,
 * and the main thread's busy share (event loop utilisation: its work is serial overhead).
 */
async function timeSweep(plan: SweepPlan, workers: number, onRows?: (edgeVisits: number) => void): Promise<{ seconds: number; adopted: number; mainBusy: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'spread-bench-sweep-'));
  try {
    const start = performance.now();
    const loop = performance.eventLoopUtilization();
    await runSweep({
      plan,
      sweepFile: 'bench',
      outDir: join(dir, 'out'),
      shard: null,
      workers,
      csv: false,
      force: false,
      workerUrl: new URL('./sweep-worker.js', import.meta.url), // from dist/bench.js
      gitCommit: null,
      onProgress: (_done, rows) => {
        onRows?.(rows.edgeVisits);
        rss.sample();
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const mainBusy = performance.eventLoopUtilization(loop).utilization;
    const runs = await readParquet(join(dir, 'out', 'runs.parquet'), ['n', 'ever_adopted_share_at_horizon']);
    const shares = runs.data[1] as number[];
    return { seconds, mainBusy, adopted: (shares.reduce((s, v) => s + v, 0) / shares.length) * (runs.data[0][0] as number) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const sweep: Workload = {
  name: 'sweep',
  async run() {
    rss.reset();
    const raw = JSON.parse(readFileSync(new URL('../scenarios/default.json', import.meta.url) /* from dist/bench.js */, 'utf8'));
    raw.system.network.regions = [
      { name: 'North', units: 270 },
      { name: 'South', units: 270 },
      { name: 'East', units: 230 },
      { name: 'West', units: 230 },
    ];
    const { seconds: buildSeconds, result: plan } = timeOnce(() => planSweep(sweepText(raw), 'bench', () => ({ text: '', source: '' })));
    const first = pointScenario(plan, 0);
    if (!('scenario' in first)) throw new Error('bench: sweep point 0 is invalid');
    const system = buildSystem(first.scenario, 0);
    const n = system.population.n;
    const steps = first.scenario.time.steps;
    const strategies = plan.strategies.length;

    // Parallel efficiency on the first points: 1 worker, then 2.
    const slice = firstPoints(plan, EFFICIENCY_POINTS);
    const one = (await timeSweep(slice, 1)).seconds;
    const twoRun = await timeSweep(slice, 2);
    const two = twoRun.seconds;
    const efficiency = one / (2 * two);

    // The full sweep on every core.
    const workers = availableParallelism();
    let edgeVisits = 0;
    const { seconds: wall, adopted } = await timeSweep(plan, workers, (visits) => (edgeVisits += visits));
    const replicates = POINTS * REPLICATES;
    return {
      ...metrics({
        buildSeconds,
        wallSeconds: wall,
        units: n,
        steps: steps * strategies * replicates,
        edgeVisits,
        finalAdopted: Math.round(adopted),
        scanPerSecond: scanRate(system.csr),
      }),
      n,
      points: POINTS,
      replicates: REPLICATES,
      strategies,
      steps,
      workers,
      replicates_per_s: round(replicates / wall),
      strategy_runs_per_s: round((replicates * strategies) / wall),
      efficiency_points: EFFICIENCY_POINTS,
      wall_1_worker_s: round(one),
      wall_2_workers_s: round(two),
      parallel_efficiency: round(efficiency, 3),
      main_thread_busy_2_workers: round(twoRun.mainBusy, 3),
      target_efficiency: TARGET_EFFICIENCY,
      meets_target: efficiency >= TARGET_EFFICIENCY,
    };
  },
};
