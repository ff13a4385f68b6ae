// Paired bootstrap intervals for a difference between two measures of the same
// replicates (strategies share common random numbers, so pairs are compared).
import { stream } from '../../../sim/random/rng.js';
import { quantile } from '../../../sim/metrics/summary.js';

export interface Interval {
  /** Mean of the paired differences a - b. */
  readonly mean: number;
  /** 2.5th and 97.5th percentiles of the bootstrap means (type 7 quantiles). */
  readonly lo: number;
  readonly hi: number;
  readonly replicates: number;
}

export const RESAMPLES = 4000;

/** 95% percentile-bootstrap interval of mean(a - b), resampling replicates with a seeded stream. */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, label: string): Interval {
  const n = a.length;
  if (n !== b.length || n === 0) throw new Error(`bootstrap: ${label}: expected two equal, non-empty samples`);
  const d = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    d[i] = a[i] - b[i];
    total += d[i];
  }
  const random = stream('pattern-bootstrap', label);
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[Math.floor(random() * n)];
    means[r] = sum / n;
  }
  means.sort();
  return { mean: total / n, lo: quantile(means, 0.025), hi: quantile(means, 0.975), replicates: n };
}
