// Node worker threads running the calibration worker: started once per fit, each given
// the scenario once, then fed chunks of simulations; results come back in job order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CurvePlan } from '../calibrate/curve-plan.js';
import type { FitJob, FitWorkerApi } from '../calibrate/fit-worker.js';
import { AbortError } from '../headless/pool.js';
import type { PathKey } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/schema.js';

export interface FitPool {
  /** Curves of `plan` for each job, job-major (jobs x curve length). */
  simulate(jobs: readonly FitJob[], plan: number, curveLength: number): Promise<Float64Array>;
  close(): Promise<void>;
}

export async function createFitPool(
  workerUrl: URL,
  workers: number | undefined,
  scenario: Scenario,
  paths: readonly (readonly PathKey[])[],
  plans: readonly CurvePlan[],
  signal?: AbortSignal,
): Promise<FitPool> {
  const size = Math.max(1, workers ?? availableParallelism());
  let closing = false;
  let fail!: (e: Error) => void;
  // Rejects when a worker dies or the fit is cancelled: every wait races against it.
  const fatal = new Promise<never>((_, reject) => (fail = reject));
  fatal.catch(() => undefined);
  const threads = Array.from({ length: size }, (_, i) => {
    const t = new Worker(workerUrl, { name: `fit-worker-${i}` });
    t.on('error', (e: Error) => fail(new Error(`fit worker ${i} failed: ${e.message}`)));
    t.on('exit', (code) => {
      if (!closing) fail(new Error(`fit worker ${i} stopped unexpectedly (exit code ${code})`));
    });
    return t;
  });
  signal?.addEventListener('abort', () => fail(new AbortError()), { once: true });
  const apis = threads.map((t) => Comlink.wrap<FitWorkerApi>(nodeEndpoint(t)));
  try {
    await Promise.race([Promise.all(apis.map((a) => a.init(scenario, paths, plans))), fatal]);
  } catch (e) {
    closing = true;
    await Promise.all(threads.map((t) => t.terminate()));
    throw e;
  }
  let idle = [...apis];
  let waiting: (() => void)[] = [];

  const take = async () => {
    while (idle.length === 0) await Promise.race([new Promise<void>((r) => waiting.push(r)), fatal]);
    return idle.pop()!;
  };
  const give = (api: Comlink.Remote<FitWorkerApi>) => {
    idle.push(api);
    const w = waiting;
    waiting = [];
    for (const r of w) r();
  };

  return {
    async simulate(jobs, plan, curveLength) {
      const out = new Float64Array(jobs.length * curveLength);
      // Chunks small enough to share the work, large enough to amortise messages.
      const chunk = Math.max(1, Math.min(64, Math.ceil(jobs.length / (4 * size))));
      const tasks: Promise<void>[] = [];
      for (let start = 0; start < jobs.length; start += chunk) {
        const api = await take();
        const task = api.simulate(jobs.slice(start, start + chunk), plan).then(
          (curves) => {
            out.set(curves, start * curveLength);
            give(api);
          },
          (e: unknown) => {
            give(api);
            throw e;
          },
        );
        task.catch(() => undefined); // handled by Promise.all below; no unhandled rejection meanwhile
        tasks.push(task);
      }
      await Promise.race([Promise.all(tasks), fatal]);
      return out;
    },
    async close() {
      closing = true;
      idle = [];
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
