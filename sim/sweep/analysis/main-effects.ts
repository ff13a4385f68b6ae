// Main effects: the output's mean (and 5-95% spread over the other parameters) at each
// level of one parameter, or in equal-count bins of a continuous one; and the share of
// the output's variance those level means explain (correlation ratio, eta squared).
import { quantile } from '../../metrics/summary.js';

export interface EffectLevel {
  /** The level's value (a list value's label), or the mean of the bin. */
  readonly x: number | string;
  /** Bins: the range of parameter values; levels: x itself. */
  readonly xLow: number | string;
  readonly xHigh: number | string;
  readonly mean: number;
  readonly p5: number;
  readonly p95: number;
  readonly n: number;
}

export interface MainEffect {
  readonly levels: EffectLevel[];
  /** Between-level variance over total variance, in [0, 1]. */
  readonly eta2: number;
}

/** Continuous parameters are cut into this many bins of (about) equal counts. */
export const BINS = 10;
/** Parameters with at most this many distinct values are taken level by level. */
export const MAX_LEVELS = 20;

function summarise(ys: number[]): { mean: number; p5: number; p95: number } {
  const s = [...ys].sort((a, b) => a - b);
  return { mean: ys.reduce((t, v) => t + v, 0) / ys.length, p5: quantile(s, 0.05), p95: quantile(s, 0.95) };
}

/**
 * Main effect of one parameter. `x` holds the parameter's numbers (list values by
 * position, with `labels`), `y` the output per point; points with undefined y are left out.
 */
export function mainEffect(x: ArrayLike<number>, y: ArrayLike<number>, labels?: readonly string[]): MainEffect {
  const idx = Array.from({ length: y.length }, (_, i) => i).filter((i) => Number.isFinite(y[i]) && Number.isFinite(x[i]));
  if (idx.length === 0) return { levels: [], eta2: NaN };
  const distinct = [...new Set(idx.map((i) => x[i]))].sort((a, b) => a - b);
  const groups: number[][] = [];
  if (labels || distinct.length <= MAX_LEVELS) {
    const at = new Map(distinct.map((v, g) => [v, g]));
    for (let g = 0; g < distinct.length; g++) groups.push([]);
    for (const i of idx) groups[at.get(x[i])!].push(i);
  } else {
    const sorted = [...idx].sort((a, b) => x[a] - x[b]);
    for (let b = 0; b < BINS; b++) {
      groups.push(sorted.slice(Math.floor((b * sorted.length) / BINS), Math.floor(((b + 1) * sorted.length) / BINS)));
    }
  }
  const grand = idx.reduce((s, i) => s + y[i], 0) / idx.length;
  let total = 0;
  for (const i of idx) total += (y[i] - grand) ** 2;
  let between = 0;
  const levels: EffectLevel[] = [];
  const binned = !(labels || distinct.length <= MAX_LEVELS);
  for (const g of groups) {
    if (g.length === 0) continue;
    const stats = summarise(g.map((i) => y[i]));
    between += g.length * (stats.mean - grand) ** 2;
    const xs = g.map((i) => x[i]);
    const label = (v: number) => (labels ? labels[v] ?? String(v) : v);
    levels.push({
      x: binned ? xs.reduce((s, v) => s + v, 0) / xs.length : label(xs[0]),
      xLow: binned ? Math.min(...xs) : label(xs[0]),
      xHigh: binned ? Math.max(...xs) : label(xs[0]),
      ...stats,
      n: g.length,
    });
  }
  return { levels, eta2: total > 0 ? between / total : NaN };
}
