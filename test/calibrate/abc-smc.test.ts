// ABC-SMC against a model whose ABC posterior is known exactly: a normal mean. The
// particles must match the exact posterior under the final tolerance, within Monte Carlo error.
import { describe, expect, it } from 'vitest';
import { abcSmc, type Proposal } from '../../sim/calibrate/abc-smc.js';
import { effectiveSampleSize, weightedMean, weightedQuantile } from '../../sim/calibrate/weighted-stats.js';
import { normal } from '../../sim/random/distributions.js';
import { stream } from '../../sim/random/rng.js';

// Data: the mean of 25 draws from N(theta, 1) was 1.3; prior theta ~ U(-5, 5).
const OBSERVED = 1.3;
const S = 1 / Math.sqrt(25);
const simulateMean = async (batch: readonly Proposal[]) =>
  Float64Array.from(batch, (p) => Math.abs(p.values[0] + S * normal(stream('toy', p.generation, p.index)) - OBSERVED));

/** Standard normal CDF (Abramowitz and Stegun 7.1.26 via erf; error < 1.5e-7). */
function phi(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Mean and sd of the exact ABC posterior at tolerance eps: prior x P(|xbar - obs| <= eps | theta). */
function exactAbcPosterior(eps: number): { mean: number; sd: number } {
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let theta = -5; theta <= 5; theta += 1e-4) {
    const p = phi((OBSERVED + eps - theta) / S) - phi((OBSERVED - eps - theta) / S);
    m0 += p;
    m1 += p * theta;
    m2 += p * theta * theta;
  }
  const mean = m1 / m0;
  return { mean, sd: Math.sqrt(m2 / m0 - mean * mean) };
}

describe('abcSmc', async () => {
  const settings = { particles: 1000, generations: 8, quantile: 0.5, minAcceptance: 0.01, maxSimulations: 200_000, seed: 'toy' };
  const result = await abcSmc([{ low: -5, high: 5, log: false }], settings, simulateMean);
  const post = result.posterior;
  const theta = post.values.map((v) => v[0]);

  it('shrinks the tolerance every generation and reports what it simulated', () => {
    expect(result.populations).toHaveLength(8);
    expect(result.stopped).toBe('generations');
    for (let g = 2; g < 8; g++) expect(result.populations[g].epsilon).toBeLessThan(result.populations[g - 1].epsilon);
    for (const p of result.populations) {
      expect(Math.max(...p.distances)).toBeLessThanOrEqual(p.epsilon);
      expect(p.acceptance).toBeCloseTo(1000 / p.simulations, 12);
    }
    expect(result.totalSimulations).toBe(result.populations.reduce((s, p) => s + p.simulations, 0));
  });

  it('matches the exact ABC posterior at its final tolerance (within 4 Monte Carlo standard errors)', () => {
    const exact = exactAbcPosterior(post.epsilon);
    const ess = effectiveSampleSize(post.weights);
    expect(ess).toBeGreaterThan(200);
    // Standard error of a weighted mean is sd / sqrt(ESS); of a sd, about sd / sqrt(2 ESS).
    const mean = weightedMean(theta, post.weights);
    const sd = Math.sqrt(weightedMean(theta.map((t) => (t - mean) ** 2), post.weights));
    expect(Math.abs(mean - exact.mean)).toBeLessThan((4 * exact.sd) / Math.sqrt(ess));
    expect(Math.abs(sd - exact.sd)).toBeLessThan((4 * exact.sd) / Math.sqrt(2 * ess));
    // And the 90% interval covers the true posterior's centre with the expected width.
    const lo = weightedQuantile(theta, post.weights, 0.05);
    const hi = weightedQuantile(theta, post.weights, 0.95);
    expect(lo).toBeLessThan(OBSERVED);
    expect(hi).toBeGreaterThan(OBSERVED);
    expect((hi - lo) / (2 * 1.645 * exact.sd)).toBeGreaterThan(0.8);
    expect((hi - lo) / (2 * 1.645 * exact.sd)).toBeLessThan(1.2);
  });

  it('is deterministic given the seed', async () => {
    const again = await abcSmc([{ low: -5, high: 5, log: false }], { ...settings, generations: 3 }, simulateMean);
    expect(again.populations[2].values).toEqual(result.populations[2].values);
    expect(again.populations[2].weights).toEqual(result.populations[2].weights);
  });

  it('stops when a population cannot be filled within the budget, keeping the last full one', async () => {
    const r = await abcSmc([{ low: -5, high: 5, log: false }], { ...settings, particles: 100, generations: 30, maxSimulations: 2000 }, simulateMean);
    expect(r.stopped).toBe('budget');
    expect(r.posterior).toBe(r.populations[r.populations.length - 1]);
    expect(r.posterior.values).toHaveLength(100);
  });

  it('works on a log scale: proposals stay inside the prior', async () => {
    const r = await abcSmc([{ low: 0.01, high: 100, log: true }], { ...settings, particles: 200, generations: 4 }, async (batch) =>
      Float64Array.from(batch, (p) => Math.abs(Math.log10(p.values[0]) - 0.5)),
    );
    for (const p of r.populations) for (const [v] of p.values) expect(v >= 0.01 && v <= 100).toBe(true);
    expect(weightedQuantile(r.posterior.values.map((v) => v[0]), r.posterior.weights, 0.5)).toBeCloseTo(10 ** 0.5, 0);
  });
});
