// A bare undirected tie set with the few graph operations the generators use, for
// systems too large to author through a graphology object quickly. It compiles to
// exactly the Csr compileGraph makes of the same ties: rows are sorted, so the order
// ties are stored in never shows.
//
// Ties live in an open-addressing hash table over typed arrays (linear probing,
// tombstones for dropped ties): no object per tie, so building a million-unit system
// creates no garbage and keys never outgrow small integers.
import { makeCsr, type Csr, type TieKindCode } from './csr.js';
import { rowsFromEntries } from './rows-from-entries.js';
import type { TieGraph } from './generators/simple-graph.js';

const EMPTY = -1;
const DROPPED = -2;
/** Grow when live plus dropped slots pass this share of the table. */
const MAX_LOAD = 0.5;

export class TieSet implements TieGraph {
  private readonly degrees: Int32Array;
  /** Lower endpoint per slot (EMPTY, DROPPED or a unit), the higher one, and the tie's kind. */
  private low: Int32Array;
  private high: Int32Array;
  private kind: Uint8Array;
  private mask: number;
  private live = 0;
  private used = 0;

  constructor(readonly n: number) {
    this.degrees = new Int32Array(n);
    // Room for about two ties per unit before the first growth.
    const slots = tableSize(4 * n);
    this.low = new Int32Array(slots).fill(EMPTY);
    this.high = new Int32Array(slots);
    this.kind = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  hasEdge(u: number, v: number): boolean {
    return this.find(u, v) >= 0;
  }

  /** Adds u -- v (generators add a tie only after hasEdge said it is missing). */
  addUndirectedEdge(u: number, v: number, attributes: { kind: TieKindCode; weight: number }): void {
    const at = this.find(u, v);
    if (at >= 0) {
      this.kind[at] = attributes.kind;
      return;
    }
    if ((this.used + 1) / (this.mask + 1) > MAX_LOAD) this.grow();
    const lo = u < v ? u : v;
    const hi = u < v ? v : u;
    let s = slotOf(lo, hi, this.mask);
    while (this.low[s] >= 0) s = (s + 1) & this.mask;
    if (this.low[s] === EMPTY) this.used++;
    this.low[s] = lo;
    this.high[s] = hi;
    this.kind[s] = attributes.kind;
    this.live++;
    this.degrees[u]++;
    this.degrees[v]++;
  }

  dropEdge(u: number, v: number): void {
    const at = this.find(u, v);
    if (at < 0) return;
    this.low[at] = DROPPED;
    this.live--;
    this.degrees[u]--;
    this.degrees[v]--;
  }

  degree(u: number): number {
    return this.degrees[u];
  }

  /** Every tie in both rows, weight 1, rows sorted by neighbour. */
  toCsr(): Csr {
    const n = this.n;
    const m = 2 * this.live;
    const from = new Uint32Array(m);
    const to = new Uint32Array(m);
    const kinds = new Uint8Array(m);
    const weights = new Float32Array(m).fill(1);
    // The loop in a function of its own that returns nothing: see fillFitProfile (model/replicate.ts).
    fillEntries(this.low, this.high, this.kind, from, to, kinds);
    return makeCsr(n, rowsFromEntries(n, from, to, kinds, weights));
  }

  /** The slot holding u -- v, or -1. */
  private find(u: number, v: number): number {
    const lo = u < v ? u : v;
    const hi = u < v ? v : u;
    for (let s = slotOf(lo, hi, this.mask); ; s = (s + 1) & this.mask) {
      const x = this.low[s];
      if (x === EMPTY) return -1;
      if (x === lo && this.high[s] === hi) return s;
    }
  }

  /** A new table with room for twice the live ties; dropped slots are left behind. */
  private grow(): void {
    const { low, high, kind } = this;
    const size = tableSize(2 * (this.live + 1));
    this.low = new Int32Array(size).fill(EMPTY);
    this.high = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.mask = size - 1;
    this.used = this.live;
    for (let s = 0; s < low.length; s++) {
      const lo = low[s];
      if (lo < 0) continue;
      let t = slotOf(lo, high[s], this.mask);
      while (this.low[t] !== EMPTY) t = (t + 1) & this.mask;
      this.low[t] = lo;
      this.high[t] = high[s];
      this.kind[t] = kind[s];
    }
  }
}

/** Both directed entries of every live tie in the table, in slot order. */
function fillEntries(low: Int32Array, high: Int32Array, kind: Uint8Array, from: Uint32Array, to: Uint32Array, kinds: Uint8Array): void {
  let e = 0;
  for (let s = 0; s < low.length; s++) {
    const u = low[s];
    if (u < 0) continue;
    const v = high[s];
    from[e] = u;
    to[e] = v;
    kinds[e++] = kind[s];
    from[e] = v;
    to[e] = u;
    kinds[e++] = kind[s];
  }
}

/** A power of two with room for `entries` at the maximum load. */
function tableSize(entries: number): number {
  let size = 16;
  while (size * MAX_LOAD < entries) size *= 2;
  return size;
}

/** Home slot of the tie lo -- hi: a multiplicative hash of both endpoints. */
function slotOf(lo: number, hi: number, mask: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & mask;
}
