// summary.csv and summary.json from a Summary: tidy rows, one per strategy and metric.
import { csvField, csvLine, formatNullable } from './format.js';
import { SUMMARY_METRICS, type Stats, type Summary, type SummaryMetric } from './summary.js';

export const SUMMARY_CSV_COLUMNS = ['strategy', 'metric', 'mean', 'median', 'p5', 'p95', 'reached'] as const;

/** What each metric means, for summary.json and the README. */
export const METRIC_DESCRIPTIONS: { readonly [M in SummaryMetric]: string } = {
  time_to_25: 'First time (time units) at which in_use / n >= 0.25; over the replicates that reached it',
  time_to_50: 'First time (time units) at which in_use / n >= 0.5; over the replicates that reached it',
  time_to_75: 'First time (time units) at which in_use / n >= 0.75; over the replicates that reached it',
  in_use_share_at_horizon: 'in_use / n at the last step',
  sustained_share: 'in_use / n at the sustain time (last lever end + outputs.sustainAfter)',
  sustainment: 'embedded / ever_embedded at the sustain time: in use among units that ever embedded it',
  cumulative_benefit: 'Sum over steps 1..steps of benefit * dt',
  cost_at_horizon: 'Cumulative cost at the last step',
  cost_per_sustained_unit: 'cost_at_horizon / units in use at the sustain time',
};

/** Metric name of a group row in summary.csv, e.g. `in_use_share_at_horizon[region=North]`. */
export function groupMetricName(kind: string, name: string): string {
  return `in_use_share_at_horizon[${kind}=${name}]`;
}

function statsFields(s: Stats): string[] {
  return [
    formatNullable(s.mean),
    formatNullable(s.median),
    formatNullable(s.p5),
    formatNullable(s.p95),
    formatNullable(s.reached),
  ];
}

export function summaryCsv(summary: Summary): string {
  let out = csvLine([...SUMMARY_CSV_COLUMNS]);
  for (const s of summary.strategies) {
    for (const metric of SUMMARY_METRICS) out += csvLine([csvField(s.strategy), metric, ...statsFields(s.metrics[metric])]);
    for (const g of s.groups) {
      out += csvLine([csvField(s.strategy), csvField(groupMetricName(g.kind, g.name)), ...statsFields(g.in_use_share_at_horizon)]);
    }
  }
  return out;
}

export function summaryJson(summary: Summary, extra: { scenario: string; timeUnit: string }): string {
  const body = {
    scenario: extra.scenario,
    timeUnit: extra.timeUnit,
    ...summary,
    metrics: METRIC_DESCRIPTIONS,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
