// The Sobol' sequence: the points SciPy's qmc.Sobol (scramble=False, bits=32) gives with
// the same Joe-Kuo direction numbers, the (0, m, 2)-net balance of the first two
// dimensions, and 1-D stratification kept by the seeded digital shift.
import { describe, expect, it } from 'vitest';
import { stream } from '../../sim/random/rng.js';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../../sim/sweep/sobol-sequence.js';

// Points of dimensions 0..11 as 32-bit integers, from scipy.stats.qmc.Sobol(d=12, scramble=False, bits=32).
const SCIPY: Record<number, number[]> = {
  1: Array(12).fill(2147483648),
  2: [3221225472, 1073741824, 1073741824, 1073741824, 3221225472, 3221225472, 1073741824, 3221225472, 3221225472, 3221225472, 3221225472, 3221225472],
  5: [3758096384, 3758096384, 536870912, 1610612736, 3758096384, 2684354560, 3758096384, 1610612736, 1610612736, 536870912, 1610612736, 3758096384],
  13: [3489660928, 2952790016, 3489660928, 268435456, 1879048192, 4026531840, 2415919104, 2415919104, 2415919104, 1879048192, 3489660928, 4026531840],
  100: [1778384896, 1107296256, 3321888768, 3120562176, 3791650816, 3187671040, 100663296, 2046820352, 2717908992, 2986344448, 1979711488, 2919235584],
  511: [8388608, 2155872256, 1753219072, 3632267264, 1518338048, 3766484992, 3196059648, 1988100096, 947912704, 864026624, 1468006400, 3565158400],
  1023: [4194304, 3233808384, 2629828608, 624951296, 801112064, 1883242496, 599785472, 2654994432, 1480589312, 3653238784, 2915041280, 155189248],
};
// Point 63, dimensions 52..63 (the last direction numbers shipped), from qmc.Sobol(d=64).
const SCIPY_63_HIGH = [2885681152, 1140850688, 67108864, 2617245696, 1006632960, 1140850688, 1946157056, 3019898880, 1275068416, 1006632960, 1006632960, 3154116608];

describe('sobolPoints', () => {
  it('gives the points of SciPy with the same direction numbers', () => {
    const x = sobolPoints(1024, 12);
    expect(Array.from(x.subarray(0, 12))).toEqual(Array(12).fill(0));
    for (const [i, expected] of Object.entries(SCIPY)) {
      const row = Array.from(x.subarray(Number(i) * 12, Number(i) * 12 + 12), (v) => v * 2 ** 32);
      expect(row, `point ${i}`).toEqual(expected);
    }
    const high = sobolPoints(64, SOBOL_MAX_DIMENSIONS);
    expect(Array.from(high.subarray(63 * 64 + 52, 64 * 64), (v) => v * 2 ** 32)).toEqual(SCIPY_63_HIGH);
  });

  it('puts exactly one of the first 2^m points in every elementary interval of dimensions 0 and 1 (a (0, m, 2)-net)', () => {
    for (const m of [4, 7, 10]) {
      const n = 2 ** m;
      const x = sobolPoints(n, 2);
      for (let a = 0; a <= m; a++) {
        // boxes of 2^-a by 2^-(m-a)
        const counts = new Map<string, number>();
        for (let i = 0; i < n; i++) {
          const key = `${Math.floor(x[2 * i] * 2 ** a)},${Math.floor(x[2 * i + 1] * 2 ** (m - a))}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        expect(counts.size, `m=${m}, a=${a}`).toBe(n);
      }
    }
  });

  it('keeps one point per 1/N stratum in every dimension after a seeded digital shift, and the shift depends on the seed', () => {
    const n = 256;
    const d = 20;
    const shifted = sobolPoints(n, d, stream(5, 'shift'));
    for (let j = 0; j < d; j++) {
      const strata = new Set(Array.from({ length: n }, (_, i) => Math.floor(shifted[i * d + j] * n)));
      expect(strata.size, `dimension ${j}`).toBe(n);
    }
    expect(Array.from(sobolPoints(4, d, stream(5, 'shift')))).toEqual(Array.from(shifted.subarray(0, 4 * d)));
    expect(Array.from(sobolPoints(4, d, stream(6, 'shift')))).not.toEqual(Array.from(shifted.subarray(0, 4 * d)));
  });

  it('refuses more dimensions than it has direction numbers for', () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMENSIONS + 1)).toThrow(/dimensions/);
  });
});
