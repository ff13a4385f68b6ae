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
