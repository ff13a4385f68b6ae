// Lets the network view watch every unit's state step by step without an engine hook:
// while `observe` runs, each Recorder.record call (one per strategy and step, after the
// engine's own recording) is also passed to `onRecord`. Only the history worker uses it.
import { Recorder } from '../../sim/metrics/record.js';
import type { RunState } from '../../sim/model/run-state.js';

/** Called after each recorded step: `run` counts Recorder instances (strategies) in order. */
export type RecordListener = (run: number, units: RunState, step: number) => void;

export function observeRecords<T>(onRecord: RecordListener, body: () => T): T {
  const original = Recorder.prototype.record;
  const runs = new WeakMap<Recorder, number>();
  let next = 0;
  Recorder.prototype.record = function (this: Recorder, units: RunState, cost: number, step: number) {
    original.call(this, units, cost, step);
    let run = runs.get(this);
    if (run === undefined) runs.set(this, (run = next++));
    onRecord(run, units, step);
  };
  try {
    return body();
  } finally {
    Recorder.prototype.record = original;
  }
}
