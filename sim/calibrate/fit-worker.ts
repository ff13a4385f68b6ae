// The calibration worker (web worker or worker thread): holds the scenario once, then runs
// batches of parameter values, one seeded replicate each, returning only the curves compared.
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { runReplicate } from '../model/replicate.js';
import type { PathKey } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/schema.js';
import { readCurves, type CurvePlan } from './curve-plan.js';
import { withValues } from './set-values.js';

export interface FitJob {
  readonly values: readonly number[];
  /** The seed of every stream of this simulation. */
  readonly seed: string;
}

export interface FitWorkerApi {
  /** The scenario (one strategy, steps cut to what the plans read), the fitted paths and the plans. */
  init(scenario: Scenario, paths: readonly (readonly PathKey[])[], plans: readonly CurvePlan[]): void;
  /** Curves of plan `plan` for each job, job-major: jobs x curves x rows. */
  simulate(jobs: readonly FitJob[], plan: number): Float64Array;
}

let base: Scenario | undefined;
let paths: readonly (readonly PathKey[])[] = [];
let plans: readonly CurvePlan[] = [];

const api: FitWorkerApi = {
  init(scenario, fitted, curvePlans) {
    base = scenario;
    paths = fitted;
    plans = curvePlans;
  },
  simulate(jobs, which) {
    if (!base) throw new Error('fit-worker: simulate before init');
    const plan = plans[which];
    const size = plan.groups.length * plan.rows.length;
    const out = new Float64Array(jobs.length * size);
    jobs.forEach((job, j) => {
      const scenario = { ...withValues(base!, paths, job.values), seed: job.seed };
      readCurves(runReplicate(scenario, 0), plan, out, j * size);
    });
    return Comlink.transfer(out, [out.buffer]);
  },
};

if ('WorkerGlobalScope' in globalThis) {
  Comlink.expose(api, globalThis as unknown as Comlink.Endpoint);
} else {
  const specifier = ['node', 'worker_threads'].join(':');
  void (import(/* @vite-ignore */ specifier) as Promise<typeof import('node:worker_threads')>).then(({ parentPort }) => {
    if (!parentPort) throw new Error('fit-worker: not running in a worker thread');
    Comlink.expose(api, nodeEndpoint(parentPort));
  });
}
