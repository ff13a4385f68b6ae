// Fast path for undirected ties with no kinds or weights (huge generated graphs, benchmark
// files): one scatter pass into rows, then each row sorted and deduplicated in place.
import { STRONG, type CsrRows } from './csr.js';

/** Rows are short in sparse networks: insertion sort beats a call below this length. */
const INSERTION_MAX = 24;

/** Rows for ties u[e] -- v[e]; self-loops dropped, repeats merged; all strong, weight 1. */
export function undirectedRows(n: number, u: Uint32Array, v: Uint32Array): CsrRows {
  const m = u.length;
  if (v.length !== m) throw new Error('network/edges: u and v lengths differ');
  // 1. Degrees (self-loops left out), then row starts.
  const begin = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = u[e];
    const b = v[e];
    if (a >= n || b >= n) throw new Error(`network/edges: unit ${Math.max(a, b)} is out of range 0..${n - 1}`);
    if (a === b) continue;
    begin[a + 1]++;
    begin[b + 1]++;
  }
  for (let i = 0; i < n; i++) begin[i + 1] += begin[i];

  // 2. Scatter both directions of each tie.
  const total = begin[n];
  let neighbors = new Uint32Array(total);
  const fill = begin.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = u[e];
    const b = v[e];
    if (a === b) continue;
    neighbors[fill[a]++] = b;
    neighbors[fill[b]++] = a;
  }

  // 3. Sort each row and squeeze out repeats, shifting rows left as needed.
  const starts = new Uint32Array(n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const lo = begin[i];
    const hi = begin[i + 1];
    sortRow(neighbors, lo, hi);
    const first = w;
    for (let k = lo; k < hi; k++) {
      const x = neighbors[k];
      if (w > first && neighbors[w - 1] === x) continue;
      neighbors[w++] = x;
    }
    starts[i + 1] = w;
  }
  if (w < total) neighbors = neighbors.slice(0, w);
  return { starts, neighbors, kinds: new Uint8Array(w).fill(STRONG), weights: new Float32Array(w).fill(1) };
}

function sortRow(a: Uint32Array, lo: number, hi: number): void {
  if (hi - lo > INSERTION_MAX) {
    a.subarray(lo, hi).sort();
    return;
  }
  for (let k = lo + 1; k < hi; k++) {
    const x = a[k];
    let j = k - 1;
    while (j >= lo && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}
