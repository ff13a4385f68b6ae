// Barabási–Albert preferential attachment (networkx's barabasi_albert_graph algorithm):
// as edge arrays for the typed-array path, and as a graphology graph for authoring.
import type { UndirectedGraph } from 'graphology';
import type { Random } from '../../random/rng.js';
import { STRONG } from '../csr.js';
import { emptyGraph } from './simple-graph.js';

/**
 * Ties u[e] -- v[e]: a star on units 0..m, then each new unit ties to m distinct units
 * drawn in proportion to degree (uniform picks from the list of tie ends).
 */
export function barabasiAlbertEdges(n: number, m: number, random: Random): { u: Uint32Array; v: Uint32Array } {
  if (!(Number.isInteger(m) && m >= 1 && m < n)) {
    throw new Error(`network/barabasiAlbert: m (${m}) must be an integer in 1..n-1 (n = ${n})`);
  }
  const ties = m + m * (n - m - 1);
  const u = new Uint32Array(ties);
  const v = new Uint32Array(ties);
  // Every tie end once: picking uniformly from it is picking in proportion to degree.
  const ends = new Uint32Array(2 * ties);
  let len = 0;
  let e = 0;
  for (let leaf = 1; leaf <= m; leaf++) {
    u[e] = 0;
    v[e++] = leaf;
  }
  for (let q = 0; q < m; q++) ends[len++] = 0;
  for (let leaf = 1; leaf <= m; leaf++) ends[len++] = leaf;

  const picked = new Uint32Array(n); // picked[x] === source + 1: x already chosen by source
  for (let source = m + 1; source < n; source++) {
    const first = e;
    const pool = len; // this unit's picks see the list as it was before it joined
    while (e - first < m) {
      const x = ends[Math.floor(random() * pool)];
      if (picked[x] === source + 1) continue;
      picked[x] = source + 1;
      u[e] = source;
      v[e++] = x;
    }
    for (let t = first; t < e; t++) ends[len++] = v[t];
    for (let q = 0; q < m; q++) ends[len++] = source;
  }
  return { u, v };
}

/** The same network as a graphology graph (identical ties for the same stream). */
export function barabasiAlbert(n: number, m: number, random: Random): UndirectedGraph {
  const { u, v } = barabasiAlbertEdges(n, m, random);
  const graph = emptyGraph(n);
  for (let e = 0; e < u.length; e++) graph.addUndirectedEdge(u[e], v[e], { kind: STRONG, weight: 1 });
  return graph;
}
