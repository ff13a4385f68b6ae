// The paired bootstrap behind the pattern tests: exact on constant differences, seeded,
// and about as wide as the normal interval 1.96 sd / sqrt(n) on a large sample.
import { describe, expect, it } from 'vitest';
import { stream } from '../../sim/random/rng.js';
import { pairedDifference } from './support/bootstrap.js';

describe('pairedDifference', () => {
  it('gives the difference itself, with no width, when every pair differs by the same amount', () => {
    const b = Float64Array.from({ length: 50 }, (_, i) => i);
    const a = b.map((x) => x + 2.5);
    expect(pairedDifference(a, b, 'constant')).toEqual({ mean: 2.5, lo: 2.5, hi: 2.5, replicates: 50 });
  });

  it('is the same for the same label and data (seeded), and brackets the mean', () => {
    const random = stream(7, 'bootstrap-test');
    const a = Float64Array.from({ length: 200 }, () => random());
    const b = Float64Array.from({ length: 200 }, () => random());
    const d = pairedDifference(a, b, 'seeded');
    expect(pairedDifference(a, b, 'seeded')).toEqual(d);
    expect(d.lo).toBeLessThan(d.mean);
    expect(d.hi).toBeGreaterThan(d.mean);
  });

  it('has the width of the normal interval on a large sample', () => {
    const random = stream(11, 'bootstrap-width');
    const n = 2000;
    // Differences uniform on [0, 1): sd = 1 / sqrt(12).
    const a = Float64Array.from({ length: n }, () => random());
    const d = pairedDifference(a, new Float64Array(n), 'width');
    const normal = (2 * 1.96) / Math.sqrt(12 * n);
    expect(Math.abs(d.hi - d.lo - normal) / normal).toBeLessThan(0.1);
  });
});
