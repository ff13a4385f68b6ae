// Bands across replicates: type-7 quantiles step by step, undefined values left out.
import { describe, expect, it } from 'vitest';
import { band } from '../../viz/data/bands.js';

/** Step-major values of replicates given as functions of the step. */
function stepValues(reps: readonly ((t: number) => number)[], steps: number): Float64Array {
  const values = new Float64Array((steps + 1) * reps.length);
  for (let t = 0; t <= steps; t++) reps.forEach((read, r) => (values[t * reps.length + r] = read(t)));
  return values;
}

describe('band', () => {
  it('gives the median and the 5% and 95% quantiles (type 7) of each step over the replicates', () => {
    // 20 replicates whose value at step t is (rep + t): quantiles shift by t.
    const reps = Array.from({ length: 20 }, (_, r) => (t: number) => r + t);
    const b = band(stepValues(reps, 2), reps.length, 2, 0.5);
    expect(b.t).toEqual([0, 0.5, 1]);
    expect(b.count).toEqual([20, 20, 20]);
    // h = 19 * p: p5 = 0.95, median 9.5, p95 = 18.05.
    expect(b.median[0]).toBeCloseTo(9.5, 12);
    expect(b.lo[0]).toBeCloseTo(0.95, 12);
    expect(b.hi[0]).toBeCloseTo(18.05, 12);
    expect(b.median[2]).toBeCloseTo(11.5, 12);
  });

  it('leaves out undefined values and gives NaN where no replicate is defined', () => {
    const reps = [(t: number) => (t === 0 ? NaN : 1), (t: number) => (t === 0 ? NaN : 3), () => 5];
    const b = band(stepValues(reps, 1), reps.length, 1, 1);
    expect(b.count).toEqual([1, 3]);
    expect(b.median).toEqual([5, 3]);
    const none = band(stepValues([() => NaN], 0), 1, 0, 1);
    expect(none.median[0]).toBeNaN();
    expect(none.count[0]).toBe(0);
  });
});
