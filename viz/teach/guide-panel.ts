// The guide: the scenario's description block (what it is, how it works, things to
// notice, things to try) and, for teaching, what the three logics of change mean.
import { escapeHtml } from '../charts/curve-chart.js';
import { LOGIC_COLOURS } from '../charts/palette.js';
import type { AppState, AppStore } from '../app/state.js';

const LOGICS = [
  ['mechanical', 'A defined intervention is piloted, then replicated site by site with fidelity; barriers are removed (mandates, incentives).'],
  ['ecological', 'Units adapt the intervention to their context; similar peers share adaptations; capacity and fatigue shape what spreads.'],
  ['social', 'People act on norms and relationships: peers, champions and opinion leaders persuade; ownership makes change last.'],
] as const;

function list(items: readonly string[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</${tag}>`;
}

export function createGuidePanel(store: AppStore): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'guide-panel';
  panel.setAttribute('aria-label', 'Guide to this scenario');
  const render = (state: AppState, previous?: AppState) => {
    if (previous && previous.raw === state.raw && previous.teach === state.teach && previous.scenario === state.scenario) return;
    const source = state.scenario;
    const d = (state.raw.description ?? {}) as { what?: string; how?: string; notice?: string[]; try?: string[]; source?: string };
    const name = typeof state.raw.name === 'string' ? state.raw.name : 'scenario';
    const strategies = source?.strategies ?? [];
    panel.innerHTML = `
      <h2>${escapeHtml(name)}</h2>
      ${d.what ? `<h3>What it is</h3><p>${escapeHtml(d.what)}</p>` : ''}
      ${d.how ? `<h3>How it works</h3><p>${escapeHtml(d.how)}</p>` : ''}
      ${strategies.length ? `<h3>Strategies compared</h3><dl class="strategy-notes">${strategies
        .map((s) => `<dt>${escapeHtml(s.name)}</dt><dd>${escapeHtml(s.description || `${s.levers.length} levers`)}</dd>`)
        .join('')}</dl>` : ''}
      ${d.notice?.length ? `<h3>Things to notice</h3>${list(d.notice, true)}` : ''}
      ${d.try?.length ? `<h3>Things to try</h3>${list(d.try, true)}` : ''}
      ${d.source ? `<p class="source-note">Source: ${escapeHtml(d.source)}</p>` : ''}
      ${
        state.teach
          ? `<h3>The three logics of change</h3><dl class="logic-key">${LOGICS.map(
              ([logic, text]) => `<dt><span class="logic-chip" style="--logic:${LOGIC_COLOURS[logic]}">${logic}</span></dt><dd>${text}</dd>`,
            ).join('')}</dl><p class="source-note">Greenhalgh and Papoutsi (2019). The legend shows which logic each strategy's levers draw on.</p>`
          : '<p class="hint">Switch on <b>Teach mode</b> to see which logic of change each lever draws on.</p>'
      }`;
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}
