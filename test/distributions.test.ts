// Tests for the attribute samplers: moments within four standard errors, Kolmogorov–Smirnov
// against exact CDFs, clipping, and that draws come only from the stream given.
import { describe, expect, it } from 'vitest';
import { beta, distributionMean, gamma, normal, sampler } from '../sim/random/distributions.js';
import { stream, type Random } from '../sim/random/rng.js';
import type { Distribution } from '../sim/scenario/distribution-schema.js';

const N = 20_000;
const draws = (f: (r: Random) => number, seed: string) => {
  const random = stream(1, 'distributions', seed);
  return Float64Array.from({ length: N }, () => f(random));
};
const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: Float64Array) => {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) * (b - m), 0) / (xs.length - 1);
};
/** |sample mean - mu| within four standard errors. */
const expectMean = (xs: Float64Array, mu: number, sigma2: number) =>
  expect(Math.abs(mean(xs) - mu)).toBeLessThan(4 * Math.sqrt(sigma2 / xs.length));

/** Kolmogorov–Smirnov distance between the sample and a CDF. */
function ks(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  let d = 0;
  sorted.forEach((x, k) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - k / sorted.length), Math.abs((k + 1) / sorted.length - f));
  });
  return d;
}
/** KS critical distance at significance 0.001. */
const KS_CRIT = 1.95 / Math.sqrt(N);

/** Abramowitz–Stegun 7.1.26, |error| < 1.5e-7: plenty against KS_CRIT ~ 0.014. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x < 0 ? -y : y;
}
const phi = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));

describe('normal', () => {
  it('is standard normal (KS, mean, variance)', () => {
    const xs = draws(normal, 'normal');
    expect(ks(xs, phi)).toBeLessThan(KS_CRIT);
    expectMean(xs, 0, 1);
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
  });

  it('uses exactly two draws of the stream and nothing else', () => {
    let calls = 0;
    const random = stream(5);
    const counted = () => (calls++, random());
    normal(counted);
    expect(calls).toBe(2);
    expect(normal(stream(5))).toBe(normal(stream(5)));
  });
});

describe('sampler', () => {
  it('returns constants as given', () => {
    const r = stream(1);
    expect(sampler(0.7, 0, 1)(r)).toBe(0.7);
    expect(sampler({ dist: 'constant', value: 3 }, 0, 1)(r)).toBe(3);
  });

  it('draws uniform on [min, max]', () => {
    const xs = draws(sampler({ dist: 'uniform', min: 2, max: 5 }, 0, 1), 'uniform');
    expect(xs.every((x) => x >= 2 && x <= 5)).toBe(true);
    expectMean(xs, 3.5, 9 / 12);
    expect(ks(xs, (x) => (x - 2) / 3)).toBeLessThan(KS_CRIT);
  });

  it('clips normal draws to the attribute range, or to its own min and max', () => {
    const dist: Distribution = { dist: 'normal', mean: 0.5, sd: 1 };
    const xs = draws(sampler(dist, 0, 1), 'clip');
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    const atZero = xs.filter((x) => x === 0).length / N;
    const p = phi(-0.5); // P(X < 0)
    expect(Math.abs(atZero - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
    const own = draws(sampler({ ...dist, min: 0.4, max: 0.6 }, 0, 1), 'clip-own');
    expect(own.every((x) => x >= 0.4 && x <= 0.6)).toBe(true);
    expect(own.some((x) => x === 0.4) && own.some((x) => x === 0.6)).toBe(true);
  });

  it.each([
    [2, 5],
    [0.3, 2],
    [0.5, 0.5],
    [0.05, 0.05],
  ])('draws beta(%s, %s) with the right mean and variance', (a, b) => {
    const xs = draws(sampler({ dist: 'beta', alpha: a, beta: b }, 0, 1), `beta-${a}-${b}`);
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    const mu = a / (a + b);
    const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expectMean(xs, mu, v);
    // Sample variance: sd ~ sqrt((m4 - v^2) / N) <= sqrt(v / N) on [0, 1] (m4 <= v).
    expect(Math.abs(variance(xs) - v)).toBeLessThan(4 * Math.sqrt(v / N));
  });

  it('draws beta(1/2, 1/2) from the arcsine law (KS), exact for alpha < 1', () => {
    const xs = draws(sampler({ dist: 'beta', alpha: 0.5, beta: 0.5 }, 0, 1), 'arcsine');
    expect(ks(xs, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)))).toBeLessThan(KS_CRIT);
  });

  it('draws lognormal with the given median and log-sd', () => {
    const xs = draws(sampler({ dist: 'lognormal', median: 1000, sigma: 0.5 }, 0, Infinity), 'lognormal');
    const logs = xs.map(Math.log);
    expectMean(logs, Math.log(1000), 0.25);
    expect(ks(logs, (x) => phi((x - Math.log(1000)) / 0.5))).toBeLessThan(KS_CRIT);
  });

  it('is deterministic given the stream', () => {
    const s = sampler({ dist: 'beta', alpha: 0.7, beta: 3 }, 0, 1);
    const a = stream(9);
    const b = stream(9);
    for (let k = 0; k < 100; k++) expect(s(a)).toBe(s(b));
  });
});

describe('gamma and beta helpers', () => {
  it.each([0.2, 0.5, 1, 3, 12])('gamma(%s) has mean and variance equal to its shape', (shape) => {
    const xs = draws((r) => gamma(r, shape), `gamma-${shape}`);
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    expectMean(xs, shape, shape);
  });

  it('does not underflow to NaN for tiny shapes', () => {
    const xs = draws((r) => beta(r, 0.001, 0.001), 'tiny');
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    // Beta(0.001, 0.001) is all but Bernoulli(1/2) on {0, 1}.
    expectMean(xs, 0.5, 0.25);
  });
});

describe('distributionMean', () => {
  it('gives each kind its mean', () => {
    expect(distributionMean(4)).toBe(4);
    expect(distributionMean({ dist: 'uniform', min: 1, max: 3 })).toBe(2);
    expect(distributionMean({ dist: 'beta', alpha: 1, beta: 3 })).toBe(0.25);
    expect(distributionMean({ dist: 'lognormal', median: 1, sigma: 0 })).toBe(1);
    expect(distributionMean({ dist: 'normal', mean: -2, sd: 1 })).toBe(-2);
  });
});
