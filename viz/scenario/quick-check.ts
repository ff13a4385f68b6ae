// The fast half of validation, on the main thread as the user types: JSON and the
// schema (every field's type and range), worded as the CLI words them. The slow half,
// which builds the system to check names and ids, runs in a worker (check-worker.ts).
import { zodProblems } from '../../sim/scenario/errors.js';
import { parseJson } from '../../sim/scenario/load.js';
import { fieldLookup } from '../../sim/scenario/overrides.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import type { Checked } from './validate.js';

export function quickCheckRaw(raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '', message: 'expected a JSON object (a scenario) at the top level' }] };
  }
  const result = ScenarioSchema.safeParse(raw, { reportInput: true });
  if (!result.success) return { ok: false, problems: zodProblems(result.error, fieldLookup(ScenarioSchema, raw)) };
  return { ok: true, scenario: result.data, raw: raw as Record<string, unknown> };
}

export function quickCheckText(text: string): Checked {
  const parsed = parseJson(text);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  return quickCheckRaw(parsed.value);
}
