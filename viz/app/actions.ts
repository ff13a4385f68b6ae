// Everything that changes the app's state: loading scenarios, editing fields, running
// and cancelling. Views call these; they never set the state themselves.
import type { Problem } from '../../sim/scenario/errors.js';
import type { RunController } from '../run/run-controller.js';
import type { ScenarioChecker } from '../scenario/checker.js';
import { removeAt, setAt, type JsonPath } from '../scenario/json-path.js';
import { quickCheckRaw, quickCheckText } from '../scenario/quick-check.js';
import type { AppStore } from './state.js';

export class Actions {
  constructor(
    private readonly store: AppStore,
    private readonly runs: RunController,
    private readonly checker: ScenarioChecker,
  ) {}

  /**
   * Make `raw` the scenario. The schema is checked at once; the system (names, unit ids)
   * in a worker, and Run waits for it. Problems show as they are found; nothing is lost.
   */
  setRaw(raw: Record<string, unknown>, source = this.store.get().source): void {
    // Another scenario: the results shown are not of it any more.
    if (source !== this.store.get().source) {
      this.runs.cancel();
      this.store.set({ run: null });
    }
    const quick = quickCheckRaw(raw);
    this.store.set({
      raw,
      source,
      scenario: quick.ok ? quick.scenario : null,
      problems: quick.ok ? [] : quick.problems,
      checking: quick.ok,
    });
    if (quick.ok) void this.checkSystem(raw, source);
  }

  private async checkSystem(raw: Record<string, unknown>, source: string): Promise<void> {
    const checked = await this.checker.check(JSON.stringify(raw), source);
    if (!checked || this.store.get().raw !== raw) return; // the user has moved on
    this.store.set({
      checking: false,
      scenario: checked.ok ? checked.scenario : null,
      problems: checked.ok ? [] : checked.problems,
    });
  }

  /**
   * Load a file's (or link's) text. When it has problems the current scenario stays and
   * the text is kept with its problems for the user to fix; resolves to whether it loaded.
   */
  async loadText(text: string, source: string): Promise<boolean> {
    const quick = quickCheckText(text);
    if (!quick.ok) {
      this.showFailure(source, text, quick.problems);
      return false;
    }
    const checked = await this.checker.check(text, source);
    if (!checked) return false; // superseded by a later change
    if (!checked.ok) {
      this.showFailure(source, text, checked.problems);
      return false;
    }
    this.store.set({ failure: null });
    if (source !== this.store.get().source) {
      this.runs.cancel();
      this.store.set({ run: null });
    }
    this.store.set({ raw: quick.raw, source, scenario: checked.scenario, problems: [], checking: false });
    return true;
  }

  showFailure(source: string, text: string, problems: readonly Problem[]): void {
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
    const { scenario, checking } = this.store.get();
    if (scenario && !checking) void this.runs.start(scenario);
  }

  cancel(): void {
    this.runs.cancel();
  }
}
