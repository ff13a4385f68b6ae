// Sobol' low-discrepancy sequence (Bratley and Fox's Gray-code construction, Joe and
// Kuo's direction numbers), optionally scrambled by a seeded random digital shift.
import type { Random } from '../random/rng.js';
import { SOBOL_INITIAL, SOBOL_POLYNOMIALS } from './sobol-directions.js';

const BITS = 32;

/** Most dimensions this module has direction numbers for. */
export const SOBOL_MAX_DIMENSIONS = SOBOL_POLYNOMIALS.length;

/** Direction integers v[d][j] (already shifted to the top bits), 32 per dimension. */
function directions(dimensions: number): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let d = 0; d < dimensions; d++) {
    const v = new Uint32Array(BITS);
    const poly = SOBOL_POLYNOMIALS[d];
    const s = 31 - Math.clz32(poly); // degree
    if (s === 0) {
      v.fill(1); // van der Corput: every m_j = 1
    } else {
      for (let j = 0; j < s; j++) v[j] = SOBOL_INITIAL[d][j];
      for (let j = s; j < BITS; j++) {
        // m_j = 2 a_1 m_{j-1} ^ 4 a_2 m_{j-2} ^ ... ^ 2^s m_{j-s} ^ m_{j-s}
        let m = v[j - s] ^ (v[j - s] * 2 ** s);
        for (let k = 1; k < s; k++) {
          if ((poly >>> (s - k)) & 1) m ^= v[j - k] * 2 ** k;
        }
        v[j] = m >>> 0;
      }
    }
    for (let j = 0; j < BITS; j++) v[j] = (v[j] * 2 ** (BITS - 1 - j)) >>> 0;
    out.push(v);
  }
  return out;
}

/**
 * The first `count` points of the `dimensions`-dimensional sequence, row-major in [0, 1).
 * Point 0 is the origin (before any shift). With `shift`, each dimension's integers are
 * XORed with one seeded 32-bit number: this keeps the (t, m, s)-net balance of the
 * first 2^m points while making the design depend on the seed.
 */
export function sobolPoints(count: number, dimensions: number, shift?: Random): Float64Array {
  if (dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new Error(`sobol: dimensions must be from 1 to ${SOBOL_MAX_DIMENSIONS}, got ${dimensions}`);
  }
  if (count > 2 ** BITS) throw new Error(`sobol: at most 2^${BITS} points`);
  const v = directions(dimensions);
  const shifts = Uint32Array.from({ length: dimensions }, () => (shift ? Math.floor(shift() * 2 ** BITS) >>> 0 : 0));
  const x = new Uint32Array(dimensions);
  const out = new Float64Array(count * dimensions);
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const c = 31 - Math.clz32(i & -i); // Gray code: point i differs from i-1 in bit ctz(i)
      for (let d = 0; d < dimensions; d++) x[d] ^= v[d][c];
    }
    for (let d = 0; d < dimensions; d++) out[i * dimensions + d] = ((x[d] ^ shifts[d]) >>> 0) / 2 ** BITS;
  }
  return out;
}
