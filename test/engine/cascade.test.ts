// The independent-cascade and SI special cases (MODEL.md): on tiny graphs the final
// size of a cascade from one champion has an exact distribution, found by listing
// every live-edge subgraph; the engine's frequencies over many replicates must match.
import { describe, expect, it } from 'vitest';
import { runReplicate } from '../../sim/model/replicate.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { column, groupColumn, tiny } from './support/scenario.js';
import { CHI2_999, binomialTolerance, chiSquare, Z } from './support/stats.js';

type Edge = [number, number];

/**
 * The engine as a cascade model: friction off, no external news, every tie passes
 * the news with chance beta per step, instant adoption on hearing (base 1, theta 0),
 * one champion (unit 0). Each unit is its own region, so its path can be read.
 */
function cascadeScenario(n: number, edges: Edge[], beta: number, transmission: 'once' | 'persistent', steps: number): Scenario {
  return tiny({
    n,
    edges,
    steps,
    regionOf: Array.from({ length: n }, (_, i) => `u${i}`),
    dynamics: {
      awareness: { external: 0, strong: beta, weak: beta, transmission },
      adoption: { base: 1, instant: true },
    },
    levers: [{ type: 'seed', targets: { units: [0] } }],
  });
}

/**
 * Exact final-size distribution of an independent cascade from `seed` (Kempe,
 * Kleinberg and Tardos 2003): each tie is live with probability beta, independently,
 * and the cascade reaches exactly the seed's component in the live subgraph. Sums
 * over all 2^m subgraphs; index k of the result is P(final size = k).
 */
function exactFinalSizes(n: number, edges: Edge[], seed: number, beta: number): number[] {
  const m = edges.length;
  const dist = new Array(n + 1).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    let prob = 1;
    for (let e = 0; e < m; e++) prob *= mask & (1 << e) ? beta : 1 - beta;
    const reached = new Set([seed]);
    for (let grew = true; grew; ) {
      grew = false;
      for (let e = 0; e < m; e++) {
        if (!(mask & (1 << e))) continue;
        const [u, v] = edges[e];
        if (reached.has(u) !== reached.has(v)) {
          reached.add(u);
          reached.add(v);
          grew = true;
        }
      }
    }
    dist[reached.size] += prob;
  }
  return dist;
}

/** Final sizes over R replicates, as counts by size. */
function simulatedFinalSizes(scenario: Scenario, n: number, R: number): number[] {
  const counts = new Array(n + 1).fill(0);
  for (let r = 0; r < R; r++) {
    const inUse = column(runReplicate(scenario, r), 'in_use');
    counts[inUse[inUse.length - 1]]++;
  }
  return counts;
}

/**
 * Each size's frequency within Z binomial standard errors of its exact probability,
 * and Pearson's chi-square over the sizes that can occur below the 0.1% critical
 * value (df = sizes - 1; every expected count is >= 5 here by choice of R).
 */
function expectDistribution(counts: number[], exact: number[], R: number) {
  const sizes = exact.map((P, k) => k).filter((k) => exact[k] > 0);
  for (let k = 0; k < exact.length; k++) {
    if (exact[k] === 0) expect(counts[k], `size ${k} is impossible`).toBe(0);
    else expect(Math.abs(counts[k] / R - exact[k]), `size ${k}`).toBeLessThanOrEqual(binomialTolerance(exact[k], R));
  }
  const expected = sizes.map((k) => exact[k] * R);
  expect(Math.min(...expected)).toBeGreaterThanOrEqual(5);
  const x2 = chiSquare(sizes.map((k) => counts[k]), expected);
  expect(x2).toBeLessThan(CHI2_999[sizes.length - 1]);
  return x2;
}

// Replicates: 6,000 per graph (~1 s each here); the smallest exact probability below
// is 0.04, so each expected count is >= 240 and a frequency's standard error is
// at most sqrt(0.25 / 6000) = 0.0065.
const R = 6000;
const beta = 0.5;

describe('independent cascade: final size equals live-edge enumeration', () => {
  // Triangle 0-1-2 with a tail 2-3-4; the champion is unit 0.
  const triangleTail: Edge[] = [[0, 1], [1, 2], [0, 2], [2, 3], [3, 4]];
  const cycle4: Edge[] = [[0, 1], [1, 2], [2, 3], [3, 0]];

  it('gives every tie one chance: on a path with beta = 1 the cascade reaches the end', () => {
    const path: Edge[] = [[0, 1], [1, 2], [2, 3], [3, 4]];
    const r = runReplicate(cascadeScenario(5, path, 1, 'once', 6), 0);
    expect(column(r, 'in_use')).toEqual([1, 2, 3, 4, 5, 5, 5]);
  });

  it('matches the exact distribution on a triangle with a tail (beta = 1/2)', () => {
    const exact = exactFinalSizes(5, triangleTail, 0, beta);
    // By hand: the cascade stops at 1 when both of the champion's ties are dead.
    expect(exact[1]).toBeCloseTo(0.25, 12);
    expect(exact.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const counts = simulatedFinalSizes(cascadeScenario(5, triangleTail, beta, 'once', 6), 5, R);
    expectDistribution(counts, exact, R);
  });

  it('matches the exact distribution on a 4-cycle (beta = 1/2)', () => {
    const exact = exactFinalSizes(4, cycle4, 0, beta);
    expect(exact[1]).toBeCloseTo(0.25, 12);
    const counts = simulatedFinalSizes(cascadeScenario(4, cycle4, beta, 'once', 5), 4, R);
    expectDistribution(counts, exact, R);
  });
});

describe('SI (persistent transmission)', () => {
  it('delays the far end of a 3-unit path by a sum of two geometric waits', () => {
    // Unit 1 hears at step T1 ~ Geom(b) on {0, 1, ...}; unit 2 can hear from the step
    // after, so T2 = T1 + 1 + G2 and P(T2 = m) = m (1-b)^{m-1} b^2 for m >= 1.
    // T2 is read as the row where unit 2 is first in use, minus one.
    const b = 0.4;
    const steps = 40;
    const reps = 4000;
    const scenario = cascadeScenario(3, [[0, 1], [1, 2]], b, 'persistent', steps);
    const observed: number[] = [];
    for (let r = 0; r < reps; r++) {
      const row = groupColumn(runReplicate(scenario, r), 'region', 'u2', 'in_use').indexOf(1);
      observed.push(row < 0 ? Infinity : row - 1);
    }
    const pmf = (m: number) => m * (1 - b) ** (m - 1) * b * b;
    // Bins m = 1, 2, ... while the expected count is >= 5, then one tail bin.
    const expected: number[] = [];
    const counts: number[] = [];
    let m = 1;
    let covered = 0;
    while (pmf(m) * reps >= 5 && (1 - covered - pmf(m)) * reps >= 5) {
      expected.push(pmf(m) * reps);
      counts.push(observed.filter((x) => x === m).length);
      covered += pmf(m);
      m++;
    }
    expected.push((1 - covered) * reps);
    counts.push(observed.filter((x) => x >= m).length);
    expect(observed.filter((x) => x < 1)).toEqual([]); // unit 2 never hears in step 0
    const x2 = chiSquare(counts, expected);
    expect(x2).toBeLessThan(CHI2_999[counts.length - 1]);
    // The mean, E T2 = 1 + 2 (1-b)/b, within Z standard errors (Var T2 = 2 (1-b)/b^2);
    // the horizon cuts off a share below 1e-6 of runs, counted at the horizon.
    const mean = observed.reduce((a, x) => a + Math.min(x, steps), 0) / reps;
    expect(Math.abs(mean - (1 + (2 * (1 - b)) / b))).toBeLessThanOrEqual(Z * Math.sqrt((2 * (1 - b)) / b / b / reps));
  });
});
