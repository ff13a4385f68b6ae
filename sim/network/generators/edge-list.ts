// A network written out tie by tie (small hand-built systems, tests): a graphology
// graph with each tie's kind and weight, directed when the spec says so.
import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import type { NetworkSpec } from '../../scenario/network-schema.js';
import { STRONG, WEAK } from '../csr.js';

type EdgeListSpec = Extract<NetworkSpec, { kind: 'edges' }>;

/** Rejects self-loops and unknown units; a tie listed twice keeps its first kind and weight. */
export function edgeListGraph(spec: EdgeListSpec): Graph {
  const graph: Graph = spec.directed ? new DirectedGraph() : new UndirectedGraph();
  for (let i = 0; i < spec.n; i++) graph.addNode(i);
  spec.edges.forEach((edge, at) => {
    const [u, v] = edge;
    if (u >= spec.n || v >= spec.n) throw new Error(`network/edges: edges[${at}] names unit ${Math.max(u, v)}, but n = ${spec.n}`);
    if (u === v) throw new Error(`network/edges: edges[${at}] ties unit ${u} to itself`);
    if (graph.hasEdge(u, v)) return;
    const kind = edge[2] === 'weak' ? WEAK : STRONG;
    const weight = edge[3] ?? 1;
    graph.addEdge(u, v, { kind, weight });
  });
  return graph;
}
