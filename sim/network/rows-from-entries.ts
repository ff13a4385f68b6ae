// Sorts directed entries (row, col) into CSR rows in O(entries) by two stable counting
// sorts, so every row lists its neighbours in ascending index (memory) order.
import { STRONG, type CsrRows } from './csr.js';

/**
 * Rows from `count` entries: entry e puts `col[e]` into row `row[e]`, with its kind
 * and weight (defaults STRONG and 1). A repeated (row, col) keeps its first entry.
 */
export function rowsFromEntries(
  n: number,
  row: Uint32Array,
  col: Uint32Array,
  kind?: Uint8Array,
  weight?: Float32Array,
): CsrRows {
  const m = row.length;
  if (col.length !== m) throw new Error('network/rows: row and col lengths differ');

  // 1. Stable counting sort of entry ids by column.
  const at = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const c = col[e];
    const r = row[e];
    if (c >= n || r >= n) throw new Error(`network/rows: unit ${Math.max(c, r)} is out of range 0..${n - 1}`);
    at[c + 1]++;
  }
  for (let i = 0; i < n; i++) at[i + 1] += at[i];
  const byCol = new Uint32Array(m);
  for (let e = 0; e < m; e++) byCol[at[col[e]]++] = e;

  // 2. Stable counting sort by row: rows come out sorted by column, repeats in input order.
  const begin = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) begin[row[e] + 1]++;
  for (let i = 0; i < n; i++) begin[i + 1] += begin[i];
  const next = begin.slice(0, n);
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const e = byCol[k];
    order[next[row[e]]++] = e;
  }

  // 3. Gather, dropping repeated neighbours within a row (merge, keep the first).
  const starts = new Uint32Array(n + 1);
  let neighbors = new Uint32Array(m);
  let kinds = new Uint8Array(m);
  let weights = new Float32Array(m);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const first = w;
    for (let k = begin[i], end = begin[i + 1]; k < end; k++) {
      const e = order[k];
      const c = col[e];
      if (w > first && neighbors[w - 1] === c) continue;
      neighbors[w] = c;
      kinds[w] = kind ? kind[e] : STRONG;
      weights[w] = weight ? weight[e] : 1;
      w++;
    }
    starts[i + 1] = w;
  }
  if (w < m) {
    neighbors = neighbors.slice(0, w);
    kinds = kinds.slice(0, w);
    weights = weights.slice(0, w);
  }
  return { starts, neighbors, kinds, weights };
}
