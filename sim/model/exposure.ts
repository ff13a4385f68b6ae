// Exposure counters: what each unit's neighbours are doing, updated only when a
// neighbour changes state, so a step never rescans the network.
import type { Csr } from '../network/csr.js';
import { STRONG } from '../network/csr.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING, UNAWARE, inUse } from './states.js';

export interface ExposureParams {
  readonly betaStrong: number;
  readonly betaWeak: number;
  /** Aware neighbours pass the news once, the step after they hear it (cascade). */
  readonly once: boolean;
}

/** Largest per-tie chance used, so -ln(1 - beta) stays finite. */
const MAX_BETA = 1 - 1e-15;

export class Exposure {
  /** Sum over aware-or-further in-neighbours of -ln(1 - beta_kind * w). */
  readonly awareHazard: Float64Array;
  /** Weighted count of strong in-neighbours in use. */
  readonly strongInUse: Float64Array;
  /** 1 / weighted count of strong in-neighbours (0 when there are none). */
  strongInverse: Float64Array;
  /** Units in use in the whole system (mean-field exposure). */
  inUseTotal = 0;

  private csr: Csr;
  private awareWeight: Float64Array;
  private newlyAware: Int32Array;
  private newlyAwareCount = 0;
  private lastAware: Int32Array;
  private lastAwareCount = 0;
  private inUseChanged: Int32Array;
  private inUseSign: Int8Array;
  private inUseChangedCount = 0;

  constructor(
    csr: Csr,
    private readonly params: ExposureParams,
  ) {
    const n = csr.n;
    this.csr = csr;
    this.awareHazard = new Float64Array(n);
    this.strongInUse = new Float64Array(n);
    this.strongInverse = new Float64Array(n);
    this.awareWeight = new Float64Array(0);
    this.newlyAware = new Int32Array(n);
    this.lastAware = new Int32Array(n);
    this.inUseChanged = new Int32Array(2 * n);
    this.inUseSign = new Int8Array(2 * n);
    this.compileWeights(csr);
  }

  /** A unit stopped being unaware this step. */
  noteAware(unit: number): void {
    this.newlyAware[this.newlyAwareCount++] = unit;
  }

  /** A unit entered (+1) or left (-1) use this step. */
  noteInUse(unit: number, sign: 1 | -1): void {
    this.inUseChanged[this.inUseChangedCount] = unit;
    this.inUseSign[this.inUseChangedCount++] = sign;
    this.inUseTotal += sign;
  }

  /** Apply the step's changes to the neighbours' counters (end of a step). */
  flush(state: Uint8Array): void {
    const { starts, neighbors } = this.csr.out;
    const w = this.awareWeight;
    const hazard = this.awareHazard;
    if (this.params.once) {
      // Last step's news has had its one chance: withdraw it.
      for (let q = 0; q < this.lastAwareCount; q++) {
        const j = this.lastAware[q];
        for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
          const i = neighbors[e];
          if (state[i] !== UNAWARE) continue;
          // Snap rounding residue to zero so an emptied counter costs no draw.
          const left = hazard[i] - w[e];
          hazard[i] = left < 1e-12 ? 0 : left;
        }
      }
    }
    for (let q = 0; q < this.newlyAwareCount; q++) {
      const j = this.newlyAware[q];
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        const i = neighbors[e];
        // Only unaware units read this counter, and none becomes unaware again.
        if (state[i] === UNAWARE) hazard[i] += w[e];
      }
    }
    if (this.params.once) {
      const swap = this.lastAware;
      this.lastAware = this.newlyAware;
      this.newlyAware = swap;
      this.lastAwareCount = this.newlyAwareCount;
    }
    this.newlyAwareCount = 0;

    const { kinds, weights } = this.csr.out;
    const inUseCount = this.strongInUse;
    for (let q = 0; q < this.inUseChangedCount; q++) {
      const j = this.inUseChanged[q];
      const sign = this.inUseSign[q];
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        if (kinds[e] !== STRONG) continue;
        const i = neighbors[e];
        const s = state[i];
        // Units in use or discontinued never read social proof again.
        if (s === IMPLEMENTING || s === EMBEDDED || s === DISCONTINUED) continue;
        inUseCount[i] += sign * weights[e];
      }
    }
    this.inUseChangedCount = 0;
  }

  /** Recompute every counter from scratch on a new network (ties were added). */
  rebuild(csr: Csr, state: Uint8Array, awareAtStep: Int32Array, t: number): void {
    this.csr = csr;
    this.compileWeights(csr);
    this.awareHazard.fill(0);
    this.strongInUse.fill(0);
    const { starts, neighbors, kinds, weights } = csr.out;
    const w = this.awareWeight;
    for (let j = 0; j < csr.n; j++) {
      const s = state[j];
      const counts = this.params.once ? awareAtStep[j] === t - 1 : s !== UNAWARE;
      const used = inUse(s);
      if (!counts && !used) continue;
      for (let e = starts[j], end = starts[j + 1]; e < end; e++) {
        const i = neighbors[e];
        if (counts) this.awareHazard[i] += w[e];
        if (used && kinds[e] === STRONG) this.strongInUse[i] += weights[e];
      }
    }
  }

  private compileWeights(csr: Csr): void {
    const { kinds, weights, starts } = csr.out;
    const m = starts[csr.n];
    this.awareWeight = new Float64Array(m);
    for (let e = 0; e < m; e++) {
      const beta = (kinds[e] === STRONG ? this.params.betaStrong : this.params.betaWeak) * weights[e];
      this.awareWeight[e] = -Math.log(1 - Math.min(beta, MAX_BETA));
    }
    const inv = new Float64Array(csr.n);
    for (let i = 0; i < csr.n; i++) {
      let total = 0;
      for (let e = csr.starts[i], end = csr.starts[i + 1]; e < end; e++) {
        if (csr.kinds[e] === STRONG) total += csr.weights[e];
      }
      inv[i] = total > 0 ? 1 / total : 0;
    }
    this.strongInverse = inv;
  }
}
