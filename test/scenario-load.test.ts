// Loading scenarios: JSON errors with line and column, schema problems one per path,
// and --set overrides checked against the schema before validation.
import { describe, expect, it } from 'vitest';
import { formatInputError, formatPath, InputError } from '../sim/scenario/errors.js';
import { loadScenario, locateJsonError, parseJson } from '../sim/scenario/load.js';
import { applyOverrides, parseOverride, parsePath, type Override } from '../sim/scenario/overrides.js';
import { ScenarioSchema } from '../sim/scenario/schema.js';

const base = {
  name: 'small',
  replicates: 2,
  time: { steps: 5 },
  system: { network: { kind: 'ringLattice', n: 10, k: 2 } },
  strategies: [
    { name: 'a', levers: [{ type: 'seed', targets: { rule: 'random', k: 2 } }] },
    { name: 'b', levers: [{ type: 'mandate', start: 1, end: 3 }] },
  ],
};
const text = (value: unknown) => JSON.stringify(value, null, 2);

/** The lines the CLI would print for a scenario that fails to load. */
function problems(source: string, sets: string[] = []): string[] {
  try {
    loadScenario(source, 'f.json', sets);
  } catch (e) {
    if (e instanceof InputError) return formatInputError(e);
    throw e;
  }
  throw new Error('expected the scenario to fail');
}

function override(arg: string): Override {
  const o = parseOverride(arg);
  if ('message' in o) throw new Error(o.message);
  return o;
}

describe('JSON errors', () => {
  it('names the line and column of malformed JSON', () => {
    const bad = '{\n  "name": "x",\n  "seed": ,\n}';
    expect(locateJsonError(bad)).toEqual({ line: 3, column: 11, message: 'unexpected ",": expected a value' });
    expect(problems(bad)).toEqual(['spread: f.json: line 3, column 11: malformed JSON: unexpected ",": expected a value']);
  });

  it('explains common mistakes', () => {
    expect(locateJsonError('{"a": 1,}')?.message).toBe("unexpected '}': trailing comma");
    expect(locateJsonError("{'a': 1}")?.message).toBe('unexpected "\'": expected a field name in double quotes');
    expect(locateJsonError('{"a": 1')).toMatchObject({ line: 1, column: 8, message: "unexpected end of file: expected ',' or '}'" });
    expect(locateJsonError('{"a": tru}')?.message).toBe('unexpected "t": expected a value');
    expect(locateJsonError('{} x')?.message).toBe('unexpected "x" after the end of the JSON value');
    expect(locateJsonError('')?.message).toBe('unexpected end of file: expected a value');
    expect(locateJsonError('{"a": [1, 2]}')).toBeUndefined();
  });

  it('accepts a byte-order mark', () => {
    expect(parseJson('\ufeff{"a": 1}')).toEqual({ value: { a: 1 } });
  });

  it('wants an object at the top level', () => {
    expect(problems('[1, 2]')).toEqual(['spread: f.json: expected a JSON object (a scenario) at the top level']);
  });
});

describe('schema problems', () => {
  it('loads a valid scenario with defaults filled in', () => {
    const { scenario } = loadScenario(text(base), 'f.json');
    expect(scenario.time).toEqual({ unit: 'week', dt: 1, steps: 5 });
    expect(scenario.strategies[1].levers[0]).toMatchObject({ type: 'mandate', start: 1, end: 3, targets: 'all' });
    expect(scenario.outputs.sustainAfter).toBe(156);
  });

  it('reports one line per problem, naming the path and what was expected', () => {
    const bad = structuredClone(base) as Record<string, unknown> & typeof base;
    (bad.strategies[1].levers[0] as Record<string, unknown>).start = -3;
    (bad.time as Record<string, unknown>).steps = 0;
    (bad.time as Record<string, unknown>).tick = 1;
    bad.system.network.n = 2.5;
    expect(problems(text(bad))).toEqual([
      'spread: f.json: time.steps: expected a number >= 1, got 0',
      'spread: f.json: time.tick: unknown field (expected one of: unit, dt, steps)',
      'spread: f.json: system.network.n: expected an integer, got 2.5',
      'spread: f.json: strategies[1].levers[0].start: expected a number >= 0, got -3',
    ]);
  });

  it('names missing fields', () => {
    expect(problems(text({ ...base, name: undefined }))).toEqual(['spread: f.json: name: required: expected a string']);
  });

  it('names the options of a tagged union when the tag is unknown', () => {
    const bad = { ...base, system: { network: { kind: 'star', n: 5 } } };
    const [line] = problems(text(bad));
    expect(line).toMatch(/^spread: f\.json: system\.network\.kind: expected one of 'edges' \| 'complete' \| .*, got "star"$/);
    const lever = structuredClone(base);
    (lever.strategies[0].levers[0] as Record<string, unknown>).type = 'nope';
    expect(problems(text(lever))[0]).toMatch(/^spread: f\.json: strategies\[0\]\.levers\[0\]\.type: expected one of .*'mandate'.*, got "nope"$/);
  });

  it('says what a plain union accepts', () => {
    const bad = { ...base, seed: 1.5 };
    expect(problems(text(bad))).toEqual(['spread: f.json: seed: expected an integer, or a string; got 1.5']);
  });

  it('formats paths as people write them', () => {
    expect(formatPath(['strategies', 1, 'levers', 0, 'start'])).toBe('strategies[1].levers[0].start');
    expect(formatPath(['byType', 'GP practice', 'capacity'])).toBe('byType["GP practice"].capacity');
    expect(formatPath([])).toBe('');
  });
});

describe('--set overrides', () => {
  it('parses paths with dots, indices and quoted keys', () => {
    expect(parsePath('strategies[1].levers.0.start')).toEqual(['strategies', 1, 'levers', 0, 'start']);
    expect(parsePath('system.population.byType["GP practice"].capacity')).toEqual([
      'system',
      'population',
      'byType',
      'GP practice',
      'capacity',
    ]);
    expect(parsePath('a..b')).toBeUndefined();
    expect(parsePath('')).toBeUndefined();
  });

  it('parses the value as JSON when it parses, else keeps the string', () => {
    expect(override('seed=42').value).toBe(42);
    expect(override('name=My scenario').value).toBe('My scenario');
    expect(override('seed="42"').value).toBe('42');
    expect(override('time={"steps": 3}').value).toEqual({ steps: 3 });
    expect(override('name=a=b').value).toBe('a=b');
    expect(parseOverride('seed')).toEqual({ path: 'seed', message: 'expected path=value' });
  });

  it('applies overrides before validation, creating missing objects', () => {
    const { scenario, overrides } = loadScenario(text(base), 'f.json', [
      'dynamics.awareness.external=0.2',
      'strategies[1].levers[0].end=4',
      'system.network.k=4',
      'system.population.byType.unit.capacity=0.3',
    ]);
    expect(scenario.dynamics.awareness.external).toBe(0.2);
    expect(scenario.dynamics.adoption.base).toBe(0.01); // defaults still fill the rest
    expect(scenario.strategies[1].levers[0]).toMatchObject({ end: 4 });
    expect(scenario.system.network).toMatchObject({ kind: 'ringLattice', k: 4 });
    expect(scenario.system.population.byType.unit.capacity).toBe(0.3);
    expect(overrides.map((o) => o.text)).toContain('system.network.k=4');
  });

  it('follows tagged unions by the object’s tag, after earlier overrides', () => {
    const { scenario } = loadScenario(text(base), 'f.json', ['system.network={"kind":"erdosRenyi","n":10}', 'system.network.meanDegree=3']);
    expect(scenario.system.network).toMatchObject({ kind: 'erdosRenyi', meanDegree: 3 });
    expect(problems(text(base), ['system.network.meanDegree=3'])).toEqual([
      "spread: f.json: system.network.meanDegree: unknown path in --set: system.network (kind 'ringLattice') has no field 'meanDegree' (expected one of: kind, n, k, weakShare, regions)",
    ]);
  });

  it('names an unknown path', () => {
    const [line, ...rest] = problems(text(base), ['dynamics.awarenes.external=0.1']);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^spread: f\.json: dynamics\.awarenes\.external: unknown path in --set: dynamics has no field 'awarenes' \(expected one of: friction, meanField, awareness, adoption, .*\)$/,
    );
    expect(problems(text(base), ['colour=red'])[0]).toMatch(/^spread: f\.json: colour: unknown path in --set: the scenario has no field 'colour'/);
    expect(problems(text(base), ['strategies.first.name=x'])[0]).toContain('strategies is a list: expected an index such as [0]');
    expect(problems(text(base), ['seed.x=1'])[0]).toContain('seed is a single value');
  });

  it('grows a list by one at most', () => {
    expect(problems(text(base), ['strategies[5].name=x'])).toEqual([
      'spread: f.json: strategies[5].name: strategies has 2 entries: index 5 is past the end',
    ]);
    // Appending at the end is allowed: validation then reports what the new entry lacks.
    expect(problems(text(base), ['strategies[2].description=x'])).toEqual(['spread: f.json: strategies[2].name: required: expected a string']);
  });

  it('leaves range checks to validation', () => {
    expect(problems(text(base), ['dynamics.awareness.external=2'])).toEqual([
      'spread: f.json: dynamics.awareness.external: expected a number <= 1, got 2',
    ]);
  });

  it('does not change the raw input it was given', () => {
    const raw = structuredClone(base);
    const applied = applyOverrides(ScenarioSchema, raw, [override('name=other')]);
    expect(applied).toEqual({ value: { ...base, name: 'other' } });
    expect(raw.name).toBe('small');
  });
});
