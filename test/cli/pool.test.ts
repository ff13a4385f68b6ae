// The worker pool: results in replicate order whatever order workers finish in,
// bounded look-ahead, errors and crashes reported, cancellation.
import { describe, expect, it } from 'vitest';
import { AbortError, runPool } from '../../sim/headless/pool.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';

const workerUrl = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const knobs = (k: { delays?: number[]; failAt?: number; crashAt?: number }) => k as unknown as Scenario;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('runPool', () => {
  it('hands results back in replicate order, each once, with transferred arrays intact', async () => {
    const seen: ReplicateResult[] = [];
    // Later reps finish first: delays fall with the rep number.
    await runPool(knobs({ delays: [30, 20, 10, 0] }), range(12), (r) => void seen.push(r), { workerUrl, workers: 3 });
    expect(seen.map((r) => r.rep)).toEqual(range(12));
    expect(seen.map((r) => Array.from(r.strategies[0].series.slice(0, 2)))).toEqual(range(12).map((i) => [i, 2 * i]));
  });

  it('keeps the order of an explicit list of replicates', async () => {
    const seen: number[] = [];
    await runPool(knobs({ delays: [5, 0] }), [7, 3, 9], (r) => void seen.push(r.rep), { workerUrl, workers: 2 });
    expect(seen).toEqual([7, 3, 9]);
  });

  it('never dispatches more than the window ahead of the next result to hand back', async () => {
    const window = 4;
    const handedAt: number[] = [];
    const startedAt: number[] = [];
    // Rep 0 is slow; the others are quick and would otherwise all start before it is handed back.
    const delays = [60, ...range(19).map(() => 1)];
    await runPool(
      knobs({ delays }),
      range(20),
      (r) => {
        handedAt[r.rep] = performance.timeOrigin + performance.now();
        startedAt[r.rep] = r.strategies[0].series[2];
      },
      { workerUrl, workers: 2, window },
    );
    expect(handedAt).toHaveLength(20);
    // Rep r may start only once rep r - window has been handed back.
    for (let r = window; r < 20; r++) expect(startedAt[r]).toBeGreaterThanOrEqual(handedAt[r - window]);
  });

  it('awaits the callback before handing back the next result', async () => {
    const log: string[] = [];
    await runPool(
      knobs({}),
      range(4),
      async (r) => {
        log.push(`start ${r.rep}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${r.rep}`);
      },
      { workerUrl, workers: 2 },
    );
    expect(log).toEqual(range(4).flatMap((i) => [`start ${i}`, `end ${i}`]));
  });

  it('rejects with the replicate and the worker’s message when a replicate throws', async () => {
    await expect(runPool(knobs({ failAt: 5 }), range(10), () => undefined, { workerUrl, workers: 2 })).rejects.toThrow(
      'replicate 5 failed: boom at 5',
    );
  });

  it('rejects when a worker dies', async () => {
    await expect(runPool(knobs({ crashAt: 2 }), range(6), () => undefined, { workerUrl, workers: 2 })).rejects.toThrow(
      /replicate worker \d stopped unexpectedly \(exit code 3\)/,
    );
  });

  it('rejects when the worker module cannot be loaded', async () => {
    const missing = new URL('./fixtures/no-such-worker.mjs', import.meta.url);
    await expect(runPool(knobs({}), range(2), () => undefined, { workerUrl: missing, workers: 1 })).rejects.toThrow(
      /replicate worker 0 failed: .*no-such-worker/,
    );
  });

  it('rejects when the callback throws', async () => {
    await expect(
      runPool(
        knobs({}),
        range(5),
        (r) => {
          if (r.rep === 2) throw new Error('disk full');
        },
        { workerUrl, workers: 2 },
      ),
    ).rejects.toThrow('disk full');
  });

  it('cancels through an AbortSignal', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const started = Date.now();
    const run = runPool(knobs({ delays: [50] }), range(100), (r) => void seen.push(r.rep), {
      workerUrl,
      workers: 2,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 120);
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen.length).toBeLessThan(100);
  });

  it('does nothing for no replicates and refuses an aborted signal', async () => {
    await runPool(knobs({}), [], () => {
      throw new Error('not called');
    }, { workerUrl });
    await expect(runPool(knobs({}), [0], () => undefined, { workerUrl, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
  });
});
