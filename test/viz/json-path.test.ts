// Edits make copies: the scenario a user loaded is never changed in place.
import { describe, expect, it } from 'vitest';
import { getAt, removeAt, setAt } from '../../viz/scenario/json-path.js';
import { groupNames } from '../../viz/controls/group-names.js';
import { networkStarter, unitCount } from '../../viz/controls/network-starter.js';
import { targetsMode, targetsTemplate } from '../../viz/controls/targets-mode.js';
import { DEFAULT_RAW } from './helpers.js';

describe('json paths', () => {
  it('set, read and remove a field without touching the original', () => {
    const a = { x: { y: [1, 2, 3] } };
    const b = setAt(a, ['x', 'y', 1], 9) as typeof a;
    expect(b.x.y).toEqual([1, 9, 3]);
    expect(a.x.y).toEqual([1, 2, 3]);
    expect(getAt(setAt({}, ['p', 0, 'q'], 1), ['p', 0, 'q'])).toBe(1);
    expect(Array.isArray(getAt(setAt({}, ['p', 0], 1), ['p']))).toBe(true);
    expect(removeAt(a, ['x', 'y', 0])).toEqual({ x: { y: [2, 3] } });
    expect(removeAt({ a: 1, b: 2 }, ['a'])).toEqual({ b: 2 });
  });
});

describe('targets and group names', () => {
  it("reads a network's region and type names as the engine names them", () => {
    expect(groupNames((DEFAULT_RAW as { system: { network: unknown } }).system.network)).toEqual({
      regions: ['North', 'South', 'East', 'West'],
      types: ['GP practice', 'Community service', 'Hospital'],
    });
    expect(groupNames({ kind: 'erdosRenyi', n: 10, regions: 3 }).regions).toEqual(['R1', 'R2', 'R3']);
    expect(groupNames({ kind: 'healthSystem', regions: { count: 2, unitsPerRegion: 5 } })).toEqual({ regions: ['R1', 'R2'], types: ['unit'] });
  });

  it('tells the kind of a targets spec and starts a new one of each kind', () => {
    expect(targetsMode('all')).toBe('all');
    expect(targetsMode({ rule: 'random', k: 3 })).toBe('rule');
    expect(targetsMode({ rule: 'cluster' })).toBe('cluster');
    expect(targetsMode({ region: 'North' })).toBe('region');
    expect(targetsMode({ region: 'North', type: 'Hospital' })).toBe('other');
    expect(targetsTemplate('type', { regions: ['A'], types: ['T1', 'T2'] })).toEqual({ type: ['T1'] });
  });

  it('keeps the number of units when the network kind changes', () => {
    const network = (DEFAULT_RAW as { system: { network: unknown } }).system.network;
    expect(unitCount(network)).toBe(300);
    expect(networkStarter('erdosRenyi', network)).toEqual({ kind: 'erdosRenyi', n: 300 });
    expect(networkStarter('healthSystem', { kind: 'complete', n: 200 })).toEqual({ kind: 'healthSystem', regions: { count: 4, unitsPerRegion: 50 } });
  });
});
