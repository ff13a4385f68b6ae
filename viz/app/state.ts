// The app's state: the scenario as written (with the user's edits), its validation,
// the last file that failed to load, and the current run's results.
import type { Problem } from '../../sim/scenario/errors.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import type { ResultStore } from '../data/result-store.js';
import type { RunProgress } from '../run/run-controller.js';
import { Store } from './store.js';

export interface LoadFailure {
  readonly source: string;
  readonly text: string;
  readonly problems: readonly Problem[];
}

export interface RunView {
  readonly store: ResultStore;
  readonly progress: RunProgress;
  /** The scenario the results are of (edits made since do not apply to them). */
  readonly scenario: Scenario;
}

export interface AppState {
  /** Where the scenario came from: a bundled id, a file name, or "link". */
  readonly source: string;
  /** The scenario as written, with edits: what the controls show and exports save. */
  readonly raw: Record<string, unknown>;
  /** The validated scenario of `raw`, or null while it has problems. */
  readonly scenario: Scenario | null;
  /** Problems of `raw`, each with its path. */
  readonly problems: readonly Problem[];
  /** The system check (names, unit ids; in a worker) has not answered yet. */
  readonly checking: boolean;
  /** A file or link that did not load: shown with its problems, the current scenario kept. */
  readonly failure: LoadFailure | null;
  readonly run: RunView | null;
  readonly teach: boolean;
}

export type AppStore = Store<AppState>;
