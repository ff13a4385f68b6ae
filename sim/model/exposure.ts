// Exposure counters: what each unit's neighbours are doing, updated only when a
// neighbour changes state, so a step never rescans the network.
import type { Csr } from '../network/csr.js';
import { STRONG } from '../network/csr.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING, UNAWARE, inUse } from './states.js';

export interface ExposureParams {
  readonly betaStrong: number;
  readonly betaWeak: number;
  /** Aware neighbours pass the news once, in the step after they hear it (cascade). */
  readonly once: boolean;
  /** Keep strong-tie in-use counts (not needed when exposure is mean-field). */
  readonly strongCounts: boolean;
}

/** Largest per-tie chance used, so -ln(1 - beta) stays finite. */
const MAX_BETA = 1 - 1e-15;

/**
 * The per-unit counters. A run passes views of its double-precision block
 * (RunState.exposureArrays), so the kernel reads them and its clocks through one
 * array (run-state.ts: F64).
 */
export interface ExposureArrays {
  readonly awareHazard: Float64Array;
  readonly strongInUse: Float64Array;
  readonly strongTotal: Float64Array;
}

function freshArrays(n: number): ExposureArrays {
  return { awareHazard: new Float64Array(n), strongInUse: new Float64Array(n), strongTotal: new Float64Array(n) };
}

/**
 * Changes are noted as they happen and applied by `flush`, once per step, after
 * the levers: so during the unit pass every unit sees its neighbours as they were
 * at the end of the last step (synchronous update).
 */
export class Exposure {
  /** Sum over transmitting in-neighbours of -ln(1 - beta_kind * w). */
  readonly awareHazard: Float64Array;
  /** Weighted count of strong in-neighbours in use. */
  readonly strongInUse: Float64Array;
  /** Weighted count of strong in-neighbours (this run's copy of the network's totals). */
  readonly strongTotal: Float64Array;
  /** Units in use in the whole system (mean-field exposure). */
  inUseTotal = 0;
  /** Network entries read by flush and rebuild: the engine's edge visits. */
  edgeVisits = 0;

  private csr: Csr;
  /** Per-tie awareness weight (shared by the runs on one network: read only). */
  private awareWeight!: Float64Array;
  private newlyAware: Int32Array;
  private newlyAwareCount = 0;
  /** Once mode: the units whose news neighbours hear in the coming step. */
  private transmitting: Int32Array;
  private transmittingCount = 0;
  private inUseChanged: Int32Array;
  private inUseSign: Int8Array;
  private inUseChangedCount = 0;

  constructor(
    csr: Csr,
    private readonly params: ExposureParams,
    arrays: ExposureArrays = freshArrays(csr.n),
  ) {
    const n = csr.n;
    this.csr = csr;
    this.awareHazard = arrays.awareHazard;
    this.strongInUse = arrays.strongInUse;
    this.strongTotal = arrays.strongTotal;
    this.newlyAware = new Int32Array(n);
    this.transmitting = new Int32Array(n);
    this.inUseChanged = new Int32Array(2 * n);
    this.inUseSign = new Int8Array(2 * n);
    this.compileWeights(csr);
  }

  /** A unit stopped being unaware. */
  noteAware(unit: number): void {
    this.newlyAware[this.newlyAwareCount++] = unit;
  }

  /** A unit entered (+1) or left (-1) use. */
  noteInUse(unit: number, sign: 1 | -1): void {
    this.inUseChanged[this.inUseChangedCount] = unit;
    this.inUseSign[this.inUseChangedCount++] = sign;
    this.inUseTotal += sign;
  }

  /** Apply the changes noted since the last flush to the neighbours' counters. */
  flush(state: Uint8Array): void {
    if (this.params.once) {
      // Last step's news has had its one chance: withdraw it.
      this.spreadAwareness(this.transmitting, this.transmittingCount, -1, state);
      const swap = this.transmitting;
      this.transmitting = this.newlyAware;
      this.newlyAware = swap;
      this.transmittingCount = this.newlyAwareCount;
    }
    this.spreadAwareness(this.params.once ? this.transmitting : this.newlyAware, this.newlyAwareCount, 1, state);
    this.newlyAwareCount = 0;

    const { starts, neighbors, kinds, weights } = this.csr.out;
    const count = this.strongInUse;
    if (!this.params.strongCounts) this.inUseChangedCount = 0;
    for (let q = 0; q < this.inUseChangedCount; q++) {
      const j = this.inUseChanged[q];
      const sign = this.inUseSign[q];
      this.edgeVisits += starts[j + 1] - starts[j];
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        if (kinds[e] !== STRONG) continue;
        const i = neighbors[e];
        const s = state[i];
        // Units in use or discontinued never read social proof again.
        if (s === IMPLEMENTING || s === EMBEDDED || s === DISCONTINUED) continue;
        count[i] += sign * weights[e];
      }
    }
    this.inUseChangedCount = 0;
  }

  /**
   * Move to a network with added ties: flush first, then recompute every counter
   * from the units' current states on the new network.
   */
  rebuild(csr: Csr, state: Uint8Array): void {
    this.flush(state);
    this.csr = csr;
    this.compileWeights(csr);
    this.awareHazard.fill(0);
    this.strongInUse.fill(0);
    const { starts, neighbors, kinds, weights } = csr.out;
    this.edgeVisits += starts[csr.n];
    for (let j = 0; j < csr.n; j++) {
      if (!inUse(state[j])) continue;
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        if (kinds[e] === STRONG) this.strongInUse[neighbors[e]] += weights[e];
      }
    }
    if (this.params.once) {
      this.spreadAwareness(this.transmitting, this.transmittingCount, 1, state);
    } else {
      for (let j = 0; j < csr.n; j++) if (state[j] !== UNAWARE) this.spreadAwareness([j], 1, 1, state);
    }
  }

  /** Add (sign 1) or withdraw (-1) the awareness pressure of `units` on their unaware neighbours. */
  private spreadAwareness(units: ArrayLike<number>, count: number, sign: 1 | -1, state: Uint8Array): void {
    const { starts, neighbors } = this.csr.out;
    const w = this.awareWeight;
    const hazard = this.awareHazard;
    for (let q = 0; q < count; q++) {
      const j = units[q];
      this.edgeVisits += starts[j + 1] - starts[j];
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        const i = neighbors[e];
        // Only unaware units read this counter, and none becomes unaware again.
        if (state[i] !== UNAWARE) continue;
        if (sign > 0) {
          hazard[i] += w[e];
        } else {
          // Snap rounding residue to zero so an emptied counter costs nothing.
          const left = hazard[i] - w[e];
          hazard[i] = left < 1e-12 ? 0 : left;
        }
      }
    }
  }

  private compileWeights(csr: Csr): void {
    const compiled = tieWeights(csr, this.params);
    this.awareWeight = compiled.awareWeight;
    this.strongTotal.set(compiled.strongTotal);
  }
}

/** Per-tie awareness weights and per-unit strong-tie totals of one network. */
interface TieWeights {
  readonly awareWeight: Float64Array;
  readonly strongTotal: Float64Array;
}

/**
 * Compiled once per network and pair of per-tie chances, and shared read-only by
 * every run on it (the strategies of a replicate): a logarithm per tie adds up.
 */
const compiledWeights = new WeakMap<Csr, Map<string, TieWeights>>();

function tieWeights(csr: Csr, params: ExposureParams): TieWeights {
  let byBeta = compiledWeights.get(csr);
  if (!byBeta) {
    byBeta = new Map();
    compiledWeights.set(csr, byBeta);
  }
  const key = `${params.betaStrong} ${params.betaWeak}`;
  let compiled = byBeta.get(key);
  if (!compiled) {
    compiled = compileTieWeights(csr, params.betaStrong, params.betaWeak);
    byBeta.set(key, compiled);
  }
  return compiled;
}

function compileTieWeights(csr: Csr, betaStrong: number, betaWeak: number): TieWeights {
  const awareWeight = new Float64Array(csr.out.starts[csr.n]);
  const strongTotal = new Float64Array(csr.n);
  // Each loop in a function of its own that returns nothing: see fillFitProfile (replicate.ts).
  fillAwareWeights(csr.out.kinds, csr.out.weights, betaStrong, betaWeak, awareWeight);
  fillStrongTotals(csr.starts, csr.kinds, csr.weights, strongTotal);
  return { awareWeight, strongTotal };
}

/** -ln(1 - beta_kind * w) per tie of the out-rows, for its first `out.length` entries. */
function fillAwareWeights(kinds: Uint8Array, weights: Float32Array, betaStrong: number, betaWeak: number, out: Float64Array): void {
  // Ties mostly share a few (kind, weight) pairs: reuse the last logarithm when they repeat.
  let lastKind = -1;
  let lastWeight = NaN;
  let last = 0;
  for (let e = 0; e < out.length; e++) {
    const kind = kinds[e];
    const weight = weights[e];
    if (kind !== lastKind || weight !== lastWeight) {
      const beta = (kind === STRONG ? betaStrong : betaWeak) * weight;
      last = -Math.log(1 - Math.min(beta, MAX_BETA));
      lastKind = kind;
      lastWeight = weight;
    }
    out[e] = last;
  }
}

/** Weighted count of each unit's strong in-neighbours. */
function fillStrongTotals(starts: Uint32Array, kinds: Uint8Array, weights: Float32Array, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    for (let e = starts[i], end = starts[i + 1]; e < end; e++) {
      if (kinds[e] === STRONG) out[i] += weights[e];
    }
  }
}
