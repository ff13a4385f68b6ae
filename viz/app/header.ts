// The top bar: choose a bundled scenario or open a JSON file, run or cancel with
// progress, and switch teach mode on or off.
import { BUNDLED } from '../scenario/bundled.js';
import type { Actions } from './actions.js';
import type { AppState, AppStore } from './state.js';

const OWN = '__own__';

export function createHeader(store: AppStore, actions: Actions, exportMenu: HTMLElement): HTMLElement {
  const header = document.createElement('header');
  header.className = 'top-bar';
  header.innerHTML = `
    <h1 class="app-title">Spread simulator</h1>
    <label class="field-inline">Scenario
      <select id="scenario-select"></select>
    </label>
    <button type="button" id="open-file" title="Open a scenario JSON file">Open file\u2026</button>
    <input type="file" id="file-input" accept=".json,application/json" hidden />
    <span class="spacer"></span>
    <span id="problem-count" class="problem-count" role="status"></span>
    <button type="button" id="run" class="primary">Run</button>
    <button type="button" id="cancel" hidden>Cancel</button>
    <div class="progress" id="progress-box" hidden>
      <progress id="progress" max="1" value="0" aria-label="Replicates finished"></progress>
      <span id="progress-text" role="status" aria-live="polite"></span>
    </div>
    <label class="switch"><input type="checkbox" id="teach" /> Teach mode</label>`;
  header.append(exportMenu);
  const $ = <T extends HTMLElement>(id: string) => header.querySelector<T>(`#${id}`)!;
  const select = $<HTMLSelectElement>('scenario-select');
  select.innerHTML =
    BUNDLED.map((s) => `<option value="${s.id}">${s.label}</option>`).join('') + `<option value="${OWN}" hidden>Your scenario</option>`;
  select.addEventListener('change', () => {
    const chosen = BUNDLED.find((s) => s.id === select.value);
    if (chosen) {
      actions.dismissFailure();
      actions.setRaw(chosen.raw, chosen.id);
    }
  });
  const input = $<HTMLInputElement>('file-input');
  $('open-file').addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    await actions.loadText(await file.text(), file.name);
    input.value = '';
  });
  $('run').addEventListener('click', () => actions.run());
  $('cancel').addEventListener('click', () => actions.cancel());
  const teach = $<HTMLInputElement>('teach');
  teach.addEventListener('change', () => actions.setTeach(teach.checked));

  const render = (state: AppState) => {
    const bundled = BUNDLED.some((s) => s.id === state.source);
    select.value = bundled ? state.source : OWN;
    $<HTMLOptionElement>(`scenario-select option[value="${OWN}"]`).hidden = bundled;
    if (!bundled) $<HTMLOptionElement>(`scenario-select option[value="${OWN}"]`).textContent = `Your scenario (${state.source})`;
    teach.checked = state.teach;
    const progress = state.run?.progress;
    const running = progress?.state === 'running';
    const run = $<HTMLButtonElement>('run');
    run.hidden = running;
    run.disabled = state.scenario === null || state.checking;
    run.title = !state.scenario
      ? `Fix the scenario's ${state.problems.length} problem(s) first`
      : state.checking
        ? 'Checking the scenario\u2019s system\u2026'
        : 'Run every strategy of the scenario';
    $('cancel').hidden = !running;
    const count = state.problems.length;
    $('problem-count').textContent = count ? `${count} problem${count === 1 ? '' : 's'} to fix` : '';
    $('problem-count').title = count ? 'Each problem is shown beside its setting (Settings, Strategies) with its path' : '';
    $('progress-box').hidden = !progress;
    if (progress) {
      const bar = $<HTMLProgressElement>('progress');
      bar.max = progress.total;
      bar.value = progress.done;
      const seconds = (progress.elapsedMs / 1000).toFixed(1);
      const text: Record<typeof progress.state, string> = {
        running: `${progress.done} / ${progress.total} replicates, ${seconds} s`,
        done: `${progress.total} replicates in ${seconds} s`,
        cancelled: `Cancelled after ${progress.done} of ${progress.total}`,
        failed: `Failed: ${progress.error ?? 'unknown error'}`,
      };
      const status = $('progress-text');
      status.textContent = text[progress.state];
      status.dataset.state = progress.state;
    }
  };
  store.subscribe(render);
  render(store.get());
  return header;
}
