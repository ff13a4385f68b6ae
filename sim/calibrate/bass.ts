// The Bass (1969) diffusion curve and its least-squares fit: cumulative share
// m F(t), F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}), with analytic derivatives.
import { levenbergMarquardt } from './least-squares.js';

export function bassF(p: number, q: number, t: number): number {
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/** dF/dp and dF/dq at t. */
export function bassGradient(p: number, q: number, t: number): [number, number] {
  const e = Math.exp(-(p + q) * t);
  const a = q / p;
  const den = 1 + a * e;
  const num = 1 - e;
  const dE = -t * e; // dE/dp = dE/dq
  const dFd = (dA: number) => (-dE * den - num * (dA * e + a * dE)) / (den * den);
  return [dFd(-q / (p * p)), dFd(1 / p)];
}

export interface BassFit {
  readonly p: number;
  readonly q: number;
  /** Market potential as a share; 1 unless fitted. */
  readonly m: number;
  readonly fittedM: boolean;
  /** Asymptotic standard errors (from the residual variance and J'J); NaN when not estimable. */
  readonly se: { readonly p: number; readonly q: number; readonly m: number };
  readonly rmse: number;
  readonly r2: number;
  readonly points: number;
  /** Time of the peak adoption rate, ln(q/p)/(p+q) (0 when q <= p). */
  readonly peak: number;
}

/** Invert a small symmetric positive definite matrix (Gauss-Jordan); undefined if singular. */
function invert(a: number[][]): number[][] | undefined {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (Math.abs(m[pivot][c]) < 1e-300) return undefined;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const d = m[c][c];
    for (let j = 0; j < 2 * n; j++) m[c][j] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/**
 * Least squares fit of m F(t) to cumulative shares y at times t (NaN points skipped), in
 * log p, log q (and log m), from a grid of starts; the best is kept.
 */
export function fitBass(times: ArrayLike<number>, shares: ArrayLike<number>, fitM = false): BassFit {
  const t: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < times.length; i++) {
    if (Number.isNaN(shares[i])) continue;
    t.push(times[i]);
    y.push(shares[i]);
  }
  const k = fitM ? 3 : 2;
  if (t.length < k + 1) throw new Error(`calibrate/bass: ${t.length} observed points; at least ${k + 1} are needed`);
  const model = (x: readonly number[]) => {
    const p = Math.exp(x[0]);
    const q = Math.exp(x[1]);
    const m = fitM ? Math.exp(x[2]) : 1;
    const residuals = t.map((ti, i) => m * bassF(p, q, ti) - y[i]);
    // Derivatives with respect to the log parameters: d/dlog(p) = p d/dp.
    const jacobian = t.map((ti) => {
      const [dp, dq] = bassGradient(p, q, ti);
      const row = [m * dp * p, m * dq * q];
      if (fitM) row.push(m * bassF(p, q, ti));
      return row;
    });
    return { residuals, jacobian };
  };
  let best: { x: number[]; sse: number } | undefined;
  for (const p0 of [1e-3, 1e-2, 0.1]) {
    for (const q0 of [1e-2, 0.1, 1]) {
      const x0 = [Math.log(p0), Math.log(q0), ...(fitM ? [Math.log(Math.max(...y, 1e-3))] : [])];
      const r = levenbergMarquardt(model, x0);
      if (!best || r.sse < best.sse) best = r;
    }
  }
  const [p, q] = [Math.exp(best!.x[0]), Math.exp(best!.x[1])];
  const m = fitM ? Math.exp(best!.x[2]) : 1;
  // Standard errors in the natural parameters: J with respect to p, q, m.
  const J = t.map((ti) => {
    const [dp, dq] = bassGradient(p, q, ti);
    return [m * dp, m * dq, ...(fitM ? [bassF(p, q, ti)] : [])];
  });
  const jtj = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => J.reduce((s, row) => s + row[a] * row[b], 0)));
  const sigma2 = best!.sse / Math.max(1, t.length - k);
  const inv = invert(jtj);
  const se = (i: number) => (inv && i < k ? Math.sqrt(sigma2 * inv[i][i]) : Number.NaN);
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const sst = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  return {
    p,
    q,
    m,
    fittedM: fitM,
    se: { p: se(0), q: se(1), m: fitM ? se(2) : Number.NaN },
    rmse: Math.sqrt(best!.sse / t.length),
    r2: sst > 0 ? 1 - best!.sse / sst : Number.NaN,
    points: t.length,
    peak: q > p ? Math.log(q / p) / (p + q) : 0,
  };
}
