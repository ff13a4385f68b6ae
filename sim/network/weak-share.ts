// Labels a random share of an undirected network's ties weak (the textbook generators'
// `weakShare`): one draw per tie, in row order, marking both of the tie's entries.
import type { Random } from '../random/rng.js';
import { WEAK, entryIndex, isUndirected, type Csr } from './csr.js';

/** Marks each tie weak with probability `share`, in place; no draws when share is 0 or 1. */
export function labelWeakShare(csr: Csr, share: number, random: Random): void {
  if (share <= 0) return;
  if (!isUndirected(csr)) throw new Error('network/weakShare: needs an undirected network');
  const { n, starts, neighbors, kinds } = csr;
  for (let i = 0; i < n; i++) {
    for (let e = starts[i], end = starts[i + 1]; e < end; e++) {
      const j = neighbors[e];
      if (j <= i) continue; // each tie once, from its lower end
      if (share < 1 && random() >= share) continue;
      kinds[e] = WEAK;
      kinds[entryIndex(csr, j, i)] = WEAK;
    }
  }
}
