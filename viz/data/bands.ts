// Median and 90% band across replicates, step by step, of one quantity of a strategy:
// plain arrays for the charts (Hyndman-Fan type 7 quantiles, as in the summaries).
import { quantile } from '../../sim/metrics/summary.js';

export interface Band {
  /** Time of each step (step * dt). */
  readonly t: number[];
  readonly median: number[];
  /** 5th percentile. */
  readonly lo: number[];
  /** 95th percentile. */
  readonly hi: number[];
  /** Replicates with a defined value at each step. */
  readonly count: number[];
}

/** Reads one replicate's value at a step; NaN where undefined. */
export type StepValue = (step: number) => number;

/**
 * Quantiles over `reps` (one reader per replicate) at steps 0..steps. Undefined values
 * are left out; a step where no replicate is defined gets NaN.
 */
export function band(reps: readonly StepValue[], steps: number, dt: number): Band {
  const t: number[] = [];
  const median: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const count: number[] = [];
  const buffer = new Float64Array(reps.length);
  for (let step = 0; step <= steps; step++) {
    let m = 0;
    for (const read of reps) {
      const v = read(step);
      if (Number.isFinite(v)) buffer[m++] = v;
    }
    const sorted = buffer.subarray(0, m).sort();
    t.push(step * dt);
    count.push(m);
    median.push(m > 0 ? quantile(sorted, 0.5) : NaN);
    lo.push(m > 0 ? quantile(sorted, 0.05) : NaN);
    hi.push(m > 0 ? quantile(sorted, 0.95) : NaN);
  }
  return { t, median, lo, hi, count };
}
