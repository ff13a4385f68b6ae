// The dynamic state of every unit in one run (one strategy, one replicate).
import type { Population } from './system.js';
import { Tally } from '../metrics/tally.js';
import { listsEveryUnit } from './every-unit.js';
import { EMBEDDED, IMPLEMENTING, UNAWARE, countInUse } from './states.js';

export const NEVER = -1;

export class RunState {
  readonly n: number;
  readonly state: Uint8Array;
  /** Implementation progress in [0, 1]. */
  readonly progress: Float32Array;
  readonly fidelity: Float32Array;
  readonly fit: Float32Array;
  readonly embeddedness: Float32Array;
  readonly ownership: Float32Array;
  readonly capacity: Float32Array;
  /** Capability, starting from the population's and raised by training. */
  readonly capability: Float32Array;
  readonly fatigue: Float32Array;
  /** Extrinsic reasons (REASON_* bits) the unit adopted under. */
  readonly reasons: Uint8Array;
  /** Step of each transition, NEVER when it has not happened. */
  readonly tAware: Int32Array;
  readonly tStart: Int32Array;
  readonly tEmbedded: Int32Array;
  readonly tEnd: Int32Array;
  /** Step at which a rejecting unit becomes aware again. */
  readonly reconsiderAt: Int32Array;
  /** Hazard still to accumulate before the current stage's next event (Exp(1) at entry). */
  readonly clock: Float64Array;
  /** Running totals of the outputs, kept with every change of state. */
  readonly tally: Tally;

  /**
   * `drawClock` gives each unit its first clock, in unit order; `benefit` holds the
   * exponents of fidelity and fit in realised benefit.
   */
  constructor(population: Population, drawClock: () => number, benefit = { alpha: 1, beta: 1 }) {
    const n = population.n;
    this.n = n;
    this.state = new Uint8Array(n).fill(UNAWARE);
    this.progress = new Float32Array(n);
    this.fidelity = new Float32Array(n);
    this.fit = new Float32Array(n);
    this.embeddedness = new Float32Array(n);
    this.ownership = new Float32Array(n);
    this.capacity = Float32Array.from(population.capacity);
    this.capability = Float32Array.from(population.capability);
    this.fatigue = Float32Array.from(population.fatigue);
    this.reasons = new Uint8Array(n);
    this.tAware = new Int32Array(n).fill(NEVER);
    this.tStart = new Int32Array(n).fill(NEVER);
    this.tEmbedded = new Int32Array(n).fill(NEVER);
    this.tEnd = new Int32Array(n).fill(NEVER);
    this.reconsiderAt = new Int32Array(n).fill(NEVER);
    this.tally = new Tally(population, benefit.alpha, benefit.beta);
    this.clock = new Float64Array(n);
    for (let i = 0; i < n; i++) this.clock[i] = drawClock();
  }

  /** How many of `units` are in use (the running totals answer for the whole system). */
  countInUse(units: Int32Array): number {
    if (listsEveryUnit(units, this.n)) return this.tally.counts[IMPLEMENTING] + this.tally.counts[EMBEDDED];
    return countInUse(this.state, units);
  }
}
