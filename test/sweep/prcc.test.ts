// Partial (rank) correlation: partial correlations against the analytic values of a
// Gaussian linear model (Fisher-z tolerance), rank invariance under monotone maps, p-values
// uniform under the null (Kolmogorov-Smirnov), and Student's t against tabled quantiles.
import { describe, expect, it } from 'vitest';
import { stream, type Random } from '../../sim/random/rng.js';
import { partialCorrelations, prcc } from '../../sim/sweep/analysis/prcc.js';
import { ranks } from '../../sim/sweep/analysis/ranks.js';
import { incompleteBeta, logGamma, twoSidedP } from '../../sim/sweep/analysis/student-t.js';

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function sample(n: number, k: number, random: Random): Float64Array[] {
  return Array.from({ length: k }, () => Float64Array.from({ length: n }, () => normal(random)));
}

describe('partial correlations', () => {
  it('match b_i / sqrt(b_i^2 + sigma^2) for y = sum b_i x_i + e with independent standard normal x_i', () => {
    const n = 4000;
    const b = [1, 0.5, 0];
    const random = stream(1, 'gauss');
    const x = sample(n, 3, random);
    const y = Float64Array.from({ length: n }, (_, i) => b[0] * x[0][i] + b[1] * x[1][i] + b[2] * x[2][i] + normal(random));
    const r = partialCorrelations(x, y);
    // Fisher's z of a partial correlation given 2 others has sd 1 / sqrt(n - 3 - 2).
    const sd = 1 / Math.sqrt(n - 5);
    b.forEach((bi, i) => {
      const truth = bi / Math.sqrt(bi * bi + 1);
      expect(Math.abs(Math.atanh(r.coefficients[i]) - Math.atanh(truth)), `x${i + 1}`).toBeLessThan(4 * sd);
    });
    expect(r.pValues[0]).toBeLessThan(1e-10);
  });

  it('PRCC is unchanged by monotone maps of inputs and output, and sees a monotone nonlinear effect fully', () => {
    const n = 500;
    const random = stream(2, 'mono');
    const x = sample(n, 3, random);
    const y = Float64Array.from({ length: n }, (_, i) => Math.exp(3 * x[0][i]) + 0.05 * x[1][i] + 0.01 * normal(random));
    const base = prcc(x, y);
    const mapped = prcc([x[0].map((v) => v ** 3), x[1].map(Math.exp), x[2]], y.map((v) => Math.log(v + 100)));
    expect(mapped.coefficients).toEqual(base.coefficients);
    expect(base.coefficients[0]).toBeGreaterThan(0.99);
    // Pearson's partial correlation understates the same (monotone, convex) effect.
    expect(partialCorrelations(x, y).coefficients[0]).toBeLessThan(base.coefficients[0]);
  });

  it('gives p-values uniform on [0, 1] when the output ignores the inputs', () => {
    const trials = 400;
    const random = stream(3, 'null');
    const p = Array.from({ length: trials }, () => {
      const x = sample(30, 3, random);
      return prcc(x, Float64Array.from({ length: 30 }, () => normal(random))).pValues[0];
    }).sort((a, c) => a - c);
    let d = 0;
    p.forEach((v, i) => (d = Math.max(d, Math.abs(v - i / trials), Math.abs(v - (i + 1) / trials))));
    expect(d).toBeLessThan(1.95 / Math.sqrt(trials)); // KS critical value at alpha = 0.001
  });

  it('is undefined (NaN) for a constant input', () => {
    const x = [Float64Array.from({ length: 20 }, (_, i) => i), new Float64Array(20).fill(1)];
    expect(prcc(x, Float64Array.from({ length: 20 }, (_, i) => i * i)).coefficients.every(Number.isNaN)).toBe(true);
  });

  it('ranks ties by their average rank', () => {
    expect(Array.from(ranks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2]);
  });
});

describe("Student's t", () => {
  it.each([
    [12.7062047, 1],
    [2.22813885, 10],
    [2.04227246, 30],
    [1.95996398, 1e7],
  ])('P(|T| >= %f) = 0.05 with %d degrees of freedom', (t, df) => {
    expect(twoSidedP(t, df)).toBeCloseTo(0.05, 6);
  });

  it('has exact values where they are known', () => {
    expect(twoSidedP(0, 5)).toBe(1);
    expect(incompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
