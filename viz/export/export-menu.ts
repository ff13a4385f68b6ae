// The Export menu: results as CSV (the CLI's summary.csv, and the curves), the scenario
// with its edits as JSON, and a link that restores that scenario.
import { summaryCsv } from '../../sim/metrics/summary-files.js';
import type { AppStore } from '../app/state.js';
import type { CompareData } from '../data/compare-data.js';
import { encodeScenarioHash } from '../scenario/share-link.js';
import { curvesCsv } from './curves-csv.js';
import { download, fileStem } from './download.js';

export function createExportMenu(store: AppStore, results: () => CompareData | null): HTMLElement {
  const menu = document.createElement('details');
  menu.className = 'menu';
  menu.innerHTML = `
    <summary>Export</summary>
    <div class="menu-body">
      <button type="button" data-export="summary-csv">Results: summary table (CSV)</button>
      <button type="button" data-export="curves-csv">Results: curves with bands (CSV)</button>
      <button type="button" data-export="scenario-json">Scenario with your edits (JSON)</button>
      <button type="button" data-export="share">Shareable link to this scenario</button>
      <label class="share-box" hidden>Link <input type="text" readonly id="share-url" /></label>
      <p class="hint" id="export-note" role="status"></p>
    </div>`;
  const note = menu.querySelector<HTMLElement>('#export-note')!;
  const name = () => fileStem(typeof store.get().raw.name === 'string' ? (store.get().raw.name as string) : 'scenario');
  const needResults = () => {
    const d = results();
    if (!d) note.textContent = 'Run the scenario first: there are no results yet.';
    return d;
  };
  menu.addEventListener('click', async (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]');
    if (!target) return;
    note.textContent = '';
    switch (target.dataset.export) {
      case 'summary-csv': {
        const d = needResults();
        if (d) download(`${name()}-summary.csv`, summaryCsv(d.summary), 'text/csv');
        break;
      }
      case 'curves-csv': {
        const d = needResults();
        if (d) download(`${name()}-curves.csv`, curvesCsv(d), 'text/csv');
        break;
      }
      case 'scenario-json':
        download(`${name()}.json`, `${JSON.stringify(store.get().raw, null, 2)}\n`, 'application/json');
        break;
      case 'share': {
        const hash = await encodeScenarioHash(store.get().raw);
        history.replaceState(null, '', `#${hash}`);
        const url = location.href;
        const box = menu.querySelector<HTMLElement>('.share-box')!;
        const input = menu.querySelector<HTMLInputElement>('#share-url')!;
        box.hidden = false;
        input.value = url;
        input.select();
        try {
          await navigator.clipboard.writeText(url);
          note.textContent = 'Link copied. It holds the whole scenario, edits included; opening it restores them.';
        } catch {
          note.textContent = 'Copy the link above. It holds the whole scenario, edits included.';
        }
        break;
      }
    }
  });
  return menu;
}
