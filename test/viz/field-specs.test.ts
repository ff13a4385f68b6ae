// Controls come from the scenario schema: ranges, units, defaults and help text as the
// engine declares them, and edits that keep what the user wrote.
import { describe, expect, it } from 'vitest';
import { editAt, fieldFor, schemaAt, type FieldSpec } from '../../viz/controls/field-specs.js';
import { SCENARIO_JSON_SCHEMA } from '../../viz/controls/scenario-json-schema.js';
import { getAt } from '../../viz/scenario/json-path.js';
import { checkRaw } from '../../viz/scenario/validate.js';
import { DEFAULT_RAW } from './helpers.js';

const field = (path: (string | number)[]): FieldSpec => fieldFor(schemaAt(SCENARIO_JSON_SCHEMA, DEFAULT_RAW, path)!, DEFAULT_RAW, path);

describe('fieldFor', () => {
  it('makes a number field with the declared range, unit, default and help text', () => {
    const f = field(['dynamics', 'awareness', 'external']);
    expect(f).toMatchObject({ kind: 'number', min: 0, max: 1, unit: 'share', value: 0.002, isDefault: true, resettable: true });
    expect(f.description).toMatch(/p_ext/);
    const steps = field(['time', 'steps']);
    expect(steps).toMatchObject({ kind: 'number', integer: true, value: 260, isDefault: false });
  });

  it("makes the network a choice of kind with that kind's fields", () => {
    const f = field(['system', 'network']);
    expect(f.kind).toBe('tagged');
    if (f.kind !== 'tagged') return;
    expect(f.value).toBe('healthSystem');
    expect(f.options).toEqual(expect.arrayContaining(['healthSystem', 'complete', 'erdosRenyi', 'wattsStrogatz', 'barabasiAlbert', 'ringLattice', 'edges']));
    const keys = f.children.map((c) => c.path[c.path.length - 1]);
    expect(keys).toEqual(expect.arrayContaining(['regions', 'types', 'strongDegree', 'weakDegree']));
    const regions = f.children.find((c) => c.path[2] === 'regions')!;
    expect(regions.kind).toBe('list');
  });

  it('makes a distribution a choice of distribution with its parameters', () => {
    const f = field(['system', 'population', 'capacity']);
    expect(f).toMatchObject({ kind: 'tagged', tag: 'dist', value: 'beta' });
    if (f.kind === 'tagged') expect(f.children.map((c) => c.path.at(-1))).toEqual(['alpha', 'beta']);
    const fatigue = field(['system', 'population', 'fatigue']);
    expect(fatigue).toMatchObject({ kind: 'tagged', value: 'constant' });
  });

  it('makes a nullable end a number that may be "never"', () => {
    const path = ['strategies', 0, 'levers', 1, 'end'];
    const f = fieldFor(schemaAt(SCENARIO_JSON_SCHEMA, DEFAULT_RAW, path)!, DEFAULT_RAW, path);
    expect(f).toMatchObject({ kind: 'number', nullable: true, value: 104 });
  });
});

describe('editAt', () => {
  it('writes a default list before changing one of its items, so the rest is kept', () => {
    const raw = structuredClone(DEFAULT_RAW) as { system: { network: Record<string, unknown>; population: Record<string, unknown> } };
    delete raw.system.network.types;
    delete raw.system.population.byType; // it names types the default list does not have
    const edited = editAt(SCENARIO_JSON_SCHEMA, raw, ['system', 'network', 'types', 0, 'extraStrongTies'], 2);
    expect(getAt(edited, ['system', 'network', 'types', 0])).toMatchObject({ name: 'unit', share: 1, extraStrongTies: 2 });
    expect(checkRaw(edited, 'test').ok).toBe(true);
  });

  it('does not change the scenario it edits', () => {
    const before = JSON.stringify(DEFAULT_RAW);
    editAt(SCENARIO_JSON_SCHEMA, DEFAULT_RAW, ['intervention', 'advantage'], 3);
    expect(JSON.stringify(DEFAULT_RAW)).toBe(before);
  });
});
