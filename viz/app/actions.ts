// Everything that changes the app's state: loading scenarios, editing fields, running
// and cancelling. Views call these; they never set the state themselves.
import { setAt, removeAt, type JsonPath } from '../scenario/json-path.js';
import { checkRaw, checkText } from '../scenario/validate.js';
import type { RunController } from '../run/run-controller.js';
import type { AppStore, LoadFailure } from './state.js';

export class Actions {
  constructor(
    private readonly store: AppStore,
    private readonly runs: RunController,
  ) {}

  /** Replace the scenario by one that is known to be valid or whose problems should show. */
  setRaw(raw: Record<string, unknown>, source = this.store.get().source): void {
    const checked = checkRaw(raw, source);
    // Another scenario: the results shown are not of it any more.
    if (source !== this.store.get().source) {
      this.runs.cancel();
      this.store.set({ run: null });
    }
    this.store.set({
      raw,
      source,
      scenario: checked.ok ? checked.scenario : null,
      problems: checked.ok ? [] : checked.problems,
    });
  }

  /**
   * Load a file's (or link's) text. When it has problems the current scenario stays and
   * the text is kept with its problems for the user to fix; returns whether it loaded.
   */
  loadText(text: string, source: string): boolean {
    const checked = checkText(text, source);
    if (!checked.ok) {
      this.store.set({ failure: { source, text, problems: checked.problems } });
      return false;
    }
    this.store.set({ failure: null });
    this.setRaw(checked.raw, source);
    return true;
  }

  showFailure(source: string, text: string, problems: LoadFailure['problems']): void {
    this.store.set({ failure: { source, text, problems } });
  }

  dismissFailure(): void {
    this.store.set({ failure: null });
  }

  edit(path: JsonPath, value: unknown): void {
    this.setRaw(setAt(this.store.get().raw, path, value) as Record<string, unknown>);
  }

  reset(path: JsonPath): void {
    this.setRaw(removeAt(this.store.get().raw, path) as Record<string, unknown>);
  }

  setTeach(on: boolean): void {
    this.store.set({ teach: on });
  }

  run(): void {
    const { scenario } = this.store.get();
    if (scenario) void this.runs.start(scenario);
  }

  cancel(): void {
    this.runs.cancel();
  }
}
