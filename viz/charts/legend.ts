// The strategy legend shared by the charts: colour and dash of each strategy's line and,
// in teach mode, which logic of change (mechanical, ecological, social) each lever brings.
import type { LeverPeriod } from '../data/lever-periods.js';
import { strategyLogics } from '../data/lever-periods.js';
import { escapeHtml } from './curve-chart.js';
import { LOGIC_COLOURS, strategyColour, strategyDash } from './palette.js';

export interface LegendEntry {
  readonly name: string;
  readonly description?: string;
  readonly periods: readonly LeverPeriod[];
}

function lineSample(index: number): string {
  return `<svg class="line-sample" width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke="${strategyColour(
    index,
  )}" stroke-width="3" stroke-dasharray="${strategyDash(index)}"/></svg>`;
}

export function renderLegend(container: HTMLElement, entries: readonly LegendEntry[], teach: boolean): void {
  container.className = `legend${teach ? ' teach' : ''}`;
  const html = entries
    .map((e, i) => {
      const logics = teach
        ? `<ul class="logic-list" aria-label="Logics of change in ${escapeHtml(e.name)}">${strategyLogics(e.periods)
            .map(
              (l) =>
                `<li class="logic-chip" data-logic="${l.logic}" style="--logic:${LOGIC_COLOURS[l.logic]}"><b>${l.logic}</b>: ${escapeHtml(
                  l.levers.join(', '),
                )}</li>`,
            )
            .join('')}</ul>`
        : '';
      const levers = teach
        ? `<ul class="lever-notes">${e.periods
            .map((p) => `<li><b>${escapeHtml(p.label)}</b> (${p.logics.join(', ')}): ${escapeHtml(p.summary)}</li>`)
            .join('')}</ul>`
        : '';
      return `<div class="legend-entry" data-strategy="${escapeHtml(e.name)}">${lineSample(i)}<span class="legend-name">${escapeHtml(
        e.name,
      )}</span>${logics}${levers}</div>`;
    })
    .join('');
  // Unchanged while a run streams in: leave the DOM alone.
  if (container.dataset.html !== html) {
    container.innerHTML = html;
    container.dataset.html = html;
  }
}
