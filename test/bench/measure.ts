// Timing, memory and baseline-scan helpers shared by the benchmark workloads: timed
// repetitions after warm-up, each paired with a plain-loop CSR scan, and sampled RSS.
import type { CsrRows } from '../../sim/network/csr.js';

/** Kernel seconds per repetition, each followed by the plain-loop scan rate measured right after. */
export interface PairedTimes<T> {
  readonly result: T;
  readonly seconds: number[];
  readonly scanPerSecond: number[];
}

/**
 * Runs `fn` `warmup` times untimed, then `reps` times; after each timed run, times the
 * plain loop over `rows`. Pairing puts both under the same load from other processes,
 * so their ratio stays steady on a shared machine.
 */
export function timePaired<T>(fn: () => T, rows: CsrRows, reps: number, warmup: number): PairedTimes<T> {
  let result = fn();
  for (let k = 1; k < warmup; k++) result = fn();
  scanRate(rows); // warm the loop too
  const seconds: number[] = [];
  const scanPerSecond: number[] = [];
  for (let k = 0; k < reps; k++) {
    const start = performance.now();
    result = fn();
    seconds.push((performance.now() - start) / 1000);
    rss.sample();
    scanPerSecond.push(scanRate(rows));
  }
  return { result, seconds, scanPerSecond };
}

/** Seconds `fn` takes once, with its result. */
export function timeOnce<T>(fn: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = fn();
  const seconds = (performance.now() - start) / 1000;
  rss.sample();
  return { seconds, result };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Peak resident set size over the samples taken since the last reset (MB). */
export const rss = {
  peak: 0,
  reset(): void {
    (globalThis as { gc?: () => void }).gc?.(); // with node --expose-gc: start each workload clean
    this.peak = 0;
    this.sample();
  },
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss() / 2 ** 20);
  },
};

/** Minimum span of one scan timing: enough passes to be steady at timer resolution. */
const SCAN_MS = 50;

/**
 * Entries per second of a plain loop summing the rows' neighbours and weights, timed over
 * as many whole passes as fill SCAN_MS: the memory-bound rate a kernel's edge visits are
 * compared with.
 */
export function scanRate(rows: CsrRows): number {
  const { neighbors, weights } = rows;
  let sink = 0;
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SCAN_MS) {
    sink += scanPass(neighbors, weights);
    passes++;
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) throw new Error('bench: scan sum is NaN'); // keeps the loop from being optimised away
  return (neighbors.length * passes) / (elapsed / 1000);
}

/** The plain loop itself: one top-level function, so every call shares its optimised code. */
function scanPass(neighbors: Uint32Array, weights: Float32Array): number {
  let sum = 0;
  for (let e = 0; e < neighbors.length; e++) sum += neighbors[e] + weights[e];
  return sum;
}

/** The seven standard figures from one run's counts and times (system_10k uses this form). */
export function metrics(args: {
  buildSeconds: number;
  wallSeconds: number;
  units: number;
  steps: number;
  edgeVisits: number;
  finalAdopted: number;
  scanPerSecond: number;
}) {
  const edgeRate = args.edgeVisits / args.wallSeconds;
  return {
    build_s: round(args.buildSeconds),
    wall_s: round(args.wallSeconds),
    unit_steps_per_s: Math.round((args.units * args.steps) / args.wallSeconds),
    edge_visits_per_s: Math.round(edgeRate),
    peak_rss_mb: Math.round(rss.peak),
    final_adopted: args.finalAdopted,
    scan_ratio: round(edgeRate / args.scanPerSecond, 3),
  };
}

/**
 * The seven standard figures from paired repetitions: wall_s is the median repetition,
 * scan_ratio the median over repetitions of (edge visits per second) / (the scan rate
 * measured right after it).
 */
export function pairedMetrics<T>(
  times: PairedTimes<T>,
  args: { buildSeconds: number; units: number; steps: number; edgeVisits: number; finalAdopted: number },
) {
  const wall = median(times.seconds);
  const ratios = times.seconds.map((s, k) => args.edgeVisits / s / times.scanPerSecond[k]);
  return {
    ...metrics({ ...args, wallSeconds: wall, scanPerSecond: median(times.scanPerSecond) }),
    scan_ratio: round(median(ratios), 3),
    scan_rate_per_s: Math.round(median(times.scanPerSecond)),
    reps: times.seconds.length,
  };
}

export function round(x: number, digits = 4): number {
  return Number(x.toPrecision(digits));
}
