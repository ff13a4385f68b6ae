// Summaries of a weighted sample (an ABC population): quantiles, mean, covariance and
// the effective sample size.

/** Weighted quantile: the smallest x whose cumulative weight reaches p (weights sum to 1). */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (const i of order) total += weights[i];
  let cum = 0;
  for (const i of order) {
    cum += weights[i];
    if (cum >= p * total - 1e-12 * total) return values[i];
  }
  return values[order[order.length - 1]];
}

export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let s = 0;
  let w = 0;
  for (let i = 0; i < values.length; i++) {
    s += weights[i] * values[i];
    w += weights[i];
  }
  return s / w;
}

/** Weighted covariance (d x d, row-major) of points z[i] (each of length d). */
export function weightedCovariance(z: readonly Float64Array[], weights: ArrayLike<number>): Float64Array {
  const d = z[0].length;
  const mean = new Float64Array(d);
  let total = 0;
  for (let i = 0; i < z.length; i++) {
    total += weights[i];
    for (let a = 0; a < d; a++) mean[a] += weights[i] * z[i][a];
  }
  for (let a = 0; a < d; a++) mean[a] /= total;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < z.length; i++) {
    const w = weights[i] / total;
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a * d + b] += w * (z[i][a] - mean[a]) * (z[i][b] - mean[b]);
  }
  return cov;
}

/** Kish's effective sample size, (sum w)^2 / sum w^2. */
export function effectiveSampleSize(weights: ArrayLike<number>): number {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i];
    s2 += weights[i] * weights[i];
  }
  return (s * s) / s2;
}

/** Type 7 (linear interpolation) quantile of an unweighted sample. */
export function quantile7(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
