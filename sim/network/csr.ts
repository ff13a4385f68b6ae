// The compiled network the engine steps over: compressed sparse rows.
// Built once per replicate from a graphology graph (or straight from arrays for huge graphs).

/** Tie kinds, stored one byte per directed CSR entry. */
export const STRONG = 0;
export const WEAK = 1;
export type TieKindCode = typeof STRONG | typeof WEAK;

/**
 * Neighbours of unit i are `neighbors[starts[i] .. starts[i+1])`, with the tie's
 * kind and weight at the same offsets. An undirected tie appears once in each
 * endpoint's row. For a directed network a row lists the units that influence i
 * (in-neighbours), which is what every exposure counter needs.
 */
export interface Csr {
  readonly n: number;
  readonly starts: Uint32Array; // length n + 1
  readonly neighbors: Uint32Array; // length starts[n]
  readonly kinds: Uint8Array; // length starts[n], STRONG or WEAK
  readonly weights: Float32Array; // length starts[n], > 0
  /**
   * Rows of the units each unit influences (out-neighbours). The same object as
   * the in-rows when the network is undirected.
   */
  readonly out: CsrRows;
}

export interface CsrRows {
  readonly starts: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly kinds: Uint8Array;
  readonly weights: Float32Array;
}

/** Number of directed entries (twice the tie count for an undirected network). */
export function entryCount(csr: CsrRows): number {
  return csr.starts[csr.starts.length - 1];
}

/** A Csr from its in-rows; undirected when `out` is left out (then `out` is the Csr itself). */
export function makeCsr(n: number, rows: CsrRows, out?: CsrRows): Csr {
  const csr: { -readonly [K in keyof Csr]: Csr[K] } = {
    n,
    starts: rows.starts,
    neighbors: rows.neighbors,
    kinds: rows.kinds,
    weights: rows.weights,
    out: rows,
  };
  csr.out = out ?? csr;
  return csr;
}

/** True when every tie appears in both endpoints' rows (out-rows are the in-rows). */
export function isUndirected(csr: Csr): boolean {
  return csr.out === csr;
}

/** Offset of neighbour j in row i (rows are sorted), or -1 when i and j are not tied. */
export function entryIndex(rows: CsrRows, i: number, j: number): number {
  let lo = rows.starts[i];
  let hi = rows.starts[i + 1] - 1;
  const nb = rows.neighbors;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = nb[mid];
    if (x < j) lo = mid + 1;
    else if (x > j) hi = mid - 1;
    else return mid;
  }
  return -1;
}
