// The replicate worker: a thin comlink wrapper over runReplicate, one module for
// browser web workers (endpoint `self`) and Node worker_threads (`parentPort`).
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { runReplicate } from '../model/replicate.js';
import type { Scenario } from '../scenario/schema.js';
import { resultBuffers, type ReplicateWorkerApi } from './api.js';

const api: ReplicateWorkerApi = {
  runReplicates(scenario: Scenario, reps: readonly number[]) {
    const results = reps.map((rep) => runReplicate(scenario, rep));
    return Comlink.transfer(results, resultBuffers(results));
  },
};

// No top-level await, so browser bundlers may emit the worker in any format.
if ('WorkerGlobalScope' in globalThis) {
  // A browser (web) worker: its global scope is the endpoint.
  Comlink.expose(api, globalThis as unknown as Comlink.Endpoint);
} else {
  // Node worker_threads. A computed specifier: browser bundlers leave it alone, Node
  // resolves it at run time. Messages wait in parentPort until expose listens.
  const specifier = ['node', 'worker_threads'].join(':');
  void (import(/* @vite-ignore */ specifier) as Promise<typeof import('node:worker_threads')>).then(({ parentPort }) => {
    if (!parentPort) throw new Error('replicate-worker: not running in a worker thread');
    Comlink.expose(api, nodeEndpoint(parentPort));
  });
}
