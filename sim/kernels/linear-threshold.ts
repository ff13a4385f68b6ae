// The linear threshold model (Granovetter 1978; Watts 2002), synchronous: a unit adopts
// at step t+1 when the share of its adopted in-neighbours at step t is >= its theta.
import type { Csr } from '../network/csr.js';
import type { CascadeResult } from './cascade-result.js';
import { Frontier } from './frontier.js';

export interface ThresholdOptions {
  /** One theta for every unit, or one per unit. */
  readonly theta: number | ArrayLike<number>;
  /** Run exactly this many steps; left out, run until a step adds nobody (not recorded). */
  readonly steps?: number;
}

/**
 * Deterministic given the graph and seeds. Each unit keeps a countdown of adopted
 * neighbours still needed; only a new adopter's out-neighbours are touched, once each,
 * and a unit joins the next frontier exactly when its countdown reaches 0. Shares are
 * unweighted: neighbours counted, as in the shared benchmark. A unit with no
 * in-neighbours has share 0; theta <= 0 means adopting at step 1 regardless.
 */
export function linearThreshold(csr: Csr, seeds: ArrayLike<number>, options: ThresholdOptions): CascadeResult {
  const { n, starts } = csr;
  const { starts: outStarts, neighbors: outNeighbors } = csr.out;
  const { theta, steps } = options;
  const fixed = steps !== undefined;
  if (fixed && !(Number.isInteger(steps) && steps >= 0)) throw new Error(`kernels/threshold: steps must be a whole number >= 0, got ${steps}`);

  const adoptedAt = new Int32Array(n).fill(-1);
  // remaining[i]: adopted neighbours i still needs; < 0 once adopted, so it never hits 0 again.
  const remaining = new Int32Array(n);
  let current = new Frontier(n);
  let next = new Frontier(n);
  for (let k = 0; k < seeds.length; k++) {
    const s = seeds[k];
    if (!(s >= 0 && s < n)) throw new Error(`kernels/threshold: seed ${s} is out of range 0..${n - 1}`);
    if (adoptedAt[s] === 0) continue;
    adoptedAt[s] = 0;
    current.add(s);
  }
  const uniform = typeof theta === 'number';
  for (let i = 0; i < n; i++) {
    if (adoptedAt[i] === 0) {
      remaining[i] = -1;
      continue;
    }
    const need = needed(starts[i + 1] - starts[i], uniform ? theta : theta[i]);
    if (need > 0) {
      remaining[i] = need;
    } else {
      remaining[i] = -1; // adopts at step 1 without social proof
      adoptedAt[i] = 1;
      next.add(i);
    }
  }
  current.order();

  const curve: number[] = [current.size];
  let total = current.size;
  let visits = 0;
  for (let t = 0; fixed ? t < steps : current.size > 0; t++) {
    // 1. Each adopter of step t counts once toward each of its out-neighbours.
    const units = current.units;
    for (let k = 0, size = current.size; k < size; k++) {
      const u = units[k];
      const end = outStarts[u + 1];
      let e = outStarts[u];
      visits += end - e;
      for (; e < end; e++) {
        const j = outNeighbors[e];
        if (--remaining[j] === 0) {
          adoptedAt[j] = t + 1;
          next.add(j);
        }
      }
    }
    if (!fixed && next.size === 0) break;
    // 2. Record step t+1 and make its adopters the next frontier, in memory order.
    total += next.size;
    curve.push(total);
    [current, next] = [next, current];
    next.clear();
    current.order();
  }
  return { adoptedPerStep: Uint32Array.from(curve), steps: curve.length - 1, edgeVisits: visits, adoptedAt };
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
