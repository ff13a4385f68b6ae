// Compiles a graphology graph into the Csr the engine steps over, once per replicate:
// node i is the i-th node in the graph's own (insertion) order; rows sorted by neighbour.
import type Graph from 'graphology';
import { WEAK, STRONG, makeCsr, type Csr } from './csr.js';
import { rowsFromEntries } from './rows-from-entries.js';

/**
 * Edge attributes read: `kind` ('weak' or WEAK marks a weak tie; anything else is
 * strong) and `weight` (> 0, default 1). Undirected edges fill both endpoints' rows;
 * directed edges u -> v put u in v's in-row and v in u's `out` row. A graph with any
 * directed edge compiles to separate in- and out-rows.
 */
export function compileGraph(graph: Graph): Csr {
  const n = graph.order;
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key) => void index.set(key, i++));

  const size = graph.size;
  const src = new Uint32Array(size);
  const dst = new Uint32Array(size);
  const kind = new Uint8Array(size);
  const weight = new Float32Array(size);
  const undirected = new Uint8Array(size);
  let e = 0;
  graph.forEachEdge((_edge, attrs, source, target, _sa, _ta, isUndirected) => {
    const w = attrs.weight ?? 1;
    if (!(typeof w === 'number' && w > 0)) throw new Error(`network/compile: tie ${source}-${target} has weight ${w}; must be > 0`);
    src[e] = index.get(source)!;
    dst[e] = index.get(target)!;
    kind[e] = attrs.kind === 'weak' || attrs.kind === WEAK ? WEAK : STRONG;
    weight[e] = w;
    undirected[e] = isUndirected ? 1 : 0;
    e++;
  });

  const directed = graph.type !== 'undirected';
  // Directed entries: an undirected tie counts as influence both ways.
  let m = 0;
  for (let k = 0; k < size; k++) if (src[k] !== dst[k]) m += directed && !undirected[k] ? 1 : 2;
  const from = new Uint32Array(m);
  const to = new Uint32Array(m);
  const kinds = new Uint8Array(m);
  const weights = new Float32Array(m);
  m = 0;
  for (let k = 0; k < size; k++) {
    if (src[k] === dst[k]) continue; // no self-influence
    from[m] = src[k];
    to[m] = dst[k];
    kinds[m] = kind[k];
    weights[m++] = weight[k];
    if (directed && !undirected[k]) continue;
    from[m] = dst[k];
    to[m] = src[k];
    kinds[m] = kind[k];
    weights[m++] = weight[k];
  }
  if (!directed) return makeCsr(n, rowsFromEntries(n, from, to, kinds, weights));
  return makeCsr(n, rowsFromEntries(n, to, from, kinds, weights), rowsFromEntries(n, from, to, kinds, weights));
}
