// Invariants of every run, checked on scenarios/default.json (2 replicates, all 260
// steps): conserved counts, legal transitions, ordered transition times, and
// reproducibility (same seed same bytes, common random numbers, order independence).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN, COLUMN_COUNT } from '../../sim/metrics/columns.js';
import { runReplicate } from '../../sim/model/replicate.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import { NEVER } from '../../sim/model/run-state.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING, LEGAL_TRANSITIONS, STATE_COUNT, STATE_NAMES, type StateCode } from '../../sim/model/states.js';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.js';
import { column, groupColumn, tiny } from './support/scenario.js';
import { traceReplicate, type Traced } from './support/trace.js';

const defaultScenario = ScenarioSchema.parse(JSON.parse(readFileSync('scenarios/default.json', 'utf8')));
const REPS = [0, 1];
let traced: Traced[] = [];
let n = 0;
beforeAll(() => {
  traced = REPS.map((rep) => traceReplicate(defaultScenario, rep));
  n = traced[0].result.n;
});
const rowsOf = (s: Float64Array) => s.length / COLUMN_COUNT;
const at = (s: Float64Array, t: number, c: number) => s[t * COLUMN_COUNT + c];

/** reachable[a] holds every state reachable from a along LEGAL_TRANSITIONS (a included). */
const reachable: Set<number>[] = Array.from({ length: STATE_COUNT }, (_, a) => {
  const seen = new Set<number>([a]);
  const stack = [a];
  while (stack.length) {
    for (const b of LEGAL_TRANSITIONS[stack.pop() as StateCode]) {
      if (seen.has(b)) continue;
      seen.add(b);
      stack.push(b);
    }
  }
  return seen;
});

/** Moves between successive rows that LEGAL_TRANSITIONS cannot reach, as text. */
function illegalMoves(t: Traced): string[] {
  const bad: string[] = [];
  t.rows.forEach((rows, k) => {
    for (let r = 1; r < rows.length; r++) {
      const a = rows[r - 1].state;
      const b = rows[r].state;
      for (let i = 0; i < a.length; i++) {
        if (!reachable[a[i]].has(b[i])) bad.push(`strategy ${k} unit ${i} row ${r}: ${STATE_NAMES[a[i]]} -> ${STATE_NAMES[b[i]]}`);
      }
    }
  });
  return bad;
}

describe('invariants on default.json', () => {
  it('sums the state counts to n at every row', () => {
    for (const { result } of traced) {
      for (const { series } of result.strategies) {
        for (let t = 0; t < rowsOf(series); t++) {
          let total = 0;
          for (let s = 0; s < STATE_COUNT; s++) total += at(series, t, s);
          expect(total).toBe(n);
        }
      }
    }
  });

  it('counts in use as implementing + embedded, and ever adopted as non-decreasing and at least in use', () => {
    for (const { result } of traced) {
      for (const { series } of result.strategies) {
        for (let t = 0; t < rowsOf(series); t++) {
          const inUse = at(series, t, COLUMN.in_use);
          expect(inUse).toBe(at(series, t, COLUMN.implementing) + at(series, t, COLUMN.embedded));
          expect(at(series, t, COLUMN.ever_adopted)).toBeGreaterThanOrEqual(inUse);
          expect(at(series, t, COLUMN.ever_embedded)).toBeLessThanOrEqual(at(series, t, COLUMN.ever_adopted));
          if (t === 0) continue;
          expect(at(series, t, COLUMN.ever_adopted)).toBeGreaterThanOrEqual(at(series, t - 1, COLUMN.ever_adopted));
          expect(at(series, t, COLUMN.ever_embedded)).toBeGreaterThanOrEqual(at(series, t - 1, COLUMN.ever_embedded));
          expect(at(series, t, COLUMN.cost)).toBeGreaterThanOrEqual(at(series, t - 1, COLUMN.cost));
        }
      }
    }
  });

  it('splits units and in-use exactly across regions and across types', () => {
    const { result } = traced[0];
    for (let k = 0; k < result.strategies.length; k++) {
      for (const kind of ['region', 'type'] as const) {
        const groups = result.groups.filter((g) => g.kind === kind);
        const sum = (which: 'n' | 'in_use' | 'ever_adopted') =>
          groups.map((g) => groupColumn(result, kind, g.name, which, k)).reduce((a, b) => a.map((x, t) => x + b[t]));
        expect(new Set(sum('n'))).toEqual(new Set([n]));
        expect(sum('in_use')).toEqual(column(result, 'in_use', k));
        expect(sum('ever_adopted')).toEqual(column(result, 'ever_adopted', k));
      }
    }
  });

  it('moves units only along legal transitions between rows', () => {
    for (const t of traced) expect(illegalMoves(t).slice(0, 5)).toEqual([]);
    // Not vacuous: units do reach discontinued and embedded.
    const last = traced[0].rows[0][defaultScenario.time.steps].state;
    expect(last.some((s) => s === DISCONTINUED) && last.some((s) => s === EMBEDDED)).toBe(true);
  });

  it('orders each unit\'s transition times: aware <= start <= embedded <= end, and agrees with its state', () => {
    for (const t of traced) {
      for (const rows of t.rows) {
        const last = rows[rows.length - 1];
        for (let i = 0; i < n; i++) {
          const times = [last.tAware[i], last.tStart[i], last.tEmbedded[i], last.tEnd[i]].filter((x) => x !== NEVER);
          expect(times).toEqual([...times].sort((a, b) => a - b));
          const s = last.state[i];
          if (s === IMPLEMENTING || s === EMBEDDED) expect(last.tStart[i]).not.toBe(NEVER);
          if (s === EMBEDDED) expect(last.tEmbedded[i]).not.toBe(NEVER);
          if (s === DISCONTINUED) expect(last.tEnd[i]).not.toBe(NEVER);
          if (last.tStart[i] !== NEVER) expect(last.tAware[i]).not.toBe(NEVER);
        }
      }
    }
  });

  it('keeps levers to the legal transitions too: a later champion lever cannot revive a discontinued unit', () => {
    // Unit 0 starts embedded and stops in step 0 (discontinuation hazard 1e6, no
    // embeddedness yet); a second seed lever at time 3 names it again.
    const scenario = tiny({
      n: 2,
      steps: 5,
      dynamics: { friction: true, sustainment: { discontinuation: 1e6 } },
      levers: [
        { type: 'seed', targets: { units: [0] } },
        { type: 'seed', start: 3, targets: { units: [0] } },
      ],
    });
    const t = traceReplicate(scenario, 0);
    expect(t.rows[0][1].state[0]).toBe(DISCONTINUED);
    expect(illegalMoves(t)).toEqual([]);
  });
});

describe('reproducibility', () => {
  const short: Scenario = ScenarioSchema.parse({ ...defaultScenario, time: { ...defaultScenario.time, steps: 104 } });
  const same = (a: ReplicateResult, b: ReplicateResult) =>
    a.strategies.every((s, k) => s.series.length > 0 && Buffer.from(s.series.buffer).equals(Buffer.from(b.strategies[k].series.buffer)) && Buffer.from(s.groupSeries.buffer).equals(Buffer.from(b.strategies[k].groupSeries.buffer)));

  it('gives byte-identical series for the same scenario, seed and replicate', () => {
    expect(same(runReplicate(short, 2), runReplicate(short, 2))).toBe(true);
  });

  it('gives different series for another seed, and for another replicate', () => {
    const base = runReplicate(short, 2);
    expect(same(base, runReplicate({ ...short, seed: Number(short.seed) + 1 }, 2))).toBe(false);
    expect(same(base, runReplicate(short, 3))).toBe(false);
  });

  it('does not depend on which replicates ran before in the same process', () => {
    const alone = runReplicate(short, 4);
    runReplicate(short, 0);
    runReplicate({ ...short, seed: 99 }, 4);
    expect(same(runReplicate(short, 4), alone)).toBe(true);
  });

  it('gives two identical strategies identical series (common random numbers)', () => {
    const twin = { ...short.strategies[1], name: 'twin' };
    const r = runReplicate({ ...short, strategies: [...short.strategies, twin] }, 0);
    expect(Buffer.from(r.strategies[3].series.buffer).equals(Buffer.from(r.strategies[1].series.buffer))).toBe(true);
  });

  it('gives a strategy the same series whichever strategies run beside it', () => {
    const all = runReplicate(short, 0);
    for (let k = 0; k < short.strategies.length; k++) {
      const alone = runReplicate({ ...short, strategies: [short.strategies[k]] }, 0);
      expect(Buffer.from(alone.strategies[0].series.buffer).equals(Buffer.from(all.strategies[k].series.buffer))).toBe(true);
    }
  });
});
