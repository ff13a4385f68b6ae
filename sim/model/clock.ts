// Waiting-time clocks: on entering a stage a unit draws E ~ Exp(1); each step
// subtracts hazard * dt and the event fires when the clock runs out.
import type { Random } from '../random/rng.js';

/** A fresh waiting-time clock, Exp(1). */
export function drawClock(random: Random): number {
  return -Math.log(1 - random());
}
