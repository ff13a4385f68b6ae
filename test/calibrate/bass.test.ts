// Classic Bass least squares: exact recovery from noiseless curves, derivatives against
// finite differences, and asymptotic intervals that cover the truth under Gaussian noise.
import { describe, expect, it } from 'vitest';
import { bassF, bassGradient, fitBass } from '../../sim/calibrate/bass.js';
import { normal } from '../../sim/random/distributions.js';
import { stream } from '../../sim/random/rng.js';

const times = Array.from({ length: 20 }, (_, i) => i + 1);

describe('bassF', () => {
  it('is the closed form: F(0) = 0, F -> 1, and q = 0 gives 1 - e^{-pt}', () => {
    expect(bassF(0.03, 0.38, 0)).toBe(0);
    expect(bassF(0.03, 0.38, 200)).toBeCloseTo(1, 12);
    expect(bassF(0.05, 0, 7)).toBeCloseTo(1 - Math.exp(-0.35), 14);
  });

  it('has the analytic gradient (central differences agree to 1e-7)', () => {
    for (const [p, q, t] of [[0.03, 0.38, 5], [0.2, 0.05, 2], [0.01, 1.2, 9]]) {
      const h = 1e-6;
      const [dp, dq] = bassGradient(p, q, t);
      expect(dp).toBeCloseTo((bassF(p + h, q, t) - bassF(p - h, q, t)) / (2 * h), 7);
      expect(dq).toBeCloseTo((bassF(p, q + h, t) - bassF(p, q - h, t)) / (2 * h), 7);
    }
  });
});

describe('fitBass', () => {
  it('recovers p and q exactly from a noiseless curve', () => {
    const y = times.map((t) => bassF(0.03, 0.38, t));
    const fit = fitBass(times, y);
    expect(fit.p).toBeCloseTo(0.03, 8);
    expect(fit.q).toBeCloseTo(0.38, 8);
    expect(fit.rmse).toBeLessThan(1e-9);
    expect(fit.peak).toBeCloseTo(Math.log(0.38 / 0.03) / 0.41, 6);
  });

  it('recovers the market potential too, and skips unobserved points', () => {
    const y = times.map((t, i) => (i % 4 === 3 ? Number.NaN : 0.7 * bassF(0.08, 0.25, t)));
    const fit = fitBass(times, y, true);
    expect([fit.p, fit.q, fit.m].map((x) => Number(x.toPrecision(8)))).toEqual([0.08, 0.25, 0.7]);
    expect(fit.points).toBe(15);
  });

  it('covers the truth with its 90% interval under independent Gaussian noise (in about 90% of datasets)', () => {
    const z = 1.6448536269514722;
    let covered = 0;
    const datasets = 200;
    for (let k = 0; k < datasets; k++) {
      const random = stream('bass-noise', k);
      const y = times.map((t) => bassF(0.03, 0.38, t) + 0.01 * normal(random));
      const fit = fitBass(times, y);
      if (Math.abs(fit.p - 0.03) <= z * fit.se.p && Math.abs(fit.q - 0.38) <= z * fit.se.q) covered++;
    }
    // Both intervals together: about 0.9^2 = 0.81 if independent, up to 0.9 if fully dependent.
    // Binomial sd with 200 datasets is about 0.028; allow 3 sd either side.
    expect(covered / datasets).toBeGreaterThan(0.81 - 3 * 0.028);
    expect(covered / datasets).toBeLessThan(0.9 + 3 * 0.021);
  });

  it('needs more points than parameters', () => {
    expect(() => fitBass([1, 2], [0.1, 0.2])).toThrow(/at least 3 are needed/);
  });
});
