// Barabási–Albert straight into typed arrays, no graphology object: the path for very
// large networks (a million units in well under a second); same ties as the graph path.
import type { Random } from '../random/rng.js';
import type { Csr } from './csr.js';
import { csrFromEdgeArrays } from './edge-arrays.js';
import { barabasiAlbertEdges } from './generators/barabasi-albert.js';

/** An undirected BA network of n units, each new unit making m ties; all strong, weight 1. */
export function barabasiAlbertCsr(n: number, m: number, random: Random): Csr {
  const { u, v } = barabasiAlbertEdges(n, m, random);
  return csrFromEdgeArrays(n, u, v);
}
