// Problems only a built system reveals are reported as bad input with the field's path.
import { describe, expect, test } from 'vitest';
import { checkScenario } from '../../sim/model/replicate.js';
import { ScenarioError } from '../../sim/scenario/scenario-error.js';
import { ScenarioSchema, type ScenarioInput } from '../../sim/scenario/schema.js';

const system = { network: { kind: 'healthSystem', regions: { count: 2, unitsPerRegion: 10 } } } as const;

function problem(input: ScenarioInput): { path: string; message: string } {
  try {
    checkScenario(ScenarioSchema.parse(input));
  } catch (e) {
    if (e instanceof ScenarioError) return { path: e.path, message: e.message };
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('checkScenario', () => {
  test('names the lever whose targets name a region the system does not have', () => {
    const p = problem({ name: 's', system, strategies: [{ name: 'a', levers: [{ type: 'mandate', targets: { region: 'Nowhere' } }] }] });
    expect(p.path).toBe('strategies[0].levers[0].targets.region');
    expect(p.message).toContain("no region 'Nowhere' (known: R1, R2)");
  });

  test('names the lever whose explicit units do not exist', () => {
    const p = problem({ name: 's', system, strategies: [{ name: 'a' }, { name: 'b', levers: [{ type: 'seed', targets: { units: [3, 99] } }] }] });
    expect(p.path).toBe('strategies[1].levers[0].targets.units');
    expect(p.message).toContain('unit 99 does not exist (the system has 20 units)');
  });

  test('names a competing demand on an unknown type', () => {
    const p = problem({ name: 's', system, dynamics: { competingDemands: [{ type: 'Clinic', load: [[0, 0.2]] }] }, strategies: [{ name: 'a' }] });
    expect(p.path).toBe('dynamics.competingDemands[0].type');
  });

  test('names population overrides for a region that does not exist', () => {
    const p = problem({ name: 's', system: { ...system, population: { byRegion: { R9: { capacity: 0.5 } } } }, strategies: [{ name: 'a' }] });
    expect(p.path).toBe('system.population.byRegion.R9');
  });

  test('names an intervention origin with the wrong number of coordinates', () => {
    const p = problem({ name: 's', system, intervention: { origin: [0.5, 0.5, 0.5] }, strategies: [{ name: 'a' }] });
    expect(p.path).toBe('intervention.origin');
  });

  test('names an edge list that points past the last unit', () => {
    const p = problem({ name: 's', system: { network: { kind: 'edges', n: 3, edges: [[0, 5]] } }, strategies: [{ name: 'a' }] });
    expect(p.path).toBe('system.network');
    expect(p.message).toContain('edges[0]');
  });

  test('accepts a valid scenario', () => {
    expect(() => checkScenario(ScenarioSchema.parse({ name: 's', system, strategies: [{ name: 'a' }] }))).not.toThrow();
  });
});
