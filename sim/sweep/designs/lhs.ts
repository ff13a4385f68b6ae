// Latin hypercube: each parameter's [0, 1) is cut into n equal strata and every stratum
// holds exactly one point (a seeded permutation per parameter, a uniform jitter inside).
import { stream, type Random } from '../../random/rng.js';
import type { Parameter } from '../parameters.js';

/** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
export function permutation(n: number, random: Random): Int32Array {
  const a = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/** Unit coordinates, row-major (n x k). */
export function lhsUnits(n: number, k: number, seed: number | string): Float64Array {
  const out = new Float64Array(n * k);
  for (let d = 0; d < k; d++) {
    const perm = permutation(n, stream(seed, 'sweep-design', 'lhs', 'permutation', d));
    const jitter = stream(seed, 'sweep-design', 'lhs', 'jitter', d);
    for (let p = 0; p < n; p++) out[p * k + d] = (perm[p] + jitter()) / n;
  }
  return out;
}

export function lhsPoints(parameters: readonly Parameter[], count: number, seed: number | string): unknown[][] {
  const k = parameters.length;
  const u = lhsUnits(count, k, seed);
  return Array.from({ length: count }, (_, p) => parameters.map((param, d) => param.fromUnit(u[p * k + d])));
}
