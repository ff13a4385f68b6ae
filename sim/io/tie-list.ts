// Ties as read, row by row, in growable typed arrays; then repeats merged by the
// scenario's policy and self-loops dropped, ready for the engine's Csr builders.
import { InputError } from '../scenario/errors.js';
import { STRONG, WEAK } from '../network/csr.js';

export type RepeatPolicy = 'first' | 'sum' | 'error';

export interface Ties {
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  readonly kind: Uint8Array;
  readonly weight: Float32Array;
}

export interface MergedTies extends Ties {
  /** Rows that named a tie already listed (merged into it). */
  readonly repeats: number;
  readonly selfLoops: number;
}

export class TieList {
  private source = new Uint32Array(1024);
  private target = new Uint32Array(1024);
  private kind = new Uint8Array(1024);
  private weight = new Float32Array(1024);
  /** Line (CSV) or element line (XML) of each row, for messages. */
  private line = new Uint32Array(1024);
  length = 0;

  add(source: number, target: number, kind: number, weight: number, line: number): void {
    if (this.length === this.source.length) this.grow();
    const e = this.length++;
    this.source[e] = source;
    this.target[e] = target;
    this.kind[e] = kind;
    this.weight[e] = weight;
    this.line[e] = line;
  }

  private grow(): void {
    const size = this.source.length * 2;
    const more = <A extends Uint32Array | Uint8Array | Float32Array>(a: A): A => {
      const b = new (a.constructor as new (length: number) => A)(size);
      b.set(a);
      return b;
    };
    this.source = more(this.source);
    this.target = more(this.target);
    this.kind = more(this.kind);
    this.weight = more(this.weight);
    this.line = more(this.line);
  }

  /**
   * Distinct ties in order of first listing. Undirected ties u-v and v-u are one tie.
   * `sum` adds the weights of repeats and makes the tie strong if any row is strong.
   */
  merge(n: number, directed: boolean, policy: RepeatPolicy, source: string): MergedTies {
    const m = this.length;
    // Each row's pair (lo, hi): (source, target), or the smaller end first when undirected.
    const lo = new Uint32Array(m);
    const hi = new Uint32Array(m);
    let selfLoops = 0;
    for (let e = 0; e < m; e++) {
      const a = this.source[e];
      const b = this.target[e];
      if (a === b) selfLoops++;
      const swap = !directed && b < a;
      lo[e] = swap ? b : a;
      hi[e] = swap ? a : b;
    }
    // Rows grouped by pair with two stable counting sorts (by hi, then by lo): O(rows + n),
    // and within a pair the rows stay in file order, so the first is the one kept.
    const order = stableOrder(lo, stableOrder(hi, undefined, n), n);
    const keptAt = new Int32Array(m).fill(-1); // row -> the row it repeats (itself if kept)
    const weight = Float32Array.from(this.weight.subarray(0, m));
    const kind = Uint8Array.from(this.kind.subarray(0, m));
    let repeats = 0;
    let firstRepeat = -1;
    for (let k = 0; k < m; ) {
      const head = order[k];
      let j = k + 1;
      while (j < m && lo[order[j]] === lo[head] && hi[order[j]] === hi[head]) j++;
      if (lo[head] !== hi[head]) {
        keptAt[head] = head;
        for (let r = k + 1; r < j; r++) {
          const e = order[r];
          keptAt[e] = head;
          repeats++;
          if (firstRepeat < 0 || e < firstRepeat) firstRepeat = e;
          if (policy === 'sum') {
            weight[head] += this.weight[e];
            if (this.kind[e] === STRONG) kind[head] = STRONG;
          }
        }
      }
      k = j;
    }
    if (policy === 'error' && firstRepeat >= 0) {
      throw new InputError(source, [
        {
          path: `line ${this.line[firstRepeat]}`,
          message: `tie repeats the one on line ${this.line[keptAt[firstRepeat]]} (set "repeated": "first" or "sum" to accept repeats)`,
        },
      ]);
    }
    const kept = m - repeats - selfLoops;
    const out = {
      source: new Uint32Array(kept),
      target: new Uint32Array(kept),
      kind: new Uint8Array(kept),
      weight: new Float32Array(kept),
      repeats,
      selfLoops,
    };
    let t = 0;
    for (let e = 0; e < m; e++) {
      if (keptAt[e] !== e) continue;
      out.source[t] = this.source[e];
      out.target[t] = this.target[e];
      out.kind[t] = kind[e];
      out.weight[t] = weight[e];
      t++;
    }
    return out;
  }
}

/** Row indices stably sorted by `key` (values < n), starting from `within` (default 0..m-1). */
function stableOrder(key: Uint32Array, within: Uint32Array | undefined, n: number): Uint32Array {
  const m = key.length;
  const at = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) at[key[e] + 1]++;
  for (let i = 0; i < n; i++) at[i + 1] += at[i];
  const out = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const e = within ? within[k] : k;
    out[at[key[e]]++] = e;
  }
  return out;
}

export const KIND_CODES = { strong: STRONG, weak: WEAK } as const;
