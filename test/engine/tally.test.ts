// The running totals a row is written from (Tally) equal, at every step, the same
// row computed by a pass over the units (scanRow): counts exactly, sums to rounding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_COUNT, OUTPUT_COLUMNS } from '../../sim/metrics/columns.js';
import { Recorder, scanRow } from '../../sim/metrics/record.js';
import { runReplicate } from '../../sim/model/replicate.js';
import type { RunState } from '../../sim/model/run-state.js';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.js';

/** Runs a replicate, comparing every recorded row with scanRow; returns rows compared. */
function compareEveryRow(scenario: Scenario): number {
  const original = Recorder.prototype.record;
  let compared = 0;
  Recorder.prototype.record = function (this: Recorder, units: RunState, cost: number, step: number) {
    original.call(this, units, cost, step);
    const self = this as unknown as { pop: Parameters<typeof scanRow>[1]; benefit: Parameters<typeof scanRow>[2] };
    const { row, groups } = scanRow(units, self.pop, self.benefit, cost);
    const written = this.series.subarray(step * COLUMN_COUNT, (step + 1) * COLUMN_COUNT);
    OUTPUT_COLUMNS.forEach((name, c) => {
      const scale = Math.max(1, Math.abs(row[c]));
      expect(Math.abs(written[c] - row[c]) / scale, `${name} at step ${step}`).toBeLessThan(1e-9);
    });
    const g = groups.length;
    expect(Array.from(this.groups.subarray(step * g, (step + 1) * g)), `groups at step ${step}`).toEqual(Array.from(groups));
    compared++;
  };
  try {
    runReplicate(scenario, 0);
  } finally {
    Recorder.prototype.record = original;
  }
  return compared;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('Tally', () => {
  it('matches a pass over the units at every step of the default scenario', () => {
    const raw = read('scenarios/default.json');
    raw.time.steps = 120;
    expect(compareEveryRow(ScenarioSchema.parse(raw))).toBe(3 * 121);
  });

  it('matches with pilots put in use mid-run, turnover, rejection and benefit exponents', () => {
    const raw = read('scenarios/default.json');
    raw.time.steps = 100;
    raw.dynamics = { turnover: { rate: 0.01 }, adoption: { rejection: 0.05 }, sustainment: { benefitAlpha: 2, benefitBeta: 0.5 } };
    raw.strategies[0].levers.push({ type: 'rollout', start: 30, pilots: { rule: 'random', k: 8 }, waves: 3 });
    expect(compareEveryRow(ScenarioSchema.parse(raw))).toBe(3 * 101);
  });

  it('matches in the textbook reductions (friction off, instant embedding)', () => {
    const raw = read('scenarios/validation/threshold.json');
    raw.time.steps = 20;
    expect(compareEveryRow(ScenarioSchema.parse(raw))).toBe(21);
  });
});
