// Scenario text -> validated Scenario: parse JSON, apply --set overrides, validate.
// Pure (no node:): the CLI reads the file, the web app passes the editor's text.
import { InputError, zodProblems, type Problem } from './errors.js';
import { checkScenario } from '../model/replicate.js';
import { ScenarioError } from './scenario-error.js';
import { applyOverrides, fieldLookup, parseOverride, type Override } from './overrides.js';
import { ScenarioSchema, type Scenario } from './schema.js';

export interface LoadedScenario {
  /** Validated, with every default filled in: what the engine runs. */
  readonly scenario: Scenario;
  /** The JSON after overrides, before defaults: what the user wrote plus --set. */
  readonly raw: unknown;
  readonly overrides: readonly Override[];
}

/** Where JSON.parse would fail, with a message that does not depend on the JS engine. */
export function locateJsonError(text: string): { line: number; column: number; message: string } | undefined {
  let at = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { at });
  };
  const ws = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const describe = () => (at >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[at])}`);
  const string = () => {
    at++; // opening quote
    while (at < text.length && text[at] !== '"') {
      const c = text.charCodeAt(at);
      if (c < 0x20) fail('unescaped control character (such as a line break) in a string');
      if (text[at] === '\\') {
        at++;
        if (at < text.length && text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('bad \\u escape in a string');
          at += 4;
        } else if (at >= text.length || !'"\\/bfnrt'.includes(text[at])) fail('bad escape in a string');
      }
      at++;
    }
    if (at >= text.length) fail('unterminated string');
    at++;
  };
  const value = (): void => {
    ws();
    const c = text[at];
    if (c === '{') {
      at++;
      ws();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        ws();
        if (text[at] !== '"') fail(`${describe()}: expected a field name in double quotes`);
        string();
        ws();
        if (text[at] !== ':') fail(`${describe()}: expected ':' after the field name`);
        at++;
        value();
        ws();
        if (text[at] === ',') {
          at++;
          ws();
          if (text[at] === '}') fail("unexpected '}': trailing comma");
          continue;
        }
        if (text[at] === '}') {
          at++;
          return;
        }
        fail(`${describe()}: expected ',' or '}'`);
      }
    }
    if (c === '[') {
      at++;
      ws();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[at] === ',') {
          at++;
          ws();
          if (text[at] === ']') fail("unexpected ']': trailing comma");
          continue;
        }
        if (text[at] === ']') {
          at++;
          return;
        }
        fail(`${describe()}: expected ',' or ']'`);
      }
    }
    if (c === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = at;
    if (number.test(text)) {
      at = number.lastIndex;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    fail(`${describe()}: expected a value`);
  };
  try {
    value();
    ws();
    if (at < text.length) fail(`${describe()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    const pos = (e as { at?: number }).at ?? 0;
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    return { line, column, message: (e as Error).message };
  }
}

/** Parse JSON text, or a problem with line and column. */
export function parseJson(text: string): { value: unknown } | { problem: Problem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch (e) {
    const where = locateJsonError(body);
    const message = where
      ? `line ${where.line}, column ${where.column}: malformed JSON: ${where.message}`
      : `malformed JSON: ${(e as Error).message}`;
    return { problem: { path: '', message } };
  }
}

const NOT_AN_OBJECT: Problem = { path: '', message: 'expected a JSON object (a scenario) at the top level' };

/**
 * A parsed JSON value checked against the schema (every field's type and range): the
 * scenario with its defaults, or one path-named problem per fault. Names, unit ids and
 * other things only a built system shows are checked by loadScenario.
 */
export function parseScenario(value: unknown): { scenario: Scenario } | { problems: Problem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: [NOT_AN_OBJECT] };
  const result = ScenarioSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { problems: zodProblems(result.error, fieldLookup(ScenarioSchema, value)) };
  return { scenario: result.data };
}

/**
 * Parse, override and validate a scenario. `source` names it in messages (the file path).
 * `extra` overrides come after the `--set` ones (the CLI's --reps, --seed, --steps).
 * Throws InputError with one problem per line of output.
 */
export function loadScenario(
  text: string,
  source: string,
  sets: readonly string[] = [],
  extra: readonly Override[] = [],
): LoadedScenario {
  const parsed = parseJson(text);
  if ('problem' in parsed) throw new InputError(source, [parsed.problem]);
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(source, [NOT_AN_OBJECT]);
  const overrides: Override[] = [];
  const problems: Problem[] = [];
  for (const arg of sets) {
    const o = parseOverride(arg);
    if ('message' in o) problems.push({ path: o.path, message: `--set ${arg}: ${o.message}` });
    else overrides.push(o);
  }
  if (problems.length > 0) throw new InputError(source, problems);
  overrides.push(...extra);
  const applied = applyOverrides(ScenarioSchema, raw, overrides);
  if ('problems' in applied) throw new InputError(source, applied.problems);
  const checked = parseScenario(applied.value);
  if ('problems' in checked) throw new InputError(source, checked.problems);
  try {
    checkScenario(checked.scenario);
  } catch (e) {
    if (e instanceof ScenarioError) throw new InputError(source, [{ path: e.path, message: e.message.slice(e.path.length + 2) }]);
    throw e;
  }
  return { scenario: checked.scenario, raw: applied.value, overrides };
}
