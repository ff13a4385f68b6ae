// The graph every generator starts from (units 0..n-1 in index order) and the one way
// generators add a tie: never a self-loop, never a second tie between the same pair.
import { UndirectedGraph } from 'graphology';
import { STRONG, type TieKindCode } from '../csr.js';

/** An undirected graph with nodes 0..n-1, inserted in order (so node i compiles to unit i). */
export function emptyGraph(n: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(i);
  return graph;
}

/**
 * The graph operations generators use: a graphology UndirectedGraph has them, and so
 * does the lighter TieSet used for large systems.
 */
export interface TieGraph {
  hasEdge(u: number, v: number): boolean;
  addUndirectedEdge(u: number, v: number, attributes: { kind: TieKindCode; weight: number }): unknown;
  dropEdge(u: number, v: number): void;
  degree(u: number): number;
}

/** Adds the tie u -- v unless it is a self-loop or already there; true when added. */
export function addTie(graph: TieGraph, u: number, v: number, kind: TieKindCode = STRONG): boolean {
  if (u === v || graph.hasEdge(u, v)) return false;
  graph.addUndirectedEdge(u, v, { kind, weight: 1 });
  return true;
}
