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

/**
 * Quantiles over `reps` replicates at steps 0..steps of `values`, laid out step by step:
 * replicate r's value at a step is values[step * reps + r], NaN where undefined.
 * Undefined values are left out; a step where no replicate is defined gets NaN. Plain
 * loops over one typed array: the page computes ~40 bands over 100 replicates in the
 * middle of a run, often before V8 has compiled this code.
 */
export function band(values: Float64Array, reps: number, steps: number, dt: number): Band {
  const t: number[] = [];
  const median: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const count: number[] = [];
  const buffer = new Float64Array(reps);
  for (let step = 0; step <= steps; step++) {
    let m = 0;
    const base = step * reps;
    for (let r = 0; r < reps; r++) {
      const v = values[base + r];
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
