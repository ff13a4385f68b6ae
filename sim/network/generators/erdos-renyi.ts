// Erdős–Rényi G(n, p) from graphology-generators, called with the run's stream
// (the complete graph, the other generator it has, goes straight to arrays: complete-csr.ts).
import { UndirectedGraph } from 'graphology';
import erdosRenyi from 'graphology-generators/random/erdos-renyi.js';
import type { Random } from '../../random/rng.js';

/** G(n, p) with p = meanDegree / (n - 1), by the sparse (skip-ahead) algorithm. */
export function erdosRenyiGraph(n: number, meanDegree: number, random: Random): UndirectedGraph {
  const probability = n > 1 ? Math.min(1, meanDegree / (n - 1)) : 0;
  return erdosRenyi.sparse(UndirectedGraph, { order: n, probability, rng: random }) as UndirectedGraph;
}
