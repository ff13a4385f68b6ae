// What the replicate worker exposes through comlink, in browsers and in Node alike.
import type { ReplicateResult } from '../model/replicate-result.js';
import type { Scenario } from '../scenario/schema.js';

export interface ReplicateWorkerApi {
  /**
   * Run these replicates of a validated scenario, in the order given. Results depend
   * only on (scenario, rep); their arrays are transferred, not copied.
   */
  runReplicates(scenario: Scenario, reps: readonly number[]): ReplicateResult[];
}

/** The distinct ArrayBuffers of results, for comlink.transfer (a buffer may be listed once only). */
export function resultBuffers(results: readonly ReplicateResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const r of results) {
    for (const s of r.strategies) {
      for (const a of [s.series, s.groupSeries]) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
    }
  }
  return [...buffers];
}
