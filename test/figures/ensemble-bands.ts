// Runs a scenario on the worker pool and summarises curves across replicates: per
// strategy and step, the median and the 90% band (5th-95th percentiles, type 7).
import { runPool } from '../../sim/headless/pool.js';
import { quantile } from '../../sim/metrics/summary.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';

/** A value per step of one strategy's run, e.g. the share of units in use. */
export type Curve = (result: ReplicateResult, strategy: number, step: number) => number;

export interface Band {
  /** Time of each step, in the scenario's time unit. */
  readonly x: number[];
  readonly lo: number[];
  readonly mid: number[];
  readonly hi: number[];
}

/**
 * Median and 90% band of each replicate's values, one entry per position. Undefined
 * values (NaN: a mean over no units) are left out; where most replicates have none the
 * position is NaN too, and the chart leaves a gap.
 */
export function bandOf(x: number[], valuesAt: (position: number) => Float64Array): Band {
  const band: Band = { x, lo: [], mid: [], hi: [] };
  for (let k = 0; k < x.length; k++) {
    const all = valuesAt(k);
    const v = all.filter((y) => Number.isFinite(y)).sort();
    const enough = v.length * 2 >= all.length;
    band.lo.push(enough ? quantile(v, 0.05) : NaN);
    band.mid.push(enough ? quantile(v, 0.5) : NaN);
    band.hi.push(enough ? quantile(v, 0.95) : NaN);
  }
  return band;
}

export interface EnsembleOptions {
  readonly workerUrl: URL;
  readonly reps: number;
  /** Called with each replicate after its curves are read (for scalar measures). */
  readonly onResult?: (result: ReplicateResult) => void;
}

/** Bands of every curve for every strategy: result[curve][strategy]. */
export async function curveBands<K extends string>(
  scenario: Scenario,
  curves: Record<K, Curve>,
  options: EnsembleOptions,
): Promise<Record<K, Band[]>> {
  const steps = scenario.time.steps;
  const keys = Object.keys(curves) as K[];
  const strategies = scenario.strategies.length;
  // values[curve][strategy][step * reps + rep]
  const values = keys.map(() => Array.from({ length: strategies }, () => new Float64Array((steps + 1) * options.reps)));
  const reps = Array.from({ length: options.reps }, (_, i) => i);
  await runPool(
    scenario,
    reps,
    (result) => {
      keys.forEach((key, c) => {
        for (let s = 0; s < strategies; s++) {
          const out = values[c][s];
          for (let step = 0; step <= steps; step++) out[step * options.reps + result.rep] = curves[key](result, s, step);
        }
      });
      options.onResult?.(result);
    },
    { workerUrl: options.workerUrl },
  );
  const x = Array.from({ length: steps + 1 }, (_, step) => step * scenario.time.dt);
  const out = {} as Record<K, Band[]>;
  keys.forEach((key, c) => {
    out[key] = values[c].map((v) => bandOf(x, (step) => v.subarray(step * options.reps, (step + 1) * options.reps)));
  });
  return out;
}
