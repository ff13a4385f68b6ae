// One replicate's unit-level story for the network view: every unit's state at every
// step for each strategy (plus fidelity and fit, to 1/255), and the system it ran on.
import { runReplicate } from '../../sim/model/replicate.js';
import { buildSystem } from '../../sim/model/replicate.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { observeRecords } from './record-observer.js';

/** The system as the view needs it: ties (CSR rows) and unit attributes. */
export interface SystemView {
  readonly n: number;
  readonly starts: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly kinds: Uint8Array;
  /** Rows list in-neighbours only (each tie once); undirected rows list each tie twice. */
  readonly directed: boolean;
  readonly region: Uint16Array;
  readonly type: Uint16Array;
  readonly regionNames: readonly string[];
  readonly typeNames: readonly string[];
  readonly capacity: Float32Array;
  readonly capability: Float32Array;
  readonly receptiveness: Float32Array;
  readonly leadership: Float32Array;
  readonly threshold: Float64Array;
  readonly size: Float32Array;
}

export interface UnitHistories {
  readonly rep: number;
  readonly n: number;
  readonly steps: number;
  readonly dt: number;
  readonly strategies: readonly string[];
  /** Per strategy: state codes, (steps + 1) rows of n, step-major. */
  readonly states: readonly Uint8Array[];
  /** Per strategy: fidelity and fit of each unit at each step, times 255, rounded. */
  readonly fidelity: readonly Uint8Array[];
  readonly fit: readonly Uint8Array[];
  /** The replicate's recorded series, to check the histories against. */
  readonly result: ReplicateResult;
}

export function systemView(scenario: Scenario, rep: number): SystemView {
  const { csr, population: p } = buildSystem(scenario, rep);
  return {
    n: p.n,
    starts: csr.starts,
    neighbors: csr.neighbors,
    kinds: csr.kinds,
    directed: csr.out !== csr,
    region: p.region,
    type: p.type,
    regionNames: p.regionNames,
    typeNames: p.typeNames,
    capacity: p.capacity,
    capability: p.capability,
    receptiveness: p.receptiveness,
    leadership: p.leadership,
    threshold: p.threshold,
    size: p.size,
  };
}

/** Most bytes of histories the view records (three bytes per unit, step and strategy). */
export const MAX_HISTORY_BYTES = 600e6;

export function unitHistories(scenario: Scenario, rep: number, units?: number): UnitHistories {
  const steps = scenario.time.steps;
  const count = scenario.strategies.length;
  if (units !== undefined) {
    const bytes = 3 * units * (steps + 1) * count;
    if (bytes > MAX_HISTORY_BYTES) {
      throw new Error(
        `${units.toLocaleString('en-GB')} units x ${steps + 1} steps x ${count} strategies is too much to record unit by unit ` +
          `(${Math.round(bytes / 1e6)} MB): use fewer units or steps for the network view`,
      );
    }
  }
  let n = 0;
  const states: Uint8Array[] = [];
  const fidelity: Uint8Array[] = [];
  const fit: Uint8Array[] = [];
  const result = observeRecords(
    (run, units, step) => {
      if (run >= count) return;
      if (!states[run]) {
        n = units.n;
        states[run] = new Uint8Array((steps + 1) * n);
        fidelity[run] = new Uint8Array((steps + 1) * n);
        fit[run] = new Uint8Array((steps + 1) * n);
      }
      const base = step * n;
      states[run].set(units.state, base);
      const f = fidelity[run];
      const g = fit[run];
      for (let i = 0; i < n; i++) {
        f[base + i] = Math.round(255 * units.fidelity[i]);
        g[base + i] = Math.round(255 * units.fit[i]);
      }
    },
    () => runReplicate(scenario, rep),
  );
  return { rep, n: result.n, steps, dt: scenario.time.dt, strategies: scenario.strategies.map((s) => s.name), states, fidelity, fit, result };
}

/** The ArrayBuffers of histories and a system view, for transfer between threads. */
export function historyBuffers(h: UnitHistories, s: SystemView): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    ...h.states,
    ...h.fidelity,
    ...h.fit,
    ...h.result.strategies.flatMap((x) => [x.series, x.groupSeries]),
    s.starts,
    s.neighbors,
    s.kinds,
    s.region,
    s.type,
    s.capacity,
    s.capability,
    s.receptiveness,
    s.leadership,
    s.threshold,
    s.size,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
