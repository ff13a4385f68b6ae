// Sobol' first-order and total indices from a Saltelli design (Saltelli et al. 2010,
// Comput. Phys. Commun. 181:259, estimators (b) and (f): Saltelli 2010 and Jansen 1999),
// with percentile bootstrap intervals over the base rows.
import { quantile } from '../../metrics/summary.js';
import type { Random } from '../../random/rng.js';

export interface SobolIndices {
  /** First-order index S_i of each input. */
  readonly first: number[];
  /** Total index ST_i of each input. */
  readonly total: number[];
}

export interface SobolEstimate extends SobolIndices {
  readonly firstLow: number[];
  readonly firstHigh: number[];
  readonly totalLow: number[];
  readonly totalHigh: number[];
  /** Bootstrap standard deviations. */
  readonly firstSe: number[];
  readonly totalSe: number[];
  /** Base rows used. */
  readonly n: number;
}

/**
 * Outputs of a Saltelli design in its point order: per base row j, y(A_j),
 * y(AB_j^1)..y(AB_j^k), y(B_j). `rows` picks base rows (a bootstrap resample).
 */
export function sobolIndices(y: ArrayLike<number>, k: number, rows?: ArrayLike<number>): SobolIndices {
  const per = k + 2;
  const n = rows ? rows.length : y.length / per;
  const row = (j: number) => (rows ? rows[j] : j);
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) {
    const base = row(j) * per;
    for (const v of [y[base], y[base + per - 1]]) {
      sum += v;
      sumSq += v * v;
    }
  }
  const mean = sum / (2 * n);
  const variance = sumSq / (2 * n) - mean * mean;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let s1 = 0;
    let st = 0;
    for (let j = 0; j < n; j++) {
      const base = row(j) * per;
      const a = y[base];
      const b = y[base + per - 1];
      const ab = y[base + 1 + i];
      s1 += b * (ab - a);
      st += (a - ab) * (a - ab);
    }
    first.push(variance > 0 ? s1 / n / variance : NaN);
    total.push(variance > 0 ? st / (2 * n) / variance : NaN);
  }
  return { first, total };
}

function sd(xs: readonly number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) * (x - m), 0) / Math.max(1, xs.length - 1));
}

/** Indices with `resamples` bootstrap resamples of the base rows and `confidence` intervals. */
export function sobolEstimate(y: ArrayLike<number>, k: number, resamples: number, confidence: number, random: Random): SobolEstimate {
  const per = k + 2;
  const n = y.length / per;
  const point = sobolIndices(y, k);
  const firsts: number[][] = Array.from({ length: k }, () => []);
  const totals: number[][] = Array.from({ length: k }, () => []);
  const rows = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(random() * n);
    const s = sobolIndices(y, k, rows);
    for (let i = 0; i < k; i++) {
      firsts[i].push(s.first[i]);
      totals[i].push(s.total[i]);
    }
  }
  const lo = (1 - confidence) / 2;
  const band = (xs: number[], p: number) => {
    const finite = xs.filter(Number.isFinite).sort((a, c) => a - c);
    return finite.length > 0 ? quantile(finite, p) : NaN;
  };
  return {
    ...point,
    firstLow: firsts.map((xs) => band(xs, lo)),
    firstHigh: firsts.map((xs) => band(xs, 1 - lo)),
    totalLow: totals.map((xs) => band(xs, lo)),
    totalHigh: totals.map((xs) => band(xs, 1 - lo)),
    firstSe: firsts.map((xs) => (resamples > 1 ? sd(xs.filter(Number.isFinite)) : NaN)),
    totalSe: totals.map((xs) => (resamples > 1 ? sd(xs.filter(Number.isFinite)) : NaN)),
    n,
  };
}
