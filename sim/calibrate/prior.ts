// Uniform priors on the fitted parameters, each on its own scale: linear, or log for
// rates spanning orders of magnitude. ABC works in the transformed coordinates z.
import type { Random } from '../random/rng.js';

export interface PriorBound {
  readonly low: number;
  readonly high: number;
  /** Uniform in log(value) rather than in value. */
  readonly log: boolean;
}

export const toZ = (b: PriorBound, x: number) => (b.log ? Math.log(x) : x);
export const fromZ = (b: PriorBound, z: number) => (b.log ? Math.exp(z) : z);

export function zRange(b: PriorBound): [number, number] {
  return [toZ(b, b.low), toZ(b, b.high)];
}

export function sampleZ(bounds: readonly PriorBound[], random: Random): Float64Array {
  return Float64Array.from(bounds, (b) => {
    const [lo, hi] = zRange(b);
    return lo + (hi - lo) * random();
  });
}

export function insidePrior(bounds: readonly PriorBound[], z: Float64Array): boolean {
  return bounds.every((b, i) => {
    const [lo, hi] = zRange(b);
    return z[i] >= lo && z[i] <= hi;
  });
}

export function toValues(bounds: readonly PriorBound[], z: Float64Array): number[] {
  return bounds.map((b, i) => {
    const [lo, hi] = zRange(b);
    // exp(log(x)) may land a hair outside [low, high]: clamp so the scenario stays valid.
    return Math.min(b.high, Math.max(b.low, fromZ(b, Math.min(hi, Math.max(lo, z[i])))));
  });
}
