// Samplers for the attribute distributions a scenario names (constant, uniform,
// normal, beta, lognormal); every draw comes from the stream passed in, nothing else.
import type { Distribution } from '../scenario/distribution-schema.js';
import type { Random } from './rng.js';

/** Draws one value from the stream it is given. */
export type Sampler = (random: Random) => number;

/**
 * A sampler for `dist`. `lo` and `hi` are the attribute's range: normal draws are
 * clipped to [dist.min ?? lo, dist.max ?? hi]; the other kinds are returned as drawn
 * (their parameters already bound them, and the schema documents only normal clipping).
 */
export function sampler(dist: Distribution, lo: number, hi: number): Sampler {
  if (typeof dist === 'number') return () => dist;
  switch (dist.dist) {
    case 'constant': {
      const value = dist.value;
      return () => value;
    }
    case 'uniform': {
      const { min } = dist;
      const width = dist.max - dist.min;
      return (random) => min + width * random();
    }
    case 'normal': {
      const { mean, sd } = dist;
      const min = dist.min ?? lo;
      const max = dist.max ?? hi;
      return (random) => clip(mean + sd * normal(random), min, max);
    }
    case 'beta': {
      const { alpha, beta: b } = dist;
      return (random) => beta(random, alpha, b);
    }
    case 'lognormal': {
      const { median, sigma } = dist;
      return (random) => median * Math.exp(sigma * normal(random));
    }
  }
}

/** The distribution's mean (before any clipping), for docs and statistical tests. */
export function distributionMean(dist: Distribution): number {
  if (typeof dist === 'number') return dist;
  switch (dist.dist) {
    case 'constant':
      return dist.value;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'normal':
      return dist.mean;
    case 'beta':
      return dist.alpha / (dist.alpha + dist.beta);
    case 'lognormal':
      return dist.median * Math.exp((dist.sigma * dist.sigma) / 2);
  }
}

function clip(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/**
 * A standard normal draw by Box–Muller, using two uniforms per call. The second
 * variate of the pair is dropped on purpose: no hidden state, so a draw depends only
 * on the stream's position.
 */
export function normal(random: Random): number {
  const u1 = 1 - random(); // (0, 1]: log stays finite
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * The natural log of a Gamma(shape, 1) draw (Marsaglia and Tsang 2000). For shape < 1
 * it uses Gamma(shape) = Gamma(shape + 1) * U^(1/shape), exact; staying in logs
 * keeps tiny shapes from underflowing to 0.
 */
export function logGamma(random: Random, shape: number): number {
  if (shape < 1) return logGamma(random, shape + 1) + Math.log(1 - random()) / shape;
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    const x2 = x * x;
    // The cheap squeeze accepts most draws without a log.
    if (u < 1 - 0.0331 * x2 * x2) return Math.log(d * v);
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return Math.log(d * v);
  }
}

/** A Gamma(shape, 1) draw. */
export function gamma(random: Random, shape: number): number {
  return Math.exp(logGamma(random, shape));
}

/** A Beta(alpha, beta) draw as X / (X + Y) with X, Y gamma, computed in logs. */
export function beta(random: Random, alpha: number, b: number): number {
  const lx = logGamma(random, alpha);
  const ly = logGamma(random, b);
  // X / (X + Y) = 1 / (1 + exp(ly - lx)); exact and free of 0/0.
  return 1 / (1 + Math.exp(ly - lx));
}
