// Warming the app's worker pool: warm() starts the workers and gives each its warm-up
// replicates (stage by stage) one call at a time, stopping when a run starts; a run
// reuses them without waiting for the warm-up, and neither a failure nor terminate()
// leaves an error, a rejection or a worker behind; a failed run stops its workers. The workers are fakes speaking comlink over a MessageChannel, whose
// replicates the test releases.
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { parseScenario } from '../../sim/scenario/load.js';
import {
  OPEN_WARM_REPLICATES,
  OPEN_WARM_STEPS,
  OPEN_WARM_UNITS,
  WARM_REPLICATES,
  openScenarioStage,
  warmWhenIdle,
  type WarmState,
} from '../../viz/run/warm-up.js';
import { WorkerPool, type WarmStage } from '../../viz/run/worker-pool.js';
import { DEFAULT_RAW } from './helpers.js';

const WARM = { name: 'warm' } as Scenario;
const RUN = { name: 'run' } as Scenario;
const FAILING = { name: 'failing' } as Scenario;
const GATED = { name: 'gated' } as Scenario;
const OPEN = { name: 'open' } as Scenario;

interface Call {
  readonly worker: number;
  readonly scenario: string;
  readonly reps: readonly number[];
}

/** A worker whose warm-up replicates wait for `gate` and may be told to throw. */
class FakeWorker extends EventTarget {
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(readonly index: number, calls: Call[], gate: Promise<void>, throwsOnWarm: boolean) {
    super();
    const api = {
      async runReplicates(scenario: Scenario, reps: readonly number[]): Promise<ReplicateResult[]> {
        calls.push({ worker: index, scenario: scenario.name, reps });
        if (scenario.name === WARM.name || scenario.name === GATED.name) {
          await gate;
          if (throwsOnWarm) throw new Error('the engine failed');
        }
        if (scenario.name === FAILING.name) {
          // Slow enough that replicates are left when replicate 3 fails.
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (reps.includes(3)) throw new Error('the engine failed on replicate 3');
        }
        return reps.map((rep) => ({ rep }) as unknown as ReplicateResult);
      },
    };
    Comlink.expose(api, this.channel.port2);
    this.channel.port1.on('message', (data: unknown) => this.dispatchEvent(new MessageEvent('message', { data })));
  }

  postMessage(message: unknown): void {
    if (!this.terminated) this.channel.port1.postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** What a browser does when a worker cannot start or throws outside a call. */
  fail(): Event {
    const e = new Event('error', { cancelable: true });
    this.dispatchEvent(e);
    return e;
  }
}

interface Harness {
  readonly pool: WorkerPool;
  readonly workers: FakeWorker[];
  readonly calls: Call[];
  /** Lets every warm-up replicate answer. */
  open(): void;
}

const pools: WorkerPool[] = [];

function harness(size: number, throwsOnWarm: (index: number) => boolean = () => false): Harness {
  const workers: FakeWorker[] = [];
  const calls: Call[] = [];
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const pool = new WorkerPool(size, (index) => {
    const worker = new FakeWorker(index, calls, gate, throwsOnWarm(workers.length));
    workers.push(worker);
    return worker;
  });
  pools.push(pool);
  return { pool, workers, calls, open: () => open() };
}

async function runAll(pool: WorkerPool, count: number): Promise<number[]> {
  const got: number[] = [];
  const reps = Array.from({ length: count }, (_, i) => i);
  await pool.run(RUN, reps, (r) => got.push((r as unknown as { rep: number }).rep), new AbortController().signal);
  return got.sort((a, b) => a - b);
}

/** `promise`'s value, or 'still waiting' if it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms = 1000): Promise<T | 'still waiting'> {
  return Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);
}

afterEach(() => {
  for (const pool of pools.splice(0)) pool.terminate();
  vi.restoreAllMocks();
});

describe('WorkerPool.warm', () => {
  it('starts every worker at once and gives each one warm-up replicate (rep 0)', async () => {
    const { pool, workers, calls, open } = harness(3);
    const warming = pool.warm([{ scenario: WARM, replicates: 1 }]);
    expect(workers.map((w) => w.index)).toEqual([0, 1, 2]);
    open();
    await expect(warming).resolves.toBe('done');
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => c.worker).sort()).toEqual([0, 1, 2]);
    for (const c of calls) expect(c).toMatchObject({ scenario: 'warm', reps: [0] });
  });

  it('gives each worker replicates 0..k-1, one call each, in order', async () => {
    const { pool, calls, open } = harness(2);
    open();
    await expect(pool.warm([{ scenario: WARM, replicates: 4 }])).resolves.toBe('done');
    for (const worker of [0, 1]) {
      expect(calls.filter((c) => c.worker === worker).map((c) => c.reps)).toEqual([[0], [1], [2], [3]]);
    }
  });

  it('runs the stages in order, each worker every stage', async () => {
    const { pool, calls, open } = harness(2);
    open();
    await expect(pool.warm([{ scenario: WARM, replicates: 2 }, { scenario: OPEN, replicates: 1 }])).resolves.toBe('done');
    for (const worker of [0, 1]) {
      const mine = calls.filter((c) => c.worker === worker).map((c) => `${c.scenario} ${c.reps.join()}`);
      expect(mine).toEqual(['warm 0', 'warm 1', 'open 0']);
    }
  });

  it('posts no more warm-up replicates once a run has started, even one already over, and ends as done', async () => {
    const { pool, calls, open } = harness(2);
    const warming = pool.warm([{ scenario: WARM, replicates: 50 }]);
    // The run ends before the warm-up replicates in progress answer.
    await expect(within(runAll(pool, 4))).resolves.toEqual([0, 1, 2, 3]);
    open();
    await expect(within(warming)).resolves.toBe('done');
    // Each worker had its first warm-up replicate posted before the run; none after.
    expect(calls.filter((c) => c.scenario === 'warm').map((c) => c.reps[0])).toEqual([0, 0]);
  });

  it('leaves its workers to the next run, which starts no new ones', async () => {
    const { pool, workers, calls, open } = harness(3);
    open();
    await pool.warm([{ scenario: WARM, replicates: 1 }]);
    expect(await runAll(pool, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => !w.terminated)).toBe(true);
    expect(calls.filter((c) => c.scenario === 'run').map((c) => c.reps[0]).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('does not hold up a run that starts before the warm-up has answered', async () => {
    const { pool, workers, open } = harness(2);
    const warming = pool.warm([{ scenario: WARM, replicates: 1 }]);
    await expect(within(runAll(pool, 4))).resolves.toEqual([0, 1, 2, 3]);
    expect(workers).toHaveLength(2);
    await expect(within(warming, 50)).resolves.toBe('still waiting');
    open();
    await expect(warming).resolves.toBe('done');
  });

  it('resolves as failed, logs nothing and keeps the worker when a warm-up replicate throws', async () => {
    const errors = vi.spyOn(console, 'error');
    const { pool, workers, open } = harness(2, (i) => i === 1);
    open();
    await expect(within(pool.warm([{ scenario: WARM, replicates: 1 }]))).resolves.toBe('failed');
    expect(errors).not.toHaveBeenCalled();
    expect(await runAll(pool, 4)).toEqual([0, 1, 2, 3]);
    expect(workers).toHaveLength(2);
  });

  it('drops a worker that dies during the warm-up, quietly, and the next run starts a fresh one', async () => {
    const errors = vi.spyOn(console, 'error');
    const { pool, workers, open } = harness(2);
    const warming = pool.warm([{ scenario: WARM, replicates: 1 }]);
    const event = workers[1].fail();
    expect(event.defaultPrevented).toBe(true);
    expect(workers[1].terminated).toBe(true);
    open();
    await expect(within(warming)).resolves.toBe('failed');
    expect(errors).not.toHaveBeenCalled();
    expect(await runAll(pool, 4)).toEqual([0, 1, 2, 3]);
    expect(workers).toHaveLength(3);
    expect(workers[0].terminated).toBe(false);
    expect(workers[2].terminated).toBe(false);
  });

  it('stops at once, with every worker, on terminate(); the next run starts fresh workers', async () => {
    const { pool, workers } = harness(2);
    const warming = pool.warm([{ scenario: WARM, replicates: 1 }]);
    pool.terminate();
    expect(workers.every((w) => w.terminated)).toBe(true);
    await expect(within(warming)).resolves.toBe('stopped');
    expect(await runAll(pool, 2)).toEqual([0, 1]);
    expect(workers).toHaveLength(4);
  });

  it('does nothing once a run has started the workers', async () => {
    const { pool, workers, calls } = harness(2);
    await runAll(pool, 2);
    await expect(pool.warm([{ scenario: WARM, replicates: 1 }])).resolves.toBe('skipped');
    expect(workers).toHaveLength(2);
    expect(calls.some((c) => c.scenario === 'warm')).toBe(false);
  });
});

describe('WorkerPool.run', () => {
  it('keeps each worker one replicate ahead, but not for the last replicates', async () => {
    for (const [count, posted] of [
      [10, [[0, 1], [2, 3]]],
      [3, [[0], [1]]],
    ] as const) {
      const { pool, calls, open } = harness(2);
      const got: number[] = [];
      const reps = Array.from({ length: count }, (_, i) => i);
      const run = pool.run(GATED, reps, (r) => got.push((r as unknown as { rep: number }).rep), new AbortController().signal);
      await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Before any replicate answers: two requests queued per worker, or one near the end.
      expect([0, 1].map((w) => calls.filter((c) => c.worker === w).map((c) => c.reps[0]))).toEqual(posted);
      open();
      await run;
      expect(got.sort((a, b) => a - b)).toEqual(reps);
      pool.terminate();
    }
  });

  it('stops every worker when a replicate fails, so no replicate runs on for a failed run', async () => {
    const { pool, workers, calls } = harness(2);
    const got: number[] = [];
    const reps = Array.from({ length: 20 }, (_, i) => i);
    const run = pool.run(FAILING, reps, (r) => got.push((r as unknown as { rep: number }).rep), new AbortController().signal);
    await expect(run).rejects.toThrow('replicate 3');
    expect(workers.every((w) => w.terminated)).toBe(true);
    const started = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.length).toBe(started);
    expect(started).toBeLessThan(reps.length);
    expect(got).not.toContain(3);
    // The next run starts fresh workers.
    expect(await runAll(pool, 2)).toEqual([0, 1]);
    expect(workers).toHaveLength(4);
  });
});

describe('warmWhenIdle', () => {
  const bundled = () => {
    const checked = parseScenario(DEFAULT_RAW);
    if ('problems' in checked) throw new Error('the bundled default does not pass');
    return checked.scenario;
  };

  it('reports pending, waits for idle and the open scenario, then warms with both', async () => {
    const states: WarmState[] = [];
    let idleTask: (() => void) | undefined;
    let answer: (s: Scenario | null) => void = () => {};
    const openScenario = { ...bundled(), name: 'open one' };
    const warm = vi.fn(async (_: readonly WarmStage[]) => 'done' as const);
    warmWhenIdle({ warm }, DEFAULT_RAW, () => new Promise((resolve) => (answer = resolve)), (task) => (idleTask = task), (s) => states.push(s));
    expect(states).toEqual(['pending']);
    idleTask!();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The open scenario is not settled yet (a link still loading): nothing runs.
    expect(warm).not.toHaveBeenCalled();
    answer(openScenario);
    await vi.waitFor(() => expect(states).toEqual(['pending', 'done']));
    const [stages] = warm.mock.calls[0];
    // The schema's defaults are filled in: a scenario ready to run.
    expect(stages[0].scenario).toMatchObject({ name: DEFAULT_RAW.name, outputs: expect.any(Object) });
    expect(stages[0].replicates).toBe(WARM_REPLICATES);
    expect(stages[1]).toEqual(openScenarioStage(openScenario));
  });

  it('warms with the default alone when no scenario is open, or finding it fails', async () => {
    for (const open of [async () => null, async () => Promise.reject(new Error('no'))]) {
      const states: WarmState[] = [];
      const warm = vi.fn(async (_: readonly WarmStage[]) => 'done' as const);
      warmWhenIdle({ warm }, DEFAULT_RAW, open, (task) => task(), (s) => states.push(s));
      await vi.waitFor(() => expect(states).toEqual(['pending', 'done']));
      expect(warm.mock.calls[0][0]).toHaveLength(1);
    }
  });

  it('runs nothing for a scenario the schema rejects', () => {
    const states: WarmState[] = [];
    const warm = vi.fn(async (_: readonly WarmStage[]) => 'done' as const);
    warmWhenIdle({ warm }, { ...DEFAULT_RAW, replicates: -1 }, async () => null, (task) => task(), (s) => states.push(s));
    expect(states).toEqual(['pending', 'skipped']);
    expect(warm).not.toHaveBeenCalled();
  });
});

describe('openScenarioStage', () => {
  const withUnits = (units: number, steps = 260): Scenario => {
    const raw = structuredClone(DEFAULT_RAW) as { time: { steps: number }; system: { network: { regions: unknown } } };
    raw.time.steps = steps;
    raw.system.network.regions = [{ name: 'All', units }];
    const checked = parseScenario(raw);
    if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
    return checked.scenario;
  };

  it('runs the first OPEN_WARM_STEPS steps only, and all of a shorter horizon', () => {
    const long = openScenarioStage(withUnits(300));
    expect(long.scenario.time.steps).toBe(OPEN_WARM_STEPS);
    expect(long.scenario.system).toEqual(withUnits(300).system);
    expect(openScenarioStage(withUnits(300, 10)).scenario.time.steps).toBe(10);
  });

  it('builds fewer replicates the larger the system, down to one', () => {
    const replicates = (units: number) => openScenarioStage(withUnits(units)).replicates;
    expect(replicates(300)).toBe(OPEN_WARM_REPLICATES);
    expect(replicates(OPEN_WARM_UNITS / OPEN_WARM_REPLICATES)).toBe(OPEN_WARM_REPLICATES);
    expect(replicates(OPEN_WARM_UNITS / 2)).toBe(2);
    expect(replicates(OPEN_WARM_UNITS * 5)).toBe(1);
  });
});
