// Benchmark workload sweep: an LHS sweep of 1,000 points x 10 replicates of default.json's
// model on a 1,000-unit system over 260 steps, through the sweep runner (worker pool,
// Parquet parts, joined tables): runs per second on every core. Parallel efficiency from
// 1 to 2 workers (target >= 0.9) is measured with the built CLI on EFFICIENCY_POINTS points:
// 1 worker pinned to 1 core (taskset) against 2 workers on 2 cores, so the 1-worker run
// cannot borrow the second core for V8's background threads; once as `node` runs by
// default, once with --single-threaded-gc (V8's GC helpers off, as docs/cluster.md advises).
// SPREAD_BENCH_SWEEP_POINTS=N runs a smaller full sweep (quick checks); the default is the full size.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
const EFFICIENCY_POINTS = 50;
const TARGET_EFFICIENCY = 0.9;

function sweepText(base: unknown, points = POINTS): string {
  return JSON.stringify({
    name: 'bench-sweep',
    base,
    parameters: [
      { path: 'intervention.advantage', min: 0.8, max: 1.6 },
      { path: 'dynamics.awareness.external', min: 0.0005, max: 0.01, scale: 'log' },
      { path: 'dynamics.adoption.imitation', min: 0.01, max: 0.2 },
      { path: 'dynamics.sustainment.discontinuation', min: 0.002, max: 0.03 },
    ],
    design: { kind: 'lhs', points },
    replicates: REPLICATES,
    seed: 1,
  });
}

/** Whether taskset (util-linux) can pin processes to cores here. */
function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Seconds `spread sweep FILE --workers W` takes, pinned to the first W cores when possible. */
function timeCli(file: string, workers: number, nodeFlags: readonly string[], pin: boolean): number {
  const dir = mkdtempSync(join(tmpdir(), 'spread-bench-sweep-cli-'));
  try {
    const cli = fileURLToPath(new URL('./cli.js', import.meta.url)); // dist/cli.js beside dist/bench.js
    const args = [...nodeFlags, cli, 'sweep', file, '--out', join(dir, 'out'), '--workers', String(workers), '--quiet'];
    const cores = Array.from({ length: workers }, (_, i) => i).join(',');
    const start = performance.now();
    const r = pin ? spawnSync('taskset', ['-c', cores, process.execPath, ...args]) : spawnSync(process.execPath, args);
    const seconds = (performance.now() - start) / 1000;
    if (r.status !== 0) throw new Error(`bench: spread sweep failed: ${r.stderr}`);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 1 worker on 1 core against 2 workers on 2 cores: T1 / (2 T2). */
function efficiency(file: string, nodeFlags: readonly string[], pin: boolean) {
  const one = timeCli(file, 1, nodeFlags, pin);
  const two = timeCli(file, 2, nodeFlags, pin);
  return { one, two, efficiency: one / (2 * two) };
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

    // Parallel efficiency with the built CLI, by default and with V8's GC helpers off.
    const dir = mkdtempSync(join(tmpdir(), 'spread-bench-sweep-file-'));
    const file = join(dir, 'efficiency.json');
    writeFileSync(file, sweepText(raw, EFFICIENCY_POINTS));
    const pin = hasTaskset() && availableParallelism() >= 2;
    let plain;
    let singleGc;
    try {
      plain = efficiency(file, [], pin);
      singleGc = efficiency(file, ['--single-threaded-gc'], pin);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // The full sweep on every core.
    const workers = availableParallelism();
    let edgeVisits = 0;
    const { seconds: wall, adopted, mainBusy } = await timeSweep(plan, workers, (visits) => (edgeVisits += visits));
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
      efficiency_pinned: pin,
      wall_1_worker_s: round(plain.one),
      wall_2_workers_s: round(plain.two),
      parallel_efficiency: round(plain.efficiency, 3),
      wall_1_worker_single_threaded_gc_s: round(singleGc.one),
      wall_2_workers_single_threaded_gc_s: round(singleGc.two),
      parallel_efficiency_single_threaded_gc: round(singleGc.efficiency, 3),
      main_thread_busy: round(mainBusy, 3),
      target_efficiency: TARGET_EFFICIENCY,
      meets_target: plain.efficiency >= TARGET_EFFICIENCY,
    };
  },
};
