// Small pure functions of the model's equations, shared by the kernel and its tests.

/** Cubic smoothstep on [0, 1]: 0 below, 1 above, C1-continuous between. */
export function smoothstep(u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  return u * u * (3 - 2 * u);
}

/**
 * Social proof: rises from 0 at exposure theta - tau to 1 at theta; with tau = 0
 * a hard step (exposure >= theta), and theta = 0 always gives 1.
 */
export function socialProof(exposure: number, theta: number, tau: number): number {
  if (exposure >= theta) return 1;
  if (tau <= 0) return 0;
  return smoothstep((exposure - theta + tau) / tau);
}

/** Initial fit: a Gaussian kernel of the distance between a unit's context and the origin's. */
export function initialFit(context: Float32Array, offset: number, origin: readonly number[], width: number): number {
  let d2 = 0;
  for (let d = 0; d < origin.length; d++) {
    const diff = context[offset + d] - origin[d];
    d2 += diff * diff;
  }
  return Math.exp(-d2 / (2 * width * width));
}

/** Probability of at least one event in a step of length dt at constant hazard h. */
export function eventProbability(hazard: number, dt: number): number {
  return 1 - Math.exp(-hazard * dt);
}
