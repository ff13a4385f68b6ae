// Adds strong ties to a compiled network, as when a peer-network lever links its
// members: a new Csr; the old one is untouched, so other strategies still share it.
import { STRONG, entryIndex, isUndirected, makeCsr, type Csr, type CsrRows } from './csr.js';
import { rowsFromEntries } from './rows-from-entries.js';

/**
 * The network plus strong ties between the flat pairs (u0, v0, u1, v1, ...), each with
 * `weight`. Self-pairs and ties already present (of either kind) are skipped; a pair
 * given twice is added once. New ties are mutual: on a directed network both u -> v and
 * v -> u are added where missing. Returns `csr` itself when nothing is new.
 */
export function withExtraTies(csr: Csr, pairs: Int32Array, weight = 1): Csr {
  if (pairs.length % 2 !== 0) throw new Error('network/extraTies: pairs must hold u, v pairs');
  if (!(weight > 0)) throw new Error(`network/extraTies: weight must be > 0, got ${weight}`);
  // Loops live in the helpers. With the pairs loop here, Chromium 156's V8 optimised
  // this function (mergeEntries inlined) before mergeEntries had ever run, then
  // deoptimised it on every later call, running the merge in the interpreter.
  const { from, to } = newEntries(csr, pairs);
  if (from.length === 0) return csr;
  const outRows = mergeEntries(csr.out, from, to, weight);
  if (isUndirected(csr)) return makeCsr(csr.n, outRows);
  return makeCsr(csr.n, mergeEntries(csr, to, from, weight), outRows);
}

/** The directed entries (influencer -> influenced) the pairs add that are not there yet. */
function newEntries(csr: Csr, pairs: Int32Array): { from: Uint32Array; to: Uint32Array } {
  const n = csr.n;
  const from = new Uint32Array(pairs.length);
  const to = new Uint32Array(pairs.length);
  let count = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const u = pairs[k];
    const v = pairs[k + 1];
    if (!(u >= 0 && u < n && v >= 0 && v < n)) throw new Error(`network/extraTies: pair ${u}, ${v} is out of range 0..${n - 1}`);
    if (u === v) continue;
    if (entryIndex(csr.out, u, v) < 0) {
      from[count] = u;
      to[count++] = v;
    }
    if (entryIndex(csr.out, v, u) < 0) {
      from[count] = v;
      to[count++] = u;
    }
  }
  return { from: from.subarray(0, count), to: to.subarray(0, count) };
}

/**
 * Rows with the new entries (row[k], col[k]) merged into each sorted row: none is
 * already there (checked above). Only the new entries are sorted (and a repeat among
 * them dropped), so the cost is one pass over the old rows.
 */
function mergeEntries(rows: CsrRows, row: Uint32Array, col: Uint32Array, weight: number): CsrRows {
  const n = rows.starts.length - 1;
  const added = rowsFromEntries(n, row, col);
  const m = rows.neighbors.length + added.neighbors.length;
  const starts = new Uint32Array(n + 1);
  const neighbors = new Uint32Array(m);
  const kinds = new Uint8Array(m);
  const weights = new Float32Array(m);
  let w = 0;
  for (let i = 0; i < n; i++) {
    let e = rows.starts[i];
    const end = rows.starts[i + 1];
    let a = added.starts[i];
    const addedEnd = added.starts[i + 1];
    while (e < end || a < addedEnd) {
      if (a >= addedEnd || (e < end && rows.neighbors[e] < added.neighbors[a])) {
        neighbors[w] = rows.neighbors[e];
        kinds[w] = rows.kinds[e];
        weights[w++] = rows.weights[e++];
      } else {
        neighbors[w] = added.neighbors[a++];
        kinds[w] = STRONG;
        weights[w++] = weight;
      }
    }
    starts[i + 1] = w;
  }
  return { starts, neighbors, kinds, weights };
}
