// Small dense matrices for the analysis: correlation matrices and their inverses
// (Gauss-Jordan), enough for the few parameters of a sweep.

/** Pearson correlation matrix of the columns (each column one variable). */
export function correlationMatrix(columns: readonly ArrayLike<number>[]): number[][] {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const centred = columns.map((c) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += c[i];
    mean /= n;
    return Float64Array.from({ length: n }, (_, i) => c[i] - mean);
  });
  const out = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += centred[a][i] * centred[b][i];
      out[a][b] = out[b][a] = s;
    }
  }
  const scale = out.map((row, a) => Math.sqrt(row[a]));
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[a][b] /= scale[a] * scale[b];
  return out;
}

/** Inverse of a square matrix by Gauss-Jordan elimination with partial pivoting; undefined when singular. */
export function invert(matrix: readonly (readonly number[])[]): number[][] | undefined {
  const k = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > 1e-12)) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    for (let j = 0; j < 2 * k; j++) a[col][j] /= p;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r][col];
      if (f === 0) continue;
      for (let j = 0; j < 2 * k; j++) a[r][j] -= f * a[col][j];
    }
  }
  return a.map((row) => row.slice(k));
}
