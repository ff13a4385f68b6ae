// Sobol' indices from the Saltelli design against functions whose indices are known:
// the Ishigami function and a linear additive model. Tolerances are derived from the
// estimator's own bootstrap standard error (4 SE: a false failure has odds ~1e-4).
import { describe, expect, it } from 'vitest';
import { stream } from '../../sim/random/rng.js';
import { sobolEstimate, sobolIndices } from '../../sim/sweep/analysis/sobol-indices.js';
import { saltelliUnits } from '../../sim/sweep/designs/saltelli.js';

/** Evaluate f on the Saltelli design's points (unit coordinates mapped by `scale`). */
function evaluate(k: number, base: number, seed: number, f: (x: number[]) => number, scale: (u: number) => number): Float64Array {
  const u = saltelliUnits(k, base, seed, true);
  const points = u.length / k;
  return Float64Array.from({ length: points }, (_, p) => f(Array.from(u.subarray(p * k, (p + 1) * k), scale)));
}

describe('Sobol indices', () => {
  it('recover the Ishigami function\'s analytic first-order and total indices', () => {
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const pi8 = Math.PI ** 8;
    const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi8) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = (a * a) / 8;
    const V13 = (8 * b * b * pi8) / 225;
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    expect(first[0]).toBeCloseTo(0.3139, 4); // the published values
    expect(total[2]).toBeCloseTo(0.2437, 4);

    const ishigami = ([x1, x2, x3]: number[]) => Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
    const y = evaluate(3, 2 ** 13, 42, ishigami, (u) => -Math.PI + 2 * Math.PI * u);
    const est = sobolEstimate(y, 3, 400, 0.999, stream(42, 'bootstrap'));
    expect(est.n).toBe(2 ** 13);
    for (let i = 0; i < 3; i++) {
      // The bootstrap SE is small enough that the test can tell good from bad...
      expect(est.firstSe[i]).toBeLessThan(0.03);
      expect(est.totalSe[i]).toBeLessThan(0.03);
      // ...and the estimates lie within 4 SE of the truth, inside their 99.9% intervals.
      expect(Math.abs(est.first[i] - first[i]), `S${i + 1}`).toBeLessThan(4 * est.firstSe[i]);
      expect(Math.abs(est.total[i] - total[i]), `ST${i + 1}`).toBeLessThan(4 * est.totalSe[i]);
      expect(est.firstLow[i]).toBeLessThanOrEqual(first[i]);
      expect(est.firstHigh[i]).toBeGreaterThanOrEqual(first[i]);
      expect(est.totalLow[i]).toBeLessThanOrEqual(total[i]);
      expect(est.totalHigh[i]).toBeGreaterThanOrEqual(total[i]);
    }
  });

  it('give S_i = ST_i = c_i^2 / sum c^2 for a linear additive model', () => {
    const c = [4, 2, 1, 0];
    const sum = c.reduce((s, x) => s + x * x, 0);
    const y = evaluate(4, 2 ** 11, 7, (x) => x.reduce((s, xi, i) => s + c[i] * xi, 0), (u) => u);
    const est = sobolEstimate(y, 4, 300, 0.95, stream(7, 'bootstrap'));
    c.forEach((ci, i) => {
      const truth = (ci * ci) / sum;
      expect(Math.abs(est.first[i] - truth), `S${i + 1}`).toBeLessThan(4 * est.firstSe[i] + 1e-9);
      expect(Math.abs(est.total[i] - truth), `ST${i + 1}`).toBeLessThan(4 * est.totalSe[i] + 1e-9);
    });
    // A parameter with no effect has a total index of exactly 0: f(A) = f(AB_i) in every row.
    expect(est.total[3]).toBe(0);
  });

  it('are reproducible with the same bootstrap seed, and NaN when the output does not vary', () => {
    const y = evaluate(2, 64, 1, ([x1, x2]) => x1 + x2 * x2, (u) => u);
    const a = sobolEstimate(y, 2, 50, 0.9, stream(3, 'b'));
    const b = sobolEstimate(y, 2, 50, 0.9, stream(3, 'b'));
    expect(a).toEqual(b);
    const flat = sobolIndices(new Float64Array(64 * 4).fill(2), 2);
    expect(flat.first.every(Number.isNaN)).toBe(true);
  });
});
