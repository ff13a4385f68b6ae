// The sweep worker (dist/sweep-worker.js): a thin comlink wrapper over runReplicate
// that reduces each replicate to the sweep's rows before sending it back.
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { runReplicate } from '../model/replicate.js';
import type { Scenario } from '../scenario/schema.js';
import { runRows, type KeepOptions } from './run-metrics.js';
import { rowBuffers, type SweepWorkerApi } from './worker-api.js';

const api: SweepWorkerApi = {
  run(scenario: Scenario, rep: number, keep: KeepOptions) {
    const rows = runRows(runReplicate(scenario, rep), scenario.outputs.sustainAfter, keep);
    return Comlink.transfer(rows, rowBuffers(rows));
  },
};

if (!parentPort) throw new Error('sweep-worker: not running in a worker thread');
Comlink.expose(api, nodeEndpoint(parentPort));
