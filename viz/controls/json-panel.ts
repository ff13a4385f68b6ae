// The scenario as JSON text: read it, edit it, apply it. A file that failed to load
// opens here with every problem listed by path, while the current scenario stays.
import type { Problem } from '../../sim/scenario/errors.js';
import type { Actions } from '../app/actions.js';
import type { AppState, AppStore } from '../app/state.js';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function problemList(problems: readonly Problem[]): string {
  return `<ul class="problems">${problems
    .map((p) => `<li><code>${escape(p.path || '(file)')}</code>: ${escape(p.message)}</li>`)
    .join('')}</ul>`;
}

export function createJsonPanel(store: AppStore, actions: Actions): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'json-panel';
  panel.setAttribute('aria-label', 'Scenario JSON');
  panel.innerHTML = `
    <div id="json-failure" class="failure" role="alert" hidden></div>
    <label for="json-text" class="json-label">Scenario JSON</label>
    <textarea id="json-text" spellcheck="false" rows="24"></textarea>
    <div class="json-actions">
      <button type="button" id="json-apply" class="primary">Apply</button>
      <button type="button" id="json-revert">Revert to current scenario</button>
    </div>
    <div id="json-problems" role="status"></div>`;
  const $ = <T extends HTMLElement>(id: string) => panel.querySelector<T>(`#${id}`)!;
  const text = $<HTMLTextAreaElement>('json-text');
  let shownRaw: unknown;
  let source = '';

  const showCurrent = (state: AppState) => {
    text.value = `${JSON.stringify(state.raw, null, 2)}\n`;
    shownRaw = state.raw;
    source = state.source;
  };
  $('json-apply').addEventListener('click', async () => {
    $('json-problems').innerHTML = '<p>Checking\u2026</p>';
    // Problems, if any, appear in the box above with the text kept.
    const ok = await actions.loadText(text.value, store.get().failure?.source ?? (source || store.get().source));
    $('json-problems').innerHTML = ok ? '<p class="ok">Applied.</p>' : '';
  });
  $('json-revert').addEventListener('click', () => {
    actions.dismissFailure();
    showCurrent(store.get());
    $('json-problems').innerHTML = '';
  });

  const render = (state: AppState, previous?: AppState) => {
    const failure = state.failure;
    const box = $('json-failure');
    if (failure && failure !== previous?.failure) {
      box.hidden = false;
      box.innerHTML = `<p><b>${escape(failure.source)} was not loaded: ${failure.problems.length} problem${
        failure.problems.length === 1 ? '' : 's'
      }.</b> The current scenario is unchanged. Fix the text below and press Apply.</p>${problemList(failure.problems)}`;
      if (failure.text) text.value = failure.text;
      source = failure.source;
      $('json-problems').innerHTML = '';
      return;
    }
    if (!failure) box.hidden = true;
    // Follow the scenario's changes unless the user is editing the text.
    if (!failure && state.raw !== shownRaw && document.activeElement !== text) showCurrent(state);
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}
