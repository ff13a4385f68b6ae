// What a contagion kernel returns: the adoption curve, per-unit adoption steps and the
// work done (edge visits), which the benchmark divides by wall time.
export interface CascadeResult {
  /** Units adopted by each step, cumulative; index 0 counts the seeds. */
  readonly adoptedPerStep: Uint32Array;
  /** Steps run: adoptedPerStep.length - 1. */
  readonly steps: number;
  /** CSR entries read while spreading (each adopter's out-row, once). */
  readonly edgeVisits: number;
  /** Step at which each unit adopted; -1 if it never did. */
  readonly adoptedAt: Int32Array;
}
