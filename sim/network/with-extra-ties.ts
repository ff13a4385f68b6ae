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
  const n = csr.n;
  // Directed entries (influencer -> influenced) that are new.
  const from: number[] = [];
  const to: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const u = pairs[k];
    const v = pairs[k + 1];
    if (!(u >= 0 && u < n && v >= 0 && v < n)) throw new Error(`network/extraTies: pair ${u}, ${v} is out of range 0..${n - 1}`);
    if (u === v) continue;
    if (entryIndex(csr.out, u, v) < 0) {
      from.push(u);
      to.push(v);
    }
    if (entryIndex(csr.out, v, u) < 0) {
      from.push(v);
      to.push(u);
    }
  }
  if (from.length === 0) return csr;
  const outRows = addEntries(n, csr.out, from, to, weight);
  if (isUndirected(csr)) return makeCsr(n, outRows);
  return makeCsr(n, addEntries(n, csr, to, from, weight), outRows);
}

/** Rows holding the existing entries first (so they win any repeat), then the new ones. */
function addEntries(n: number, rows: CsrRows, row: number[], col: number[], weight: number): CsrRows {
  const old = rows.neighbors.length;
  const m = old + row.length;
  const r = new Uint32Array(m);
  const c = new Uint32Array(m);
  const kinds = new Uint8Array(m);
  const weights = new Float32Array(m);
  for (let i = 0; i < n; i++) r.fill(i, rows.starts[i], rows.starts[i + 1]);
  c.set(rows.neighbors);
  kinds.set(rows.kinds);
  weights.set(rows.weights);
  for (let k = 0; k < row.length; k++) {
    r[old + k] = row[k];
    c[old + k] = col[k];
    kinds[old + k] = STRONG;
    weights[old + k] = weight;
  }
  return rowsFromEntries(n, r, c, kinds, weights);
}
