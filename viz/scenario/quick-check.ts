// The fast half of validation, on the main thread as the user types: JSON and the
// schema (every field's type and range), worded as the CLI words them. The slow half,
// which builds the system to check names and ids, runs in a worker (check-worker.ts).
import { parseJson, parseScenario } from '../../sim/scenario/load.js';
import type { Checked } from './validate.js';

export function quickCheckRaw(raw: unknown): Checked {
  const checked = parseScenario(raw);
  if ('problems' in checked) return { ok: false, problems: checked.problems };
  return { ok: true, scenario: checked.scenario, raw: raw as Record<string, unknown> };
}

export function quickCheckText(text: string): Checked {
  const parsed = parseJson(text);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  return quickCheckRaw(parsed.value);
}
