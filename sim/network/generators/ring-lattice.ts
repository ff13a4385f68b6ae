// Ring lattices and Watts–Strogatz rewiring, on the whole graph or on a contiguous block
// of units (a region of the health-system generator). graphology-generators has neither.
import type { UndirectedGraph } from 'graphology';
import type { Random } from '../../random/rng.js';
import { addTie, emptyGraph, type TieGraph } from './simple-graph.js';

/** A ring of n units, each tied to the floor(k/2) nearest on each side. */
export function ringLattice(n: number, k: number): UndirectedGraph {
  const graph = emptyGraph(n);
  addRingLattice(graph, 0, n, k);
  return graph;
}

/**
 * Watts–Strogatz small world: a ring lattice whose ties are each rewired with
 * probability `rewire` to a uniformly random unit (as networkx's watts_strogatz_graph).
 */
export function wattsStrogatz(n: number, k: number, rewire: number, random: Random): UndirectedGraph {
  const graph = ringLattice(n, k);
  rewireLattice(graph, 0, n, k, rewire, random);
  return graph;
}

/** Ties units first..first+count-1 in a ring, each to floor(k/2) neighbours per side. */
export function addRingLattice(graph: TieGraph, first: number, count: number, k: number): void {
  const half = Math.floor(k / 2);
  for (let d = 1; d <= half; d++) {
    for (let i = 0; i < count; i++) addTie(graph, first + i, first + ((i + d) % count));
  }
}

/**
 * Rewires the block's lattice ties, pass by pass (distance 1, then 2, ...): with
 * probability p the tie u -- u+d becomes u -- w, w uniform in the block, not u and
 * not already tied to u. A unit tied to the whole block keeps its tie. Call it before
 * any other tie touches the block, so degree counts only the block's own ties.
 */
export function rewireLattice(
  graph: TieGraph,
  first: number,
  count: number,
  k: number,
  p: number,
  random: Random,
): void {
  if (p <= 0) return;
  const half = Math.floor(k / 2);
  for (let d = 1; d <= half; d++) {
    for (let i = 0; i < count; i++) {
      if (random() >= p) continue;
      const u = first + i;
      const v = first + ((i + d) % count);
      // Gone already in small blocks, where two passes name the same pair.
      if (u === v || !graph.hasEdge(u, v)) continue;
      if (graph.degree(u) >= count - 1) continue;
      let w: number;
      do w = first + Math.floor(random() * count);
      while (w === u || graph.hasEdge(u, w));
      graph.dropEdge(u, v);
      addTie(graph, u, w);
    }
  }
}
