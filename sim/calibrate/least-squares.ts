// Levenberg-Marquardt for small nonlinear least-squares problems (a handful of
// parameters): damped Gauss-Newton steps, the damping raised on failure, lowered on success.

export interface LeastSquaresModel {
  (x: readonly number[]): { residuals: number[]; jacobian: number[][] };
}

function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (Math.abs(m[pivot][c]) < 1e-300) return undefined;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i][n];
    for (let j = i + 1; j < n; j++) s -= m[i][j] * x[j];
    x[i] = s / m[i][i];
  }
  return x;
}

const sumSquares = (r: readonly number[]) => r.reduce((s, v) => s + v * v, 0);

export function levenbergMarquardt(model: LeastSquaresModel, start: readonly number[], maxIterations = 500): { x: number[]; sse: number; iterations: number } {
  let x = [...start];
  let { residuals, jacobian } = model(x);
  let sse = sumSquares(residuals);
  let lambda = 1e-3;
  const k = x.length;
  let it = 0;
  for (; it < maxIterations && Number.isFinite(sse); it++) {
    const jtj = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => jacobian.reduce((s, row) => s + row[a] * row[b], 0)));
    const jtr = Array.from({ length: k }, (_, a) => jacobian.reduce((s, row, i) => s + row[a] * residuals[i], 0));
    let improved = false;
    while (lambda < 1e12) {
      const damped = jtj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + lambda) + 1e-12 : v)));
      const step = solve(damped, jtr.map((v) => -v));
      if (step) {
        const trial = x.map((v, i) => v + step[i]);
        const next = model(trial);
        const nextSse = sumSquares(next.residuals);
        if (Number.isFinite(nextSse) && nextSse < sse) {
          const gain = sse - nextSse;
          x = trial;
          residuals = next.residuals;
          jacobian = next.jacobian;
          sse = nextSse;
          lambda = Math.max(1e-12, lambda / 10);
          improved = true;
          if (gain <= 1e-15 * Math.max(sse, 1e-300) || gain < 1e-30) return { x, sse, iterations: it + 1 };
          break;
        }
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return { x, sse, iterations: it };
}
