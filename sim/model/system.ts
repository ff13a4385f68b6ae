// A replicate's system: the compiled network and the units' drawn attributes.
// Shared, read-only, by every strategy of the replicate (common random numbers).
import type { Csr } from '../network/csr.js';

export interface Population {
  readonly n: number;
  /** Baseline capacity c0. */
  readonly capacity: Float32Array;
  /** Initial capability k (training may raise a run's copy). */
  readonly capability: Float32Array;
  readonly receptiveness: Float32Array;
  readonly leadership: Float32Array;
  /** Double precision, so theta = 0.2 compares exactly with shares such as 1/5. */
  readonly threshold: Float64Array;
  /** Initial fatigue z. */
  readonly fatigue: Float32Array;
  /** Context x, unit-major: x[i * contextDims + d]. */
  readonly context: Float32Array;
  readonly contextDims: number;
  /** Population served, w. */
  readonly size: Float32Array;
  readonly region: Uint16Array;
  readonly type: Uint16Array;
  readonly regionNames: readonly string[];
  readonly typeNames: readonly string[];
}

/** Group labels a network generator assigns, before attributes are drawn. */
export interface Labels {
  readonly region: Uint16Array;
  readonly type: Uint16Array;
  readonly regionNames: readonly string[];
  readonly typeNames: readonly string[];
  /** Population served, when the generator draws it (health-system types). */
  readonly size?: Float32Array;
  /**
   * Attributes given unit by unit (an imported node table, sim/io); NaN where none is
   * given. They replace the draws, which are still taken so no stream shifts.
   */
  readonly given?: Partial<Record<'capacity' | 'capability' | 'receptiveness' | 'leadership' | 'threshold' | 'fatigue', Float64Array>>;
}

export interface System {
  readonly csr: Csr;
  readonly population: Population;
}
