// The curves CSV: one row per strategy, quantity, group and step, holding the bands drawn.
import { describe, expect, it } from 'vitest';
import { compareData } from '../../viz/data/compare-data.js';
import { ResultStore } from '../../viz/data/result-store.js';
import { curvesCsv, CURVES_CSV_COLUMNS } from '../../viz/export/curves-csv.js';
import { runAll, smallScenario } from './helpers.js';

describe('curvesCsv', () => {
  const scenario = smallScenario(4);
  const store = new ResultStore({ strategies: scenario.strategies.map((s) => s.name), replicates: 4, sustainAfter: 20 });
  for (const r of runAll(scenario)) store.add(r);
  const d = compareData(store, scenario)!;
  const lines = curvesCsv(d).trimEnd().split('\n');

  it('has a header and a row per strategy, quantity, group and step', () => {
    expect(lines[0]).toBe(CURVES_CSV_COLUMNS.join(','));
    const steps = scenario.time.steps + 1;
    const groups = 4 + 3; // regions and types
    expect(lines.length - 1).toBe(3 * steps * 3 + groups * 3 * steps);
  });

  it('writes the bands the charts draw', () => {
    const row = lines.find((l) => l.startsWith('Peer networks,in_use_share,,,40,'))!.split(',');
    expect(Number(row[5])).toBeCloseTo(d.strategies[1].inUse.median[40], 5);
    expect(Number(row[6])).toBeCloseTo(d.strategies[1].inUse.lo[40], 5);
    expect(Number(row[8])).toBe(4);
    const north = lines.find((l) => l.startsWith('Incentives,in_use_share,region,North,80,'))!.split(',');
    expect(Number(north[5])).toBeCloseTo(d.groups[0].bands[2].median[80], 5);
  });
});
