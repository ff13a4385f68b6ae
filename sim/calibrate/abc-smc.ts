// Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont
// et al. 2009): populations of weighted particles under shrinking distance tolerances.
import { stream } from '../random/rng.js';
import { density, kernel, perturb, type Kernel } from './mvn.js';
import { insidePrior, sampleZ, toValues, zRange, type PriorBound } from './prior.js';
import { effectiveSampleSize, weightedCovariance } from './weighted-stats.js';

export interface AbcSettings {
  /** Particles per population, N. */
  readonly particles: number;
  /** Most populations, including the first (drawn from the prior). */
  readonly generations: number;
  /** The next tolerance is this quantile of the current population's distances. */
  readonly quantile: number;
  /** Stop after a population whose acceptance rate fell below this. */
  readonly minAcceptance: number;
  /** Most proposals simulated for one population; a population not filled by then is dropped. */
  readonly maxSimulations: number;
  readonly seed: string | number;
}

export interface Proposal {
  readonly generation: number;
  readonly index: number;
  /** Parameter values on their natural scale. */
  readonly values: readonly number[];
}

/** Distances of a batch of proposals, in order (simulated however the caller likes). */
export type Simulate = (batch: readonly Proposal[]) => Promise<Float64Array>;

export interface Population {
  readonly generation: number;
  /** The tolerance this population was accepted under (Infinity for the prior sample). */
  readonly epsilon: number;
  readonly z: readonly Float64Array[];
  readonly values: readonly (readonly number[])[];
  readonly weights: Float64Array;
  readonly distances: Float64Array;
  /** Proposals needed to fill it: index of the N-th accepted proposal + 1. */
  readonly simulations: number;
  readonly acceptance: number;
  readonly ess: number;
}

export interface AbcResult {
  readonly populations: readonly Population[];
  /** The last complete population: the posterior sample. */
  readonly posterior: Population;
  readonly stopped: 'generations' | 'acceptance' | 'budget';
  readonly totalSimulations: number;
}

function proposeFromPrior(bounds: readonly PriorBound[], seed: string | number, index: number): Float64Array {
  return sampleZ(bounds, stream(seed, 'abc', 0, index));
}

function drawIndex(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  const target = u * cumulative[hi];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Pick an ancestor by weight, perturb it; redraw both when outside the prior (exact weights). */
function proposeFromPopulation(prev: Population, cumulative: Float64Array, k: Kernel, bounds: readonly PriorBound[], seed: string | number, g: number, index: number): Float64Array {
  const random = stream(seed, 'abc', g, index);
  for (let tries = 0; tries < 10_000; tries++) {
    const z = perturb(k, prev.z[drawIndex(cumulative, random())], random);
    if (insidePrior(bounds, z)) return z;
  }
  throw new Error('calibrate/abc: 10,000 perturbed proposals in a row fell outside the prior');
}

/** Batch size: roughly the proposals still needed at the last acceptance rate, kept in bounds. */
function batchSize(needed: number, acceptance: number, particles: number): number {
  return Math.max(16, Math.min(4 * particles, Math.ceil((needed / Math.max(acceptance, 0.01)) * 1.1)));
}

async function fill(
  propose: (index: number) => Float64Array,
  bounds: readonly PriorBound[],
  generation: number,
  epsilon: number,
  settings: AbcSettings,
  acceptance: number,
  simulate: Simulate,
): Promise<{ z: Float64Array[]; distances: number[]; simulations: number } | undefined> {
  const z: Float64Array[] = [];
  const distances: number[] = [];
  let next = 0;
  let simulations = 0;
  while (z.length < settings.particles && next < settings.maxSimulations) {
    const size = Math.min(batchSize(settings.particles - z.length, acceptance, settings.particles), settings.maxSimulations - next);
    const batch = Array.from({ length: size }, (_, i) => propose(next + i));
    const d = await simulate(batch.map((zi, i) => ({ generation, index: next + i, values: toValues(bounds, zi) })));
    for (let i = 0; i < size && z.length < settings.particles; i++) {
      if (d[i] <= epsilon) {
        z.push(batch[i]);
        distances.push(d[i]);
        simulations = next + i + 1;
      }
    }
    next += size;
  }
  return z.length < settings.particles ? undefined : { z, distances, simulations };
}

/**
 * Run ABC-SMC. Deterministic given the seed: proposal k of generation g draws only from
 * its own stream, and the accepted particles are the first N acceptable proposals in
 * index order, so neither the batch size nor the number of workers changes the result.
 */
export async function abcSmc(bounds: readonly PriorBound[], settings: AbcSettings, simulate: Simulate, onPopulation?: (p: Population) => void): Promise<AbcResult> {
  const { particles: n, seed } = settings;
  const d = bounds.length;
  const make = (generation: number, epsilon: number, z: Float64Array[], distances: number[], weights: Float64Array, simulations: number): Population => ({
    generation,
    epsilon,
    z,
    values: z.map((zi) => toValues(bounds, zi)),
    weights,
    distances: Float64Array.from(distances),
    simulations,
    acceptance: n / simulations,
    ess: effectiveSampleSize(weights),
  });

  const first = await fill((i) => proposeFromPrior(bounds, seed, i), bounds, 0, Infinity, settings, 1, simulate);
  if (!first) throw new Error('calibrate/abc: maxSimulations is smaller than the number of particles');
  const populations = [make(0, Infinity, first.z, first.distances, new Float64Array(n).fill(1 / n), first.simulations)];
  onPopulation?.(populations[0]);
  let stopped: AbcResult['stopped'] = 'generations';
  // A floor on the kernel's spread: a millionth of each prior range, so it never collapses.
  const ridge = bounds.map((b) => {
    const [lo, hi] = zRange(b);
    return ((hi - lo) * 1e-6) ** 2;
  });

  for (let g = 1; g < settings.generations; g++) {
    const prev = populations[populations.length - 1];
    if (prev.acceptance < settings.minAcceptance) {
      stopped = 'acceptance';
      break;
    }
    const sorted = Float64Array.from(prev.distances).sort();
    const epsilon = sorted[Math.min(n - 1, Math.max(0, Math.ceil(settings.quantile * n) - 1))];
    // Beaumont et al. (2009): twice the weighted covariance of the previous population.
    const cov = weightedCovariance(prev.z, prev.weights).map((c) => 2 * c);
    const k = kernel(cov, d, ridge);
    const cumulative = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) cumulative[i] = acc += prev.weights[i];
    const filled = await fill((i) => proposeFromPopulation(prev, cumulative, k, bounds, seed, g, i), bounds, g, epsilon, settings, prev.acceptance, simulate);
    if (!filled) {
      stopped = 'budget';
      break;
    }
    // Importance weights: uniform prior over its support / proposal density (mixture of kernels).
    const weights = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let q = 0;
      for (let j = 0; j < n; j++) q += prev.weights[j] * density(k, filled.z[i], prev.z[j]);
      weights[i] = 1 / q;
      total += weights[i];
    }
    for (let i = 0; i < n; i++) weights[i] /= total;
    populations.push(make(g, epsilon, filled.z, filled.distances, weights, filled.simulations));
    onPopulation?.(populations[populations.length - 1]);
  }
  const posterior = populations[populations.length - 1];
  return { populations, posterior, stopped, totalSimulations: populations.reduce((s, p) => s + p.simulations, 0) };
}
