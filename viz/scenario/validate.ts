// Validation in the app is the CLI's: the same parser, schema and path-named problems
// (sim/scenario/load.ts), applied to a file's text or to the edited scenario.
import { InputError, type Problem } from '../../sim/scenario/errors.js';
import { loadScenario } from '../../sim/scenario/load.js';
import type { Scenario } from '../../sim/scenario/schema.js';

export type Checked =
  | { readonly ok: true; readonly scenario: Scenario; readonly raw: Record<string, unknown> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function checkText(text: string, source: string): Checked {
  try {
    const loaded = loadScenario(text, source);
    return { ok: true, scenario: loaded.scenario, raw: loaded.raw as Record<string, unknown> };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
}

export function checkRaw(raw: unknown, source: string): Checked {
  return checkText(JSON.stringify(raw), source);
}
