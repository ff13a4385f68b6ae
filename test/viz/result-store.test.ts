// The app's views of a run depend on the replicates, not on the order (or the number of
// workers) they arrived in, and its numbers are the engine's summary numbers.
import { describe, expect, it } from 'vitest';
import { COLUMN, COLUMN_COUNT } from '../../sim/metrics/columns.js';
import { summaryCsv } from '../../sim/metrics/summary-files.js';
import { SummaryAccumulator } from '../../sim/metrics/summary.js';
import { compareData } from '../../viz/data/compare-data.js';
import { ResultStore } from '../../viz/data/result-store.js';
import { runAll, smallScenario } from './helpers.js';

const scenario = smallScenario(6);
const results = runAll(scenario);
const shape = {
  strategies: scenario.strategies.map((s) => s.name),
  replicates: scenario.replicates,
  sustainAfter: scenario.outputs.sustainAfter,
};

function storeOf(order: readonly number[]): ResultStore {
  const store = new ResultStore(shape);
  for (const i of order) store.add(results[i]);
  return store;
}

describe('ResultStore and compareData', () => {
  it('give identical curves, tables and summaries whatever order replicates arrive in', () => {
    const inOrder = compareData(storeOf([0, 1, 2, 3, 4, 5]), scenario)!;
    const shuffled = compareData(storeOf([4, 1, 5, 0, 3, 2]), scenario)!;
    expect(shuffled).toEqual(inOrder);
    expect(summaryCsv(shuffled.summary)).toBe(summaryCsv(inOrder.summary));
  });

  it("summarise exactly as the engine's SummaryAccumulator (the CLI's summary.csv)", () => {
    const acc = new SummaryAccumulator(shape.strategies, scenario.replicates, scenario.outputs.sustainAfter);
    for (const r of results) acc.add(r);
    expect(summaryCsv(storeOf([5, 4, 3, 2, 1, 0]).summary())).toBe(summaryCsv(acc.finish()));
  });

  it('draw the in-use median at each step from the replicates received', () => {
    const d = compareData(storeOf([0, 1, 2]), scenario)!;
    expect(d.received).toBe(3);
    const step = 40;
    const shares = [0, 1, 2].map((r) => results[r].strategies[1].series[step * COLUMN_COUNT + COLUMN.in_use] / results[r].n).sort();
    expect(d.strategies[1].inUse.median[step]).toBe(shares[1]);
    expect(d.strategies[1].inUse.lo[step]).toBeCloseTo(shares[0] + 0.1 * (shares[1] - shares[0]), 12);
  });

  it('pair differences from the first strategy by replicate', () => {
    const store = storeOf([0, 1, 2, 3, 4, 5]);
    const d = compareData(store, scenario)!;
    const row = d.table.find((r) => r.metric === 'in_use_share_at_horizon')!;
    expect(row.diffs[0]).toBeNull();
    const first = store.metrics(0).map((m) => m.values.in_use_share_at_horizon);
    const third = store.metrics(2).map((m) => m.values.in_use_share_at_horizon);
    const mean = third.reduce((s, v, i) => s + v - first[i], 0) / first.length;
    expect(row.diffs[2]!.centre).toBeCloseTo(mean, 12);
    expect(row.diffs[2]!.count).toBe(6);
    expect(row.values[0].centre).toBeCloseTo(first.reduce((a, b) => a + b, 0) / 6, 12);
  });

  it('reject a replicate twice or out of range', () => {
    const store = storeOf([0]);
    expect(() => store.add(results[0])).toThrow(/arrived twice/);
    const small = new ResultStore({ ...shape, replicates: 2 });
    expect(() => small.add(results[3])).toThrow(/outside 0..1/);
  });
});
