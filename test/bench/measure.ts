// Timing, memory and baseline-scan helpers shared by the benchmark workloads: median of
// timed repetitions after warm-up, sampled RSS, and the plain-loop CSR scan rate.
import type { CsrRows } from '../../sim/network/csr.js';

/** Runs `fn` `warmup` times untimed, then `reps` times; the median time (s) and the last result. */
export function timeMedian<T>(fn: () => T, reps: number, warmup: number): { seconds: number; result: T; samples: number[] } {
  let result = fn();
  for (let k = 1; k < warmup; k++) result = fn();
  const samples: number[] = [];
  for (let k = 0; k < reps; k++) {
    const start = performance.now();
    result = fn();
    samples.push((performance.now() - start) / 1000);
    rss.sample();
  }
  return { seconds: median(samples), result, samples };
}

/** Seconds `fn` takes once, with its result. */
export function timeOnce<T>(fn: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = fn();
  const seconds = (performance.now() - start) / 1000;
  rss.sample();
  return { seconds, result };
}

export function median(xs: number[]): number {
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

/**
 * Entries per second of a plain loop summing the rows' neighbours and weights: the
 * memory-bound ceiling a kernel's edge visits are compared with. Repeated until each
 * timing covers >= 50 ms; the best of 7 timings, since a ceiling is what other processes
 * on the machine can only lower (so the ratio errs low, not high).
 */
export function scanRate(rows: CsrRows): number {
  const { neighbors, weights } = rows;
  const m = neighbors.length;
  const pass = () => scanPass(neighbors, weights);
  let sink = 0;
  let reps = 1;
  for (;;) {
    const start = performance.now();
    for (let r = 0; r < reps; r++) sink += pass();
    if (performance.now() - start >= 50) break;
    reps *= 2;
  }
  const rates: number[] = [];
  for (let k = 0; k < 7; k++) {
    const start = performance.now();
    for (let r = 0; r < reps; r++) sink += pass();
    rates.push((m * reps) / ((performance.now() - start) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('bench: scan sum is NaN'); // keeps the loop from being optimised away
  return Math.max(...rates);
}

/** The plain loop itself: one top-level function, so every call shares its optimised code. */
function scanPass(neighbors: Uint32Array, weights: Float32Array): number {
  let sum = 0;
  for (let e = 0; e < neighbors.length; e++) sum += neighbors[e] + weights[e];
  return sum;
}

/** The seven standard figures from a run's counts and times. */
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

export function round(x: number, digits = 4): number {
  return Number(x.toPrecision(digits));
}
