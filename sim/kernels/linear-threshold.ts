// The linear threshold model (Granovetter 1978; Watts 2002), synchronous: a unit adopts
// at step t+1 when the share of its adopted in-neighbours at step t is >= its theta.
import type { Csr } from '../network/csr.js';
import type { CascadeResult } from './cascade-result.js';
import { frontierBits, int32View, orderFrontier, placeSeeds } from './frontier.js';

export interface ThresholdOptions {
  /** One theta for every unit, or one per unit. */
  readonly theta: number | ArrayLike<number>;
  /** Run exactly this many steps; left out, run until a step adds nobody (not recorded). */
  readonly steps?: number;
  /** 'auto' pulls on busy steps; 'push' never does (same adopters, other edge visits). */
  readonly direction?: 'auto' | 'push';
}

/**
 * Pull instead of push once a step's frontier would touch more than this share of the
 * ties still leading to unadopted units: scanning those rows in memory order against an
 * adopted bitmap (n/8 bytes, cache-resident) beats scattered countdown updates then
 * (direction-optimising traversal, Beamer, Asanovic and Patterson 2012, whose switch
 * point alpha = 14 this is). On the 1M-unit benchmark cascade it pulls on two steps
 * instead of one: the same time (85-88 ms), with more of the ties read in streams.
 */
const PULL_WHEN_FRONTIER_EXCEEDS = 1 / 14;

/**
 * Deterministic given the graph and seeds. Each unit keeps a countdown of adopted
 * neighbours still needed; only a new adopter's out-neighbours are touched, once each,
 * and a unit joins the next frontier exactly when its countdown reaches 0. On busy steps
 * the unadopted units instead count their adopted in-neighbours (pull); both give the
 * same adopters. Shares are
 * unweighted: neighbours counted, as in the shared benchmark. A unit with no
 * in-neighbours has share 0; theta <= 0 means adopting at step 1 regardless.
 */
export function linearThreshold(csr: Csr, seeds: ArrayLike<number>, options: ThresholdOptions): CascadeResult {
  const { n, starts } = csr;
  const outStarts = int32View(csr.out.starts);
  const outNeighbors = int32View(csr.out.neighbors);
  const { theta, steps } = options;
  const fixed = steps !== undefined;
  const pullAllowed = options.direction !== 'push';
  if (fixed && !(Number.isInteger(steps) && steps >= 0)) throw new Error(`kernels/threshold: steps must be a whole number >= 0, got ${steps}`);

  // 1. Seeds and countdowns. remaining[i] <= 0 once i has adopted (or is queued to), so
  //    the exact test `=== 0` after a decrement fires once per unit. Countdowns never leave
  //    [-degree, degree + 1], so 16 bits do unless some unit has 32,767+ in-neighbours:
  //    half the bytes of the one randomly accessed array, about 20% off the run.
  const adoptedAt = new Int32Array(n).fill(-1);
  const adopted = frontierBits(n);
  const inStarts = int32View(starts);
  const inNeighbors = int32View(csr.neighbors);
  const widest = maxDegree(starts, n);
  const remaining = widest < 0x7fff ? new Int16Array(n) : new Int32Array(n);
  let current = new Int32Array(n);
  let next = new Int32Array(n);
  const bits = frontierBits(n);
  let size = placeSeeds('threshold', seeds, adoptedAt, current, bits);
  for (let k = 0; k < size; k++) adopted[current[k] >>> 5] |= 1 << (current[k] & 31);
  let queued = 0; // units adopting at step 1 without social proof
  // With one shared theta the countdown depends on degree only: a table, filled as met.
  const shared = typeof theta === 'number';
  const byDegree = new Int32Array(shared ? widest + 1 : 0).fill(-1);
  // Ties into units not yet adopted: what a pull step would read.
  let openTies = 0;
  for (let i = 0; i < n; i++) {
    if (adoptedAt[i] === 0) continue;
    const degree = starts[i + 1] - starts[i];
    openTies += degree;
    let need: number;
    if (shared) {
      need = byDegree[degree];
      if (need < 0) need = byDegree[degree] = needed(degree, theta);
    } else {
      need = needed(degree, theta[i]);
    }
    remaining[i] = need;
    if (need === 0) {
      next[queued++] = i;
      bits[i >>> 5] |= 1 << (i & 31);
    }
  }

  // 2. Steps: each adopter of step t counts once toward each out-neighbour.
  const curve: number[] = [size];
  let total = size;
  let visits = 0;
  for (let t = 0; fixed ? t < steps : size > 0 || t === 0; t++) {
    if (total === n) {
      // Everyone has adopted: nothing can change, so skip reading the last rows.
      while (fixed && curve.length <= steps) curve.push(total);
      break;
    }
    let added = t === 0 ? queued : 0;
    let frontierTies = 0;
    for (let k = 0; k < size; k++) frontierTies += outStarts[current[k] + 1] - outStarts[current[k]];
    if (pullAllowed && t > 0 && frontierTies > PULL_WHEN_FRONTIER_EXCEEDS * openTies) {
      // Pull: every unadopted unit counts its adopted in-neighbours afresh.
      for (let w = 0; w < adopted.length; w++) {
        let open = ~adopted[w];
        if (w === adopted.length - 1 && (n & 31) !== 0) open &= (1 << (n & 31)) - 1;
        while (open !== 0) {
          const low = open & -open;
          const i = (w << 5) | (31 - Math.clz32(low));
          open ^= low;
          const end = inStarts[i + 1];
          let e = inStarts[i];
          visits += end - e;
          let count = 0;
          for (; e < end; e++) {
            const j = inNeighbors[e];
            count += (adopted[j >>> 5] >>> (j & 31)) & 1;
          }
          const need = shared ? byDegree[end - inStarts[i]] : needed(end - inStarts[i], theta[i]);
          const left = need - count;
          remaining[i] = left > 0 ? left : 0;
          if (left <= 0) next[added++] = i;
        }
      }
      // Mark after the scan, so no unit counts a neighbour adopting in the same step.
      for (let k = 0; k < added; k++) bits[next[k] >>> 5] |= 1 << (next[k] & 31);
    } else {
      for (let k = 0; k < size; k++) {
        const u = current[k];
        const end = outStarts[u + 1];
        let e = outStarts[u];
        visits += end - e;
        for (; e < end; e++) {
          const j = outNeighbors[e];
          if (--remaining[j] === 0) {
            next[added++] = j;
            bits[j >>> 5] |= 1 << (j & 31);
          }
        }
      }
    }
    if (!fixed && added === 0) break;
    // 3. Record step t+1; its adopters, in memory order, are the next frontier.
    total += added;
    curve.push(total);
    [current, next] = [next, current];
    size = added;
    orderFrontier(current, size, bits);
    for (let k = 0; k < size; k++) {
      const u = current[k];
      adoptedAt[u] = t + 1;
      adopted[u >>> 5] |= 1 << (u & 31);
      openTies -= starts[u + 1] - starts[u];
    }
  }
  return { adoptedPerStep: Uint32Array.from(curve), steps: curve.length - 1, edgeVisits: visits, adoptedAt };
}

function maxDegree(starts: Uint32Array, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, starts[i + 1] - starts[i]);
  return max;
}

/**
 * The least count c with c / degree >= theta, by the same floating-point division a
 * direct share test does (so results match it exactly); degree + 1 when unreachable.
 */
export function needed(degree: number, theta: number): number {
  if (theta <= 0) return 0;
  if (degree === 0) return 1;
  let c = Math.min(degree + 1, Math.max(1, Math.ceil(theta * degree)));
  while (c > 1 && (c - 1) / degree >= theta) c--;
  while (c <= degree && c / degree < theta) c++;
  return c;
}
