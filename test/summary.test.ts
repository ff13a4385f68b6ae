// Summaries across replicates, checked on hand-made series with hand-computed answers.
import { describe as group, expect, it } from 'vitest';
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT } from '../sim/metrics/columns.js';
import { csvField, formatNumber } from '../sim/metrics/format.js';
import { summaryCsv } from '../sim/metrics/summary-files.js';
import { describe, quantile, strategyMetrics, SummaryAccumulator } from '../sim/metrics/summary.js';
import type { ReplicateResult, StrategySeries } from '../sim/model/replicate-result.js';

interface Columns {
  in_use: number[];
  embedded: number[];
  ever_embedded: number[];
  benefit: number[];
  cost: number[];
}

/** A series of (steps + 1) rows with only the columns the summaries read filled in. */
function series(c: Columns): Float64Array {
  const rows = c.in_use.length;
  const s = new Float64Array(rows * COLUMN_COUNT);
  for (let t = 0; t < rows; t++) {
    s[t * COLUMN_COUNT + COLUMN.in_use] = c.in_use[t];
    s[t * COLUMN_COUNT + COLUMN.embedded] = c.embedded[t];
    s[t * COLUMN_COUNT + COLUMN.ever_embedded] = c.ever_embedded[t];
    s[t * COLUMN_COUNT + COLUMN.benefit] = c.benefit[t];
    s[t * COLUMN_COUNT + COLUMN.cost] = c.cost[t];
  }
  return s;
}

/** Two groups (region R1 of 2 units, type T of all 4); in use per step for each. */
function groupSeries(r1: number[], t: number[]): Float64Array {
  const g = new Float64Array(r1.length * 2 * GROUP_COLUMN_COUNT);
  for (let step = 0; step < r1.length; step++) {
    g.set([2, r1[step], r1[step]], (step * 2 + 0) * GROUP_COLUMN_COUNT);
    g.set([4, t[step], t[step]], (step * 2 + 1) * GROUP_COLUMN_COUNT);
  }
  return g;
}

// n = 4 units, 4 steps of dt = 0.5 (horizon 2), one lever ending at t = 1, sustainAfter 0.5:
// the sustain time is 1.5, which is step 3.
const N = 4;
const DT = 0.5;
const STEPS = 4;
const SUSTAIN_AFTER = 0.5;

// `as`: the engine's result type may carry more fields (e.g. edge-visit counts) than the summaries read.
const rep0 = {
  strategy: 'A',
  series: series({
    in_use: [0, 1, 2, 3, 3],
    embedded: [0, 0, 1, 2, 2],
    ever_embedded: [0, 0, 1, 2, 3],
    benefit: [0, 1, 2, 3, 4],
    cost: [0, 10, 20, 30, 40],
  }),
  groupSeries: groupSeries([0, 0, 1, 1, 1], [0, 1, 2, 3, 3]),
  edgeVisits: 0,
  lastLeverEnd: 1,
} as StrategySeries;

const rep1 = {
  strategy: 'A',
  series: series({
    in_use: [0, 0, 1, 1, 2],
    embedded: [0, 0, 0, 1, 1],
    ever_embedded: [0, 0, 0, 1, 2],
    benefit: [0, 0, 1, 1, 2],
    cost: [0, 0, 5, 5, 10],
  }),
  groupSeries: groupSeries([0, 0, 0, 0, 2], [0, 0, 1, 1, 2]),
  edgeVisits: 0,
  lastLeverEnd: 1,
} as StrategySeries;

const groups = [
  { kind: 'region' as const, name: 'R1' },
  { kind: 'type' as const, name: 'T' },
];

function result(rep: number, s: StrategySeries): ReplicateResult {
  return { rep, n: N, steps: STEPS, dt: DT, groups, strategies: [s] };
}

const shape = { n: N, steps: STEPS, dt: DT, groupCount: 2 };

group('quantile (type 7) and describe', () => {
  it('interpolates between order statistics at h = (m - 1) p', () => {
    const x = [1, 2, 3, 4, 5];
    expect(quantile(x, 0.5)).toBe(3);
    expect(quantile(x, 0.05)).toBeCloseTo(1.2, 12); // h = 0.2
    expect(quantile(x, 0.95)).toBeCloseTo(4.8, 12); // h = 3.8
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises the finite values and reports the share of replicates that have one', () => {
    const s = describe([4, NaN, 2, Infinity], 4);
    expect(s).toEqual({ mean: 3, median: 3, p5: 2.1, p95: 3.9, reached: 0.5, count: 2 });
    expect(describe([NaN], 1)).toEqual({ mean: null, median: null, p5: null, p95: null, reached: 0, count: 0 });
  });
});

group('strategyMetrics on one replicate', () => {
  it('computes each metric as hand-computed', () => {
    const m = strategyMetrics(rep0, shape, SUSTAIN_AFTER);
    expect(m.values).toEqual({
      time_to_25: 0.5, // in_use 1/4 at step 1
      time_to_50: 1, // 2/4 at step 2
      time_to_75: 1.5, // 3/4 at step 3
      in_use_share_at_horizon: 0.75,
      sustained_share: 0.75, // in_use 3 at step 3 (t = 1.5)
      sustainment: 1, // embedded 2 of ever-embedded 2 at step 3
      cumulative_benefit: 5, // (1 + 2 + 3 + 4) * 0.5
      cost_at_horizon: 40,
      cost_per_sustained_unit: 40 / 3,
    });
    expect(m.sustainTime).toBe(1.5);
    expect(m.groupShares).toEqual([0.5, 0.75]);
  });

  it('leaves a level never reached undefined (censored)', () => {
    const m = strategyMetrics(rep1, shape, SUSTAIN_AFTER);
    expect(m.values.time_to_25).toBe(1);
    expect(m.values.time_to_50).toBe(2);
    expect(m.values.time_to_75).toBeNaN();
  });

  it('reads the sustain time at the first step at or after it', () => {
    // 1.2 + 0 = 1.2 lies inside step 2 (t = 1.0 .. 1.5): read at step 3, t = 1.5.
    const m = strategyMetrics({ ...rep0, lastLeverEnd: 1.2 }, shape, 0);
    expect(m.values.sustained_share).toBe(0.75);
    const exact = strategyMetrics({ ...rep0, lastLeverEnd: 1 }, shape, 0);
    expect(exact.values.sustained_share).toBe(0.5); // t = 1.0 is step 2 exactly
  });

  it('gives no sustained share, with a reason, past the horizon or when a lever never ends', () => {
    const past = strategyMetrics({ ...rep0, lastLeverEnd: 2 }, shape, SUSTAIN_AFTER);
    expect(past.values.sustained_share).toBeNaN();
    expect(past.values.cost_per_sustained_unit).toBeNaN();
    expect(past.reasons.sustained_share).toBe('sustain time 2.5 is past the horizon 2');
    const never = strategyMetrics({ ...rep0, lastLeverEnd: Infinity }, shape, SUSTAIN_AFTER);
    expect(never.values.sustainment).toBeNaN();
    expect(never.reasons.sustainment).toBe('a lever never ends');
    expect(never.sustainTime).toBeNull();
  });

  it('has no sustainment when nothing was ever embedded', () => {
    const none = strategyMetrics({ ...rep0, lastLeverEnd: 0 }, shape, 0); // read at step 0
    expect(none.values.sustained_share).toBe(0);
    expect(none.values.sustainment).toBeNaN();
    expect(none.values.cost_per_sustained_unit).toBeNaN();
  });
});

group('SummaryAccumulator', () => {
  it('summarises over replicates with reached shares for censored metrics', () => {
    const acc = new SummaryAccumulator(['A'], 2, SUSTAIN_AFTER);
    acc.add(result(0, rep0));
    acc.add(result(1, rep1));
    const s = acc.finish();
    expect(s.replicates).toBe(2);
    expect(s.horizon).toBe(2);
    const m = s.strategies[0].metrics;
    // time_to_25 over {0.5, 1}: mean 0.75, median 0.75, p5 0.5 + 0.05 * 0.5, p95 0.5 + 0.95 * 0.5
    expect(m.time_to_25.mean).toBe(0.75);
    expect(m.time_to_25.median).toBe(0.75);
    expect(m.time_to_25.p5).toBeCloseTo(0.525, 12);
    expect(m.time_to_25.p95).toBeCloseTo(0.975, 12);
    expect(m.time_to_25.reached).toBe(1);
    // time_to_75 reached only in replicate 0 (at 1.5)
    expect(m.time_to_75).toMatchObject({ mean: 1.5, median: 1.5, p5: 1.5, p95: 1.5, reached: 0.5, count: 1 });
    expect(m.sustained_share.mean).toBe(0.5); // (0.75 + 0.25) / 2
    expect(m.sustainment.mean).toBe(1);
    expect(m.cumulative_benefit.mean).toBe(3.5); // (5 + 2) / 2
    expect(m.cost_at_horizon.mean).toBe(25);
    expect(m.cost_per_sustained_unit.mean).toBeCloseTo((40 / 3 + 10) / 2, 12);
    const [r1, t] = s.strategies[0].groups;
    expect(r1).toMatchObject({ kind: 'region', name: 'R1' });
    expect(r1.in_use_share_at_horizon.mean).toBe(0.75); // (1/2 + 2/2) / 2
    expect(t.in_use_share_at_horizon.mean).toBe(0.625); // (3/4 + 2/4) / 2
  });

  it('does not depend on the order replicates arrive in', () => {
    const a = new SummaryAccumulator(['A'], 2, SUSTAIN_AFTER);
    a.add(result(0, rep0));
    a.add(result(1, rep1));
    const b = new SummaryAccumulator(['A'], 2, SUSTAIN_AFTER);
    b.add(result(1, rep1));
    b.add(result(0, rep0));
    expect(summaryCsv(b.finish())).toBe(summaryCsv(a.finish()));
  });

  it('carries the reason when a metric is undefined in every replicate', () => {
    const acc = new SummaryAccumulator(['A'], 2, 10);
    acc.add(result(0, rep0));
    acc.add(result(1, rep1));
    const m = acc.finish().strategies[0].metrics.sustained_share;
    expect(m).toMatchObject({ mean: null, reached: 0, reason: 'sustain time 11 is past the horizon 2' });
  });

  it('writes tidy summary.csv rows', () => {
    const acc = new SummaryAccumulator(['A'], 2, SUSTAIN_AFTER);
    acc.add(result(0, rep0));
    acc.add(result(1, rep1));
    const lines = summaryCsv(acc.finish()).trimEnd().split('\n');
    expect(lines[0]).toBe('strategy,metric,mean,median,p5,p95,reached');
    expect(lines).toContain('A,time_to_75,1.5,1.5,1.5,1.5,0.5');
    expect(lines).toContain('A,cost_per_sustained_unit,11.6667,11.6667,10.1667,13.1667,1');
    expect(lines).toContain('A,in_use_share_at_horizon[region=R1],0.75,0.75,0.525,0.975,1');
    expect(lines).toHaveLength(1 + 9 + 2);
  });
});

group('number and field formatting', () => {
  it('writes integers as integers and other numbers to 6 significant digits', () => {
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(1234567.891)).toBe('1234570');
    expect(formatNumber(1e-7 / 3)).toBe('3.33333e-8');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(NaN)).toBe('');
    expect(formatNumber(-Infinity)).toBe('-Inf');
  });

  it('quotes CSV fields only when needed', () => {
    expect(csvField('peer networks')).toBe('peer networks');
    expect(csvField('mandate, then stop')).toBe('"mandate, then stop"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});
