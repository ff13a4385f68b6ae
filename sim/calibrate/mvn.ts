// The multivariate normal perturbation kernel of ABC-SMC: Cholesky factor, draws and
// (unnormalised) densities, with a small ridge so a collapsed population still moves.
import { normal } from '../random/distributions.js';
import type { Random } from '../random/rng.js';

export interface Kernel {
  readonly d: number;
  /** Lower-triangular Cholesky factor L of the covariance, row-major. */
  readonly chol: Float64Array;
  /** L^-1, for densities. */
  readonly inverse: Float64Array;
}

/** Kernel from a covariance; `ridge` (per dimension) is added to the diagonal first. */
export function kernel(cov: Float64Array, d: number, ridge: readonly number[]): Kernel {
  const a = Float64Array.from(cov);
  for (let i = 0; i < d; i++) a[i * d + i] += ridge[i];
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j];
      for (let k = 0; k < j; k++) s -= L[i * d + k] * L[j * d + k];
      if (i === j) {
        if (!(s > 0)) throw new Error('calibrate/mvn: covariance is not positive definite');
        L[i * d + i] = Math.sqrt(s);
      } else L[i * d + j] = s / L[j * d + j];
    }
  }
  // Inverse of a lower-triangular matrix by forward substitution.
  const inv = new Float64Array(d * d);
  for (let c = 0; c < d; c++) {
    for (let i = 0; i < d; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= L[i * d + k] * inv[k * d + c];
      inv[i * d + c] = s / L[i * d + i];
    }
  }
  return { d, chol: L, inverse: inv };
}

/** centre + L * N(0, I). */
export function perturb(k: Kernel, centre: Float64Array, random: Random): Float64Array {
  const { d, chol } = k;
  const xi = new Float64Array(d);
  for (let i = 0; i < d; i++) xi[i] = normal(random);
  const out = Float64Array.from(centre);
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) out[i] += chol[i * d + j] * xi[j];
  return out;
}

/** exp(-|L^-1 (x - centre)|^2 / 2): the kernel density up to a constant shared by all pairs. */
export function density(k: Kernel, x: Float64Array, centre: Float64Array): number {
  const { d, inverse } = k;
  let q = 0;
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let j = 0; j <= i; j++) s += inverse[i * d + j] * (x[j] - centre[j]);
    q += s * s;
  }
  return Math.exp(-0.5 * q);
}
