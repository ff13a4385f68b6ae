// Per-unit snapshots of a run without touching the engine: the Recorder is the one
// place that sees each strategy's RunState after every step (row), so its `record`
// is wrapped for the length of one runReplicate call and every row copied.
import { Recorder } from '../../../sim/metrics/record.js';
import { runReplicate } from '../../../sim/model/replicate.js';
import type { ReplicateResult } from '../../../sim/model/replicate-result.js';
import type { RunState } from '../../../sim/model/run-state.js';
import type { Scenario } from '../../../sim/scenario/schema.js';

export interface Row {
  readonly t: number;
  readonly cost: number;
  readonly state: Uint8Array;
  readonly progress: Float32Array;
  readonly fidelity: Float32Array;
  readonly fit: Float32Array;
  readonly embeddedness: Float32Array;
  readonly ownership: Float32Array;
  readonly capacity: Float32Array;
  readonly capability: Float32Array;
  readonly fatigue: Float32Array;
  readonly tAware: Int32Array;
  readonly tStart: Int32Array;
  readonly tEmbedded: Int32Array;
  readonly tEnd: Int32Array;
}

export interface Traced {
  readonly result: ReplicateResult;
  /** rows[strategy][t]: the units as recorded at row t. */
  readonly rows: Row[][];
}

function snapshot(u: RunState, cost: number, t: number): Row {
  return {
    t,
    cost,
    state: u.state.slice(),
    progress: u.progress.slice(),
    fidelity: u.fidelity.slice(),
    fit: u.fit.slice(),
    embeddedness: u.embeddedness.slice(),
    ownership: u.ownership.slice(),
    capacity: u.capacity.slice(),
    capability: u.capability.slice(),
    fatigue: u.fatigue.slice(),
    tAware: u.tAware.slice(),
    tStart: u.tStart.slice(),
    tEmbedded: u.tEmbedded.slice(),
    tEnd: u.tEnd.slice(),
  };
}

/** runReplicate, plus every strategy's units at every recorded row. */
export function traceReplicate(scenario: Scenario, rep: number): Traced {
  const original = Recorder.prototype.record;
  const byRecorder = new Map<Recorder, Row[]>();
  Recorder.prototype.record = function (this: Recorder, units: RunState, cost: number, step: number) {
    original.call(this, units, cost, step);
    let rows = byRecorder.get(this);
    if (!rows) byRecorder.set(this, (rows = []));
    rows.push(snapshot(units, cost, step));
  };
  try {
    const result = runReplicate(scenario, rep);
    return { result, rows: [...byRecorder.values()] };
  } finally {
    Recorder.prototype.record = original;
  }
}
