// Small statistics for the engine's statistical tests: binomial tolerances and the
// chi-square statistic, with critical values taken from standard tables.

/**
 * A z-score of 4.5 for every comparison: a two-sided normal tail of 6.8e-6, so a
 * file making a few hundred correlated comparisons still fails by chance less than
 * once in a few hundred runs, while a real bias of a few standard errors shows.
 */
export const Z = 4.5;

/** Half-width Z * sqrt(P (1 - P) / n) of a frequency estimated from n trials. */
export function binomialTolerance(p: number, n: number): number {
  return Z * Math.sqrt((p * (1 - p)) / n);
}

/** Pearson's statistic: sum over cells of (observed - expected)^2 / expected. */
export function chiSquare(observed: number[], expected: number[]): number {
  let x2 = 0;
  for (let k = 0; k < observed.length; k++) x2 += (observed[k] - expected[k]) ** 2 / expected[k];
  return x2;
}

/** Upper 0.1% points of the chi-square distribution by degrees of freedom (standard tables). */
export const CHI2_999: Readonly<Record<number, number>> = {
  1: 10.828,
  2: 13.816,
  3: 16.266,
  4: 18.467,
  5: 20.515,
  6: 22.458,
  7: 24.322,
  8: 26.124,
  9: 27.877,
  10: 29.588,
  11: 31.264,
  12: 32.909,
  13: 34.528,
  14: 36.123,
  15: 37.697,
  16: 39.252,
  17: 40.79,
  18: 42.312,
  19: 43.82,
  20: 45.315,
};
