// What the sweep worker exposes through comlink: one replicate of one point's scenario,
// reduced in the worker to the rows the sweep keeps (small messages back).
import type { Scenario } from '../scenario/schema.js';
import type { KeepOptions, RunRows } from './run-metrics.js';

export interface SweepWorkerApi {
  /** Run replicate `rep` of a validated scenario; depends only on (scenario, rep). */
  run(scenario: Scenario, rep: number, keep: KeepOptions): RunRows;
}

/** The ArrayBuffers of a result, for comlink.transfer. */
export function rowBuffers(rows: RunRows): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of [rows.metrics, rows.groupValues, rows.times, rows.series]) {
    if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) buffers.add(a.buffer);
  }
  return [...buffers];
}
