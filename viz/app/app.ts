// Puts the app together: state, worker pool and run controller, the top bar, the side
// panel (guide, settings, JSON) and the main views (compare, strategies, network).
import type { Scenario } from '../../sim/scenario/schema.js';
import { BUNDLED } from '../scenario/bundled.js';
import { decodeScenarioHash } from '../scenario/share-link.js';
import { ScenarioChecker } from '../scenario/checker.js';
import { createReplicateWorker, whenIdle } from '../run/browser.js';
import { RunController } from '../run/run-controller.js';
import { warmWhenIdle } from '../run/warm-up.js';
import { WorkerPool } from '../run/worker-pool.js';
import { createJsonPanel } from '../controls/json-panel.js';
import { createSettingsPanel } from '../controls/settings-panel.js';
import { createStrategyEditor } from '../controls/strategy-editor.js';
import { createExportMenu } from '../export/export-menu.js';
import { createNetworkView } from '../network/network-view.js';
import { createGuidePanel } from '../teach/guide-panel.js';
import { Actions } from './actions.js';
import { createCompareView } from './compare-view.js';
import { createHeader } from './header.js';
import type { AppState, AppStore } from './state.js';
import { Store } from './store.js';
import { createTabs } from './tabs.js';

/** Workers: one per hardware thread, or `?workers=N` (the results do not depend on it). */
function workerCount(): number {
  const asked = Number(new URLSearchParams(location.search).get('workers'));
  if (Number.isInteger(asked) && asked >= 1 && asked <= 64) return asked;
  return Math.max(1, navigator.hardwareConcurrency || 2);
}

function initialState(): AppState {
  return { source: '', raw: {}, scenario: null, problems: [], checking: true, failure: null, run: null, teach: false };
}

/** A shared link's scenario replaces the bundled default; a damaged one shows why. */
async function restoreFromLink(actions: Actions): Promise<void> {
  try {
    const text = await decodeScenarioHash(location.hash);
    if (text !== undefined) await actions.loadText(text, 'shared link');
  } catch (e) {
    actions.showFailure('shared link', '', [{ path: '', message: (e as Error).message }]);
  }
}

/**
 * The scenario open once the link (if any) is restored and the check of the scenario
 * loaded last has answered: null when it has problems.
 */
async function settledScenario(store: AppStore, restored: Promise<void>): Promise<Scenario | null> {
  await restored;
  if (store.get().checking) {
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((state) => {
        if (state.checking) return;
        stop();
        resolve();
      });
    });
  }
  return store.get().scenario;
}

export function createApp(root: HTMLElement): { actions: Actions } {
  const store = new Store<AppState>(initialState());
  const pool = new WorkerPool(workerCount(), createReplicateWorker);
  const runs = new RunController(pool, {
    update: (results, progress, scenario) => store.set({ run: { store: results, progress, scenario } }),
  });
  const actions = new Actions(store, runs, new ScenarioChecker());
  actions.setRaw(BUNDLED[0].raw, BUNDLED[0].id);

  const compare = createCompareView(store);
  const side = createTabs('Scenario', [
    { id: 'guide', label: 'Guide', panel: createGuidePanel(store) },
    { id: 'settings', label: 'Settings', panel: createSettingsPanel(store, actions) },
    { id: 'json', label: 'JSON', panel: createJsonPanel(store, actions) },
  ]);
  const network = createNetworkView(store);
  const main = createTabs('Views', [
    { id: 'compare', label: 'Compare', panel: compare.element },
    { id: 'strategies', label: 'Strategies', panel: createStrategyEditor(store, actions) },
    { id: 'network', label: 'Network', panel: network.element },
  ]);
  main.onChange((id) => {
    if (id === 'network') network.show();
  });
  // A file or link that failed to load opens the JSON tab, where its problems are listed.
  store.subscribe((state, previous) => {
    if (state.failure && state.failure !== previous.failure) side.select('json');
  });

  root.className = 'app';
  const aside = document.createElement('aside');
  aside.className = 'side';
  aside.append(side.element);
  const mainEl = document.createElement('main');
  mainEl.className = 'main';
  mainEl.append(main.element);
  root.replaceChildren(createHeader(store, actions, createExportMenu(store, () => compare.data())), aside, mainEl);
  const restored = restoreFromLink(actions);
  // A link pasted into this tab changes only the hash: restore it too.
  window.addEventListener('hashchange', () => void restoreFromLink(actions));
  // When the page is idle, the workers run a few replicates of the default and of the
  // open scenario, so the first Run pays less for compiling the engine; data-warm says
  // how that went (for the tests).
  warmWhenIdle(pool, BUNDLED[0].raw, () => settledScenario(store, restored), whenIdle, (state) => (root.dataset.warm = state));
  return { actions };
}
