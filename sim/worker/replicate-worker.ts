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

/** In a browser worker the global scope is the endpoint; in Node it is worker_threads' parentPort. */
async function endpoint(): Promise<Comlink.Endpoint> {
  if ('WorkerGlobalScope' in globalThis) return globalThis as unknown as Comlink.Endpoint;
  // A computed specifier: browser bundlers leave it alone, Node resolves it at run time.
  const specifier = ['node', 'worker_threads'].join(':');
  const { parentPort } = (await import(/* @vite-ignore */ specifier)) as typeof import('node:worker_threads');
  if (!parentPort) throw new Error('replicate-worker: not running in a worker');
  return nodeEndpoint(parentPort);
}

Comlink.expose(api, await endpoint());
