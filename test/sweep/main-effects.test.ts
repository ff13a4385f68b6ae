// Main effects: level means, the equal-count bins of a continuous parameter, and eta
// squared (the variance share a parameter explains alone) on grids where it is exact.
import { describe, expect, it } from 'vitest';
import { mainEffect } from '../../sim/sweep/analysis/main-effects.js';

/** A full grid of three parameters with the given levels. */
function grid(levels: number[][]): number[][] {
  const out: number[][] = [];
  for (const a of levels[0]) for (const b of levels[1]) for (const c of levels[2]) out.push([a, b, c]);
  return out;
}

describe('mainEffect', () => {
  it('gives eta squared 1 to the only parameter that matters and 0 to the others, with level means', () => {
    const points = grid([[0, 1, 2], [5, 6], [1, 2, 3, 4]]);
    const y = points.map(([a]) => a * a);
    const column = (j: number) => points.map((p) => p[j]);
    const e0 = mainEffect(column(0), y);
    expect(e0.eta2).toBeCloseTo(1, 12);
    expect(e0.levels.map((l) => [l.x, l.mean, l.n])).toEqual([
      [0, 0, 8],
      [1, 1, 8],
      [2, 4, 8],
    ]);
    expect(mainEffect(column(1), y).eta2).toBeCloseTo(0, 12);
    expect(mainEffect(column(2), y).eta2).toBeCloseTo(0, 12);
  });

  it('splits an additive output\'s variance between its parameters by their variances', () => {
    const points = grid([[0, 1, 2, 3], [0, 2], [7]]);
    const y = points.map(([a, b]) => a + b);
    // var(a) = 1.25, var(b) = 1: shares 1.25 / 2.25 and 1 / 2.25
    expect(mainEffect(points.map((p) => p[0]), y).eta2).toBeCloseTo(1.25 / 2.25, 12);
    expect(mainEffect(points.map((p) => p[1]), y).eta2).toBeCloseTo(1 / 2.25, 12);
  });

  it('cuts a continuous parameter into 10 equal-count bins, labels list values, and leaves out undefined outputs', () => {
    const x = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000 / 1000);
    const e = mainEffect(x, x.map((v) => 2 * v));
    expect(e.levels).toHaveLength(10);
    expect(e.levels.every((l) => l.n === 100)).toBe(true);
    expect(e.levels.every((l, i) => i === 0 || l.mean > e.levels[i - 1].mean)).toBe(true);
    expect(e.levels[0].xLow).toBe(0);
    expect(e.levels[9].xHigh).toBe(0.999);

    const listed = mainEffect([0, 1, 1, 2], [1, NaN, 3, 5], ['simple', 'complicated', 'complex']);
    expect(listed.levels.map((l) => [l.x, l.mean, l.n])).toEqual([
      ['simple', 1, 1],
      ['complicated', 3, 1],
      ['complex', 5, 1],
    ]);
  });
});
