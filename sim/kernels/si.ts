// Susceptible–infected spread, synchronous: each adopted unit gives each non-adopted
// out-neighbour one chance per step with probability p, from the step after it adopts.
import type { Random } from '../random/rng.js';
import { entryCount, type Csr } from '../network/csr.js';
import type { CascadeResult } from './cascade-result.js';
import { frontierBits, int32View, orderFrontier, placeSeeds } from './frontier.js';

export interface SiOptions {
  /** Chance per step per adopted neighbour. */
  readonly p: number;
  /** Steps to run (the horizon). */
  readonly steps: number;
  /** The replicate's stream for transmission draws. */
  readonly random: Random;
}

/**
 * Instead of a draw per tie per step, each tie gets one draw when its source adopts: the
 * step of its first success, geometric, 1 + floor(ln U / ln(1 - p)). A unit adopts at
 * the earliest arrival over its ties (a bucket queue by step). Equal in distribution to
 * the per-step Bernoulli process. No draw for a target already adopted; draws go tie by
 * tie, adopters in ascending index and rows in neighbour order, so results are
 * deterministic given the stream.
 */
export function si(csr: Csr, seeds: ArrayLike<number>, options: SiOptions): CascadeResult {
  const { n } = csr;
  const outStarts = int32View(csr.out.starts);
  const outNeighbors = int32View(csr.out.neighbors);
  const { p, steps, random } = options;
  if (!(Number.isInteger(steps) && steps >= 0)) throw new Error(`kernels/si: steps must be a whole number >= 0, got ${steps}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`kernels/si: p must be in [0, 1], got ${p}`);

  const adoptedAt = new Int32Array(n).fill(-1);
  // earliest[j]: earliest arrival scheduled for j so far; later arrivals are not queued.
  const earliest = new Int32Array(n).fill(0x7fffffff);
  // Bucket queue: a linked list of queued units per step. Each tie is drawn at most once.
  const head = new Int32Array(steps + 1).fill(-1);
  const capacity = entryCount(csr.out);
  const queued = new Uint32Array(capacity);
  const link = new Int32Array(capacity);
  let used = 0;
  const perStep = p < 1 ? 1 / Math.log(1 - p) : 0; // p = 1: every delay is 1

  let current = new Int32Array(n);
  let next = new Int32Array(n);
  const bits = frontierBits(n);
  let size = placeSeeds('si', seeds, adoptedAt, current, bits);

  const curve = new Uint32Array(steps + 1);
  let total = size;
  curve[0] = total;
  let visits = 0;
  for (let t = 0; t < steps; t++) {
    if (total === n) {
      curve.fill(total, t + 1); // everyone has adopted: nothing left to draw for
      break;
    }
    // 1. Adopters of step t draw each tie's delay to a non-adopted neighbour.
    if (p > 0) {
      for (let k = 0; k < size; k++) {
        const u = current[k];
        const end = outStarts[u + 1];
        let e = outStarts[u];
        visits += end - e;
        for (; e < end; e++) {
          const j = outNeighbors[e];
          if (adoptedAt[j] >= 0) continue;
          const arrival = t + 1 + Math.floor(Math.log(1 - random()) * perStep);
          if (arrival > steps || arrival >= earliest[j]) continue;
          earliest[j] = arrival;
          queued[used] = j;
          link[used] = head[arrival];
          head[arrival] = used++;
        }
      }
    }
    // 2. Step t+1: queued units not adopted earlier adopt now.
    let added = 0;
    for (let q = head[t + 1]; q >= 0; q = link[q]) {
      const j = queued[q];
      if (adoptedAt[j] >= 0) continue;
      adoptedAt[j] = t + 1;
      next[added++] = j;
      bits[j >>> 5] |= 1 << (j & 31);
    }
    total += added;
    curve[t + 1] = total;
    [current, next] = [next, current];
    size = added;
    orderFrontier(current, size, bits);
  }
  return { adoptedPerStep: curve, steps, edgeVisits: visits, adoptedAt };
}
