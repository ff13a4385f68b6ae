// The curves the charts show, as a tidy CSV for R or Python: one row per strategy,
// quantity and time, with the median, the 90% band and the replicates it is over.
import { csvField, csvLine, formatNumber } from '../../sim/metrics/format.js';
import type { Band } from '../data/bands.js';
import type { CompareData } from '../data/compare-data.js';

export const CURVES_CSV_COLUMNS = ['strategy', 'quantity', 'group_kind', 'group', 't', 'median', 'p5', 'p95', 'replicates'] as const;

function rows(strategy: string, quantity: string, kind: string, group: string, b: Band): string {
  let out = '';
  for (let i = 0; i < b.t.length; i++) {
    out += csvLine([
      csvField(strategy),
      quantity,
      kind,
      csvField(group),
      formatNumber(b.t[i]),
      formatNumber(b.median[i]),
      formatNumber(b.lo[i]),
      formatNumber(b.hi[i]),
      String(b.count[i]),
    ]);
  }
  return out;
}

/**
 * Quantities: `in_use_share`, `ever_adopted_share`, `sustainment` (embedded among ever
 * embedded) for the whole system, then `in_use_share` per region and per type.
 */
export function curvesCsv(d: CompareData): string {
  let out = csvLine([...CURVES_CSV_COLUMNS]);
  for (const s of d.strategies) {
    out += rows(s.name, 'in_use_share', '', '', s.inUse);
    out += rows(s.name, 'ever_adopted_share', '', '', s.everAdopted);
    out += rows(s.name, 'sustainment', '', '', s.sustainment);
  }
  for (const g of d.groups) {
    g.bands.forEach((b, i) => (out += rows(d.strategies[i].name, 'in_use_share', g.kind, g.name, b)));
  }
  return out;
}
