// Partial rank correlation coefficients (Marino et al. 2008, J. Theor. Biol. 254:178):
// the correlation of each input's ranks with the output's ranks once the (linear)
// effect of the other inputs' ranks is removed from both; with a t-test p-value.
import { correlationMatrix, invert } from './matrix.js';
import { ranks } from './ranks.js';
import { twoSidedP } from './student-t.js';

export interface PartialCorrelation {
  /** One per input; NaN when undefined (a constant input, or inputs that determine each other). */
  readonly coefficients: number[];
  /** Two-sided p-values of H0: no partial correlation (t with n - k - 1 degrees of freedom). */
  readonly pValues: number[];
  readonly n: number;
}

/**
 * Partial correlations of each input with y given the other inputs, from the inverse P
 * of the correlation matrix of (inputs, y): r_iy = -P_iy / sqrt(P_ii P_yy).
 */
export function partialCorrelations(inputs: readonly ArrayLike<number>[], y: ArrayLike<number>): PartialCorrelation {
  const k = inputs.length;
  const n = y.length;
  const nan = () => new Array<number>(k).fill(NaN);
  const inverse = n > k + 1 ? invert(correlationMatrix([...inputs, y])) : undefined;
  if (!inverse) return { coefficients: nan(), pValues: nan(), n };
  const df = n - k - 1;
  const coefficients = inputs.map((_, i) => Math.max(-1, Math.min(1, -inverse[i][k] / Math.sqrt(inverse[i][i] * inverse[k][k]))));
  const pValues = coefficients.map((r) => (Math.abs(r) >= 1 ? 0 : twoSidedP(r * Math.sqrt(df / (1 - r * r)), df)));
  return { coefficients, pValues, n };
}

/** PRCC: partial correlations of the ranks. */
export function prcc(inputs: readonly ArrayLike<number>[], y: ArrayLike<number>): PartialCorrelation {
  return partialCorrelations(inputs.map(ranks), ranks(y));
}
