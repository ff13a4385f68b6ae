// Betweenness centrality on the compiled network (Brandes 2001), exact for small
// systems and estimated from sampled source units for large ones.
import type { Csr } from '../network/csr.js';
import type { Random } from '../random/rng.js';

/** Above this many units, betweenness is estimated from `pivots` random sources. */
export const EXACT_BETWEENNESS_LIMIT = 2000;

export function betweenness(csr: Csr, random: Random, pivots = 256): Float64Array {
  const n = csr.n;
  const { starts, neighbors } = csr.out;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const sources = chooseSources(n, random, n <= EXACT_BETWEENNESS_LIMIT ? n : Math.min(pivots, n));
  for (const source of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    dist[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (let e = starts[v]; e < starts[v + 1]; e++) {
        const w = neighbors[e];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Accumulate dependencies in reverse BFS order, over in-neighbours.
    for (let q = tail - 1; q > 0; q--) {
      const w = order[q];
      for (let e = csr.starts[w]; e < csr.starts[w + 1]; e++) {
        const v = csr.neighbors[e];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      score[w] += delta[w];
    }
  }
  return score;
}

function chooseSources(n: number, random: Random, k: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (k >= n) return all;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const tmp = all[i];
    all[i] = all[j];
    all[j] = tmp;
  }
  return all.subarray(0, k);
}
