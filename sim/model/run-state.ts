// The dynamic state of every unit in one run (one strategy, one replicate).
import { EFFECT_FIELDS, type EffectField } from './effects.js';
import type { ExposureArrays } from './exposure.js';
import type { Population } from './system.js';
import { Tally } from '../metrics/tally.js';
import { listsEveryUnit } from './every-unit.js';
import { EMBEDDED, IMPLEMENTING, UNAWARE, countInUse } from './states.js';

export const NEVER = -1;

/**
 * Slots of a run's single-precision block: field `f` of unit i is at `f32[F32[f] * n + i]`.
 * The kernel's loops index this one array rather than a dozen: V8 checks every typed
 * array a loop reads on each pass, so one array instead of twelve made those loops
 * 20-30% faster in Chromium. The population's attributes and the fit profile the
 * kernel reads are copied in, next to the run's own state, and the levers' effect
 * fields follow (Effects.block is a view).
 */
export const F32 = {
  progress: 0,
  fidelity: 1,
  fit: 2,
  embeddedness: 3,
  ownership: 4,
  capacity: 5,
  capability: 6,
  fatigue: 7,
  baseCapacity: 8,
  receptiveness: 9,
  leadership: 10,
  size: 11,
  initialFit: 12,
  fitCeiling: 13,
  /** First of the effect fields (Effects.block), in the order of EFFECT_FIELDS: see F32_EFFECT. */
  effects: 14,
} as const;
const F32_SLOTS = F32.effects + EFFECT_FIELDS.length;

/** Slot of each effect field in the single-precision block (Effects.block is a view from F32.effects on). */
export const F32_EFFECT = Object.fromEntries(EFFECT_FIELDS.map((field, k) => [field, F32.effects + k])) as {
  readonly [K in EffectField]: number;
};

/** Slots of the double-precision block, as F32: the clock, the thresholds, and the exposure counters (exposure.ts). */
export const F64 = { clock: 0, threshold: 1, awareHazard: 2, strongInUse: 3, strongTotal: 4 } as const;
const F64_SLOTS = 5;

/** Fit at adoption and the highest fit adaptation can reach, per unit (a replicate's). */
export interface FitProfile {
  readonly initialFit: Float32Array;
  readonly fitCeiling: Float32Array;
}

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
  /** The single-precision fields above, the attributes the kernel reads and the effect fields (F32). */
  readonly f32: Float32Array;
  /** The clock, the thresholds and the exposure counters (F64). */
  readonly f64: Float64Array;
  /** Running totals of the outputs, kept with every change of state. */
  readonly tally: Tally;

  /**
   * `drawClock` gives each unit its first clock, in unit order; `benefit` holds the
   * exponents of fidelity and fit in realised benefit; `fit` is the replicate's fit
   * profile (zero when not given: runs that never adopt need none).
   */
  constructor(population: Population, drawClock: () => number, benefit = { alpha: 1, beta: 1 }, fit?: FitProfile) {
    const n = population.n;
    this.n = n;
    this.f32 = new Float32Array(F32_SLOTS * n);
    this.f64 = new Float64Array(F64_SLOTS * n);
    const f32 = (slot: number) => this.slots32(slot, slot + 1);
    this.state = new Uint8Array(n).fill(UNAWARE);
    this.progress = f32(F32.progress);
    this.fidelity = f32(F32.fidelity);
    this.fit = f32(F32.fit);
    this.embeddedness = f32(F32.embeddedness);
    this.ownership = f32(F32.ownership);
    this.capacity = f32(F32.capacity);
    this.capacity.set(population.capacity);
    this.capability = f32(F32.capability);
    this.capability.set(population.capability);
    this.fatigue = f32(F32.fatigue);
    this.fatigue.set(population.fatigue);
    f32(F32.baseCapacity).set(population.capacity);
    f32(F32.receptiveness).set(population.receptiveness);
    f32(F32.leadership).set(population.leadership);
    f32(F32.size).set(population.size);
    if (fit) {
      f32(F32.initialFit).set(fit.initialFit);
      f32(F32.fitCeiling).set(fit.fitCeiling);
    }
    this.reasons = new Uint8Array(n);
    this.tAware = new Int32Array(n).fill(NEVER);
    this.tStart = new Int32Array(n).fill(NEVER);
    this.tEmbedded = new Int32Array(n).fill(NEVER);
    this.tEnd = new Int32Array(n).fill(NEVER);
    this.reconsiderAt = new Int32Array(n).fill(NEVER);
    this.tally = new Tally(population, benefit.alpha, benefit.beta);
    this.clock = this.slot64(F64.clock);
    for (let i = 0; i < n; i++) this.clock[i] = drawClock();
    this.f64.set(population.threshold, F64.threshold * n);
  }

  /** Storage for this run's effect fields (Effects.block), in the single-precision block. */
  effectsBlock(): Float32Array {
    return this.slots32(F32.effects, F32_SLOTS);
  }

  /** Storage for this run's exposure counters, in the double-precision block. */
  exposureArrays(): ExposureArrays {
    return { awareHazard: this.slot64(F64.awareHazard), strongInUse: this.slot64(F64.strongInUse), strongTotal: this.slot64(F64.strongTotal) };
  }

  /** A view of slots [from, to) of the single-precision block. */
  private slots32(from: number, to: number): Float32Array {
    return this.f32.subarray(from * this.n, to * this.n);
  }

  /** A view of one slot of the double-precision block. */
  private slot64(slot: number): Float64Array {
    return this.f64.subarray(slot * this.n, (slot + 1) * this.n);
  }

  /** How many of `units` are in use (the running totals answer for the whole system). */
  countInUse(units: Int32Array): number {
    if (listsEveryUnit(units, this.n)) return this.tally.counts[IMPLEMENTING] + this.tally.counts[EMBEDDED];
    return countInUse(this.state, units);
  }
}
