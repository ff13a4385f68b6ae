// Competing demands: other initiatives drawing on units' capacity over time, per
// region and/or type, written each step into the `demand` effect.
import type { DynamicsSpec } from '../scenario/model-schema.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { Effects } from './effects.js';
import type { Population } from './system.js';
import { unitsByLabel } from './units-by-label.js';

type DemandSpec = DynamicsSpec['competingDemands'][number];

/** Piecewise-linear load at `time` from [time, load] points, flat beyond the ends. */
export function loadAt(points: readonly (readonly [number, number])[], time: number): number {
  if (time <= points[0][0]) return points[0][1];
  for (let k = 1; k < points.length; k++) {
    const [t1, y1] = points[k];
    if (time <= t1) {
      const [t0, y0] = points[k - 1];
      return t1 === t0 ? y1 : y0 + ((y1 - y0) * (time - t0)) / (t1 - t0);
    }
  }
  return points[points.length - 1][1];
}

export class CompetingDemands {
  private readonly entries: { units: Int32Array; points: [number, number][] }[];

  constructor(specs: readonly DemandSpec[], pop: Population) {
    this.entries = specs.map((spec, index) => ({
      units: unitsOf(spec, pop, index),
      points: [...spec.load].sort((a, b) => a[0] - b[0]),
    }));
  }

  apply(time: number, effects: Effects): void {
    for (const { units, points } of this.entries) {
      const load = loadAt(points, time);
      if (load > 0) effects.add('demand', units, load);
    }
  }
}

function unitsOf(spec: DemandSpec, pop: Population, index: number): Int32Array {
  try {
    return unitsByLabel(pop, spec.region, spec.type);
  } catch (e) {
    if (e instanceof ScenarioError) throw new ScenarioError(`dynamics.competingDemands[${index}].${e.path}`, e.message.slice(e.path.length + 2));
    throw e;
  }
}
