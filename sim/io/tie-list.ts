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
    const first = new Map<number, number>(); // pair key -> index among kept ties
    const keep = new Uint32Array(m);
    const weight = new Float32Array(m);
    const kind = new Uint8Array(m);
    let kept = 0;
    let repeats = 0;
    let selfLoops = 0;
    for (let e = 0; e < m; e++) {
      const a = this.source[e];
      const b = this.target[e];
      if (a === b) {
        selfLoops++;
        continue;
      }
      // n <= 5e6, so a * n + b < 2^53: an exact number key.
      const key = directed || a < b ? a * n + b : b * n + a;
      const at = first.get(key);
      if (at === undefined) {
        first.set(key, kept);
        keep[kept] = e;
        weight[kept] = this.weight[e];
        kind[kept] = this.kind[e];
        kept++;
        continue;
      }
      repeats++;
      if (policy === 'error') {
        throw new InputError(source, [
          { path: `line ${this.line[e]}`, message: `tie repeats the one on line ${this.line[keep[at]]} (set "repeated": "first" or "sum" to accept repeats)` },
        ]);
      }
      if (policy === 'sum') {
        weight[at] += this.weight[e];
        if (this.kind[e] === STRONG) kind[at] = STRONG;
      }
    }
    const out = {
      source: new Uint32Array(kept),
      target: new Uint32Array(kept),
      kind: kind.slice(0, kept),
      weight: weight.slice(0, kept),
      repeats,
      selfLoops,
    };
    for (let t = 0; t < kept; t++) {
      out.source[t] = this.source[keep[t]];
      out.target[t] = this.target[keep[t]];
    }
    return out;
  }
}

export const KIND_CODES = { strong: STRONG, weak: WEAK } as const;
