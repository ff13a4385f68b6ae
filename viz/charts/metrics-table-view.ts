// The metrics table in HTML: a row per metric, a column per strategy; each cell gives
// the value and its 90% interval, and for later strategies the paired difference from the first.
import { formatBare, formatDiff, formatMetric, formatSignedBare } from '../data/format.js';
import type { MetricRow } from '../data/metrics-table.js';
import { escapeHtml } from './curve-chart.js';
import { strategyColour } from './palette.js';

export function renderMetricsTable(
  container: HTMLElement,
  rows: readonly MetricRow[],
  strategies: readonly string[],
  timeUnit: string,
): HTMLTableElement {
  const first = strategies[0] ?? '';
  const head = strategies
    .map(
      (s, i) =>
        `<th scope="col"><span class="swatch" style="background:${strategyColour(i)}"></span>${escapeHtml(s)}${
          i > 0 ? `<div class="th-note">difference from ${escapeHtml(first)}</div>` : ''
        }</th>`,
    )
    .join('');
  const body = rows
    .map((row) => {
      const cells = row.values
        .map((v, i) => {
          const reached = row.kind === 'time' && v.reached < 1 && v.count > 0 ? `<div class="cell-note">${Math.round(100 * v.reached)}% of runs got there</div>` : '';
          const reason = v.reason ? `<div class="cell-note">${escapeHtml(v.reason)}</div>` : '';
          const interval =
            v.count > 0 ? `<div class="cell-band">90%: ${formatBare(v.lo, row.kind)} to ${formatBare(v.hi, row.kind)}</div>` : '';
          const d = row.diffs[i];
          const diff =
            d && d.count > 0
              ? `<div class="cell-diff">${formatDiff(d.centre, row.kind, timeUnit)} <span class="cell-band">(${formatSignedBare(
                  d.lo,
                  row.kind,
                )} to ${formatSignedBare(d.hi, row.kind)})</span></div>`
              : '';
          return `<td><div class="cell-value">${formatMetric(v.centre, row.kind, timeUnit)}</div>${interval}${diff}${reached}${reason}</td>`;
        })
        .join('');
      const centre = row.centre === 'median' ? 'median' : 'mean';
      return `<tr><th scope="row"><span class="metric-name">${escapeHtml(row.label)}</span><div class="th-note">${centre}; ${escapeHtml(
        row.help,
      )}</div></th>${cells}</tr>`;
    })
    .join('');
  container.innerHTML = `<table class="metrics-table"><caption>Outcomes by strategy: centre and 90% interval over replicates; differences are paired by replicate (same system, same random numbers)</caption><thead><tr><th scope="col">Metric</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return container.querySelector('table')!;
}
