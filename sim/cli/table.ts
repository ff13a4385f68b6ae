// The comparison table printed after a run: one row per strategy.
import Table from 'cli-table3';
import type { MetricSummary, Summary } from '../metrics/summary.js';

const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function amount(x: number | null): string {
  if (x === null) return 'n/a';
  return Math.abs(x) >= 1000 ? whole.format(x) : number.format(x);
}

function percent(x: number | null): string {
  return x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`;
}

/** `34 [22-51]`, plus the share of replicates that got there when not all did. */
function timeBand(m: MetricSummary): string {
  if (m.median === null) return 'not reached';
  const band = `${number.format(m.median)} [${number.format(m.p5!)}-${number.format(m.p95!)}]`;
  return m.reached < 1 ? `${band} (${percent(m.reached)} reached)` : band;
}

export function comparisonTable(summary: Summary, timeUnit: string): string {
  const table = new Table({
    head: [
      'strategy',
      `time to 50% in use, ${timeUnit}s\nmedian [5%-95%]`,
      'in use at\nhorizon',
      'sustained\nshare',
      'cumulative\nbenefit',
      'cost',
      'cost per\nsustained unit',
    ],
    style: { head: [], border: [] },
  });
  for (const s of summary.strategies) {
    const m = s.metrics;
    table.push([
      s.strategy,
      timeBand(m.time_to_50),
      percent(m.in_use_share_at_horizon.mean),
      percent(m.sustained_share.mean),
      amount(m.cumulative_benefit.mean),
      amount(m.cost_at_horizon.mean),
      amount(m.cost_per_sustained_unit.mean),
    ]);
  }
  const lines = [
    table.toString(),
    `Means over ${summary.replicates} replicates of ${summary.n} units, horizon ${summary.horizon} ${timeUnit}s.`,
  ];
  const reasons = summary.strategies
    .filter((s) => s.metrics.sustained_share.reason)
    .map((s) => `${s.strategy}: sustained share n/a: ${s.metrics.sustained_share.reason}`);
  lines.push(...reasons);
  return `${lines.join('\n')}\n`;
}
