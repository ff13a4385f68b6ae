// Plain, obviously-correct versions of the kernels, written from the definitions, that the
// fast kernels are checked against: share tests every step, and a Bernoulli draw per tie per step.
import type { Csr } from '../../sim/network/csr.js';
import type { Random } from '../../sim/random/rng.js';

/** Linear threshold by recomputing every unadopted unit's share each step. */
export function naiveThreshold(csr: Csr, seeds: number[], theta: ArrayLike<number>, maxSteps = 10_000) {
  const adoptedAt = new Int32Array(csr.n).fill(-1);
  for (const s of seeds) adoptedAt[s] = 0;
  const curve = [seeds.length === 0 ? 0 : new Set(seeds).size];
  for (let t = 0; t < maxSteps; t++) {
    const now: number[] = [];
    for (let i = 0; i < csr.n; i++) {
      if (adoptedAt[i] >= 0) continue;
      const deg = csr.starts[i + 1] - csr.starts[i];
      let count = 0;
      for (let e = csr.starts[i]; e < csr.starts[i + 1]; e++) if (adoptedAt[csr.neighbors[e]] >= 0) count++;
      const share = deg > 0 ? count / deg : 0;
      if (share >= theta[i]) now.push(i);
    }
    if (now.length === 0) break;
    for (const i of now) adoptedAt[i] = t + 1;
    curve.push(curve[t] + now.length);
  }
  return { adoptedAt, curve };
}

/** SI with a Bernoulli(p) draw for every adopted -> unadopted tie at every step. */
export function naiveSi(csr: Csr, seeds: number[], p: number, steps: number, random: Random) {
  const adoptedAt = new Int32Array(csr.n).fill(-1);
  for (const s of seeds) adoptedAt[s] = 0;
  const curve = [new Set(seeds).size];
  const out = csr.out;
  for (let t = 0; t < steps; t++) {
    const now = new Set<number>();
    for (let u = 0; u < csr.n; u++) {
      if (adoptedAt[u] < 0) continue;
      for (let e = out.starts[u]; e < out.starts[u + 1]; e++) {
        const j = out.neighbors[e];
        if (adoptedAt[j] < 0 && random() < p) now.add(j);
      }
    }
    for (const j of now) adoptedAt[j] = t + 1;
    curve.push(curve[t] + now.size);
  }
  return { adoptedAt, curve };
}
