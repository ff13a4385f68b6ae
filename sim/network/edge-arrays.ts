// Builds a Csr straight from edge arrays (no graphology object): for huge generated
// graphs, benchmark files and ties added during a run. Self-loops are dropped, repeats merged.
import { makeCsr, type Csr } from './csr.js';
import { rowsFromEntries } from './rows-from-entries.js';
import { undirectedRows } from './undirected-rows.js';

/**
 * An undirected Csr from ties u[e] -- v[e]. Optional per-tie kinds (STRONG/WEAK) and
 * weights; a tie given twice (either way round) keeps its first kind and weight.
 */
export function csrFromEdgeArrays(
  n: number,
  u: Uint32Array,
  v: Uint32Array,
  kinds?: Uint8Array,
  weights?: Float32Array,
): Csr {
  if (!kinds && !weights) return makeCsr(n, undirectedRows(n, u, v));
  const ties = keptTies(u, v);
  const m = ties.length;
  const row = new Uint32Array(2 * m);
  const col = new Uint32Array(2 * m);
  const kind = kinds ? new Uint8Array(2 * m) : undefined;
  const weight = weights ? new Float32Array(2 * m) : undefined;
  // Both directions of a tie sit next to each other, so a repeat is dropped in both rows alike.
  for (let t = 0; t < m; t++) {
    const e = ties[t];
    row[2 * t] = u[e];
    col[2 * t] = v[e];
    row[2 * t + 1] = v[e];
    col[2 * t + 1] = u[e];
    if (kind) kind[2 * t] = kind[2 * t + 1] = kinds![e];
    if (weight) weight[2 * t] = weight[2 * t + 1] = weights![e];
  }
  return makeCsr(n, rowsFromEntries(n, row, col, kind, weight));
}

/**
 * A directed Csr from ties u[e] -> v[e] (u influences v): in-rows list each unit's
 * in-neighbours, `out` its out-neighbours.
 */
export function directedCsrFromEdgeArrays(
  n: number,
  u: Uint32Array,
  v: Uint32Array,
  kinds?: Uint8Array,
  weights?: Float32Array,
): Csr {
  const ties = keptTies(u, v);
  const src = pick(u, ties);
  const dst = pick(v, ties);
  const kind = kinds ? pick(kinds, ties) : undefined;
  const weight = weights ? pick(weights, ties) : undefined;
  return makeCsr(n, rowsFromEntries(n, dst, src, kind, weight), rowsFromEntries(n, src, dst, kind, weight));
}

/** Indices of the ties that are not self-loops. */
function keptTies(u: Uint32Array, v: Uint32Array): Uint32Array {
  if (u.length !== v.length) throw new Error('network/edges: u and v lengths differ');
  let m = 0;
  for (let e = 0; e < u.length; e++) if (u[e] !== v[e]) m++;
  const ties = new Uint32Array(m);
  m = 0;
  for (let e = 0; e < u.length; e++) if (u[e] !== v[e]) ties[m++] = e;
  return ties;
}

function pick<A extends Uint32Array | Uint8Array | Float32Array>(values: A, at: Uint32Array): A {
  const out = new (values.constructor as new (length: number) => A)(at.length);
  for (let k = 0; k < at.length; k++) out[k] = values[at[k]];
  return out;
}
