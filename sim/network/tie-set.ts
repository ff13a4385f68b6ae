// A bare undirected tie set with the few graph operations the generators use, for
// systems too large to author through a graphology object quickly. It compiles to
// exactly the Csr compileGraph makes of the same ties.
import { makeCsr, type Csr, type TieKindCode } from './csr.js';
import { rowsFromEntries } from './rows-from-entries.js';
import type { TieGraph } from './generators/simple-graph.js';

export class TieSet implements TieGraph {
  private readonly ties = new Map<number, TieKindCode>();
  private readonly degrees: Int32Array;

  constructor(readonly n: number) {
    this.degrees = new Int32Array(n);
  }

  private key(u: number, v: number): number {
    return u < v ? u * this.n + v : v * this.n + u;
  }

  hasEdge(u: number, v: number): boolean {
    return this.ties.has(this.key(u, v));
  }

  addUndirectedEdge(u: number, v: number, attributes: { kind: TieKindCode; weight: number }): void {
    this.ties.set(this.key(u, v), attributes.kind);
    this.degrees[u]++;
    this.degrees[v]++;
  }

  dropEdge(u: number, v: number): void {
    if (!this.ties.delete(this.key(u, v))) return;
    this.degrees[u]--;
    this.degrees[v]--;
  }

  degree(u: number): number {
    return this.degrees[u];
  }

  /** Every tie in both rows, weight 1, rows sorted by neighbour. */
  toCsr(): Csr {
    const m = 2 * this.ties.size;
    const from = new Uint32Array(m);
    const to = new Uint32Array(m);
    const kinds = new Uint8Array(m);
    const weights = new Float32Array(m).fill(1);
    let e = 0;
    for (const [key, kind] of this.ties) {
      const u = Math.floor(key / this.n);
      const v = key - u * this.n;
      from[e] = u;
      to[e] = v;
      kinds[e++] = kind;
      from[e] = v;
      to[e] = u;
      kinds[e++] = kind;
    }
    return makeCsr(this.n, rowsFromEntries(this.n, from, to, kinds, weights));
  }
}
