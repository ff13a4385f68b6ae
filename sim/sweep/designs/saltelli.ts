// Saltelli's sampling scheme for Sobol' indices: from a 2k-dimensional Sobol' sequence,
// A = its first k columns, B = the last k; each base row j gives k + 2 points in the
// order A_j, AB_j^1..AB_j^k (A_j with column i taken from B_j), B_j.
import { stream } from '../../random/rng.js';
import type { Problem } from '../../scenario/errors.js';
import type { Parameter } from '../parameters.js';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../sobol-sequence.js';

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

/** Base size N from `base` or `points`, or the problem with them. */
export function saltelliBase(k: number, base: number | undefined, points: number | undefined): { base: number } | { problem: Problem } {
  const per = k + 2;
  if (2 * k > SOBOL_MAX_DIMENSIONS) {
    return { problem: { path: 'parameters', message: `a sobol design takes at most ${SOBOL_MAX_DIMENSIONS / 2} parameters, got ${k}` } };
  }
  if (base === undefined && points === undefined) {
    return { problem: { path: 'design.base', message: `required: base N (a power of 2; the design has N x ${per} points), or points` } };
  }
  if (base !== undefined && points !== undefined && base * per !== points) {
    return { problem: { path: 'design.points', message: `base ${base} with ${k} parameters gives ${base * per} points, not ${points}: give one of them` } };
  }
  const n = base ?? points! / per;
  if (!isPowerOfTwo(n)) {
    if (base !== undefined) return { problem: { path: 'design.base', message: `expected a power of 2 (such as ${2 ** Math.max(0, Math.round(Math.log2(base)))}), got ${base}` } };
    const lower = 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, points! / per))));
    const options = [lower, lower * 2].map((b) => `${b * per} (base ${b})`).join(' or ');
    return {
      problem: {
        path: 'design.points',
        message: `a sobol design of ${k} parameters has N x ${per} points with N a power of 2; ${points} is not one (nearest: ${options})`,
      },
    };
  }
  return { base: n };
}

/** Unit coordinates of the N x (k + 2) points, row-major. */
export function saltelliUnits(k: number, base: number, seed: number | string, scramble: boolean): Float64Array {
  const sequence = sobolPoints(base, 2 * k, scramble ? stream(seed, 'sweep-design', 'sobol', 'shift') : undefined);
  const per = k + 2;
  const out = new Float64Array(base * per * k);
  for (let j = 0; j < base; j++) {
    const a = sequence.subarray(j * 2 * k, j * 2 * k + k);
    const b = sequence.subarray(j * 2 * k + k, (j + 1) * 2 * k);
    const row = (r: number) => out.subarray((j * per + r) * k, (j * per + r + 1) * k);
    row(0).set(a);
    for (let i = 0; i < k; i++) {
      const ab = row(1 + i);
      ab.set(a);
      ab[i] = b[i];
    }
    row(per - 1).set(b);
  }
  return out;
}

export function saltelliPoints(parameters: readonly Parameter[], base: number, seed: number | string, scramble: boolean): unknown[][] {
  const k = parameters.length;
  const u = saltelliUnits(k, base, seed, scramble);
  return Array.from({ length: base * (k + 2) }, (_, p) => parameters.map((param, d) => param.fromUnit(u[p * k + d])));
}
