// Large health systems are authored in a TieSet rather than a graphology object;
// the two must give the very same network from the same draws.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../sim/network/compile.js';
import { healthSystem } from '../../sim/network/generators/health-system.js';
import { TieSet } from '../../sim/network/tie-set.js';
import { stream } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';

const spec = NetworkSchema.parse({
  kind: 'healthSystem',
  regions: [
    { name: 'A', units: 300 },
    { name: 'B', units: 250 },
    { name: 'C', units: 12 },
  ],
  types: [
    { name: 'practice', share: 0.8 },
    { name: 'hospital', share: 0.2, extraStrongTies: 3.5 },
  ],
  strongDegree: 6,
  strongRewire: 0.3,
  weakDegree: 1.5,
});

describe('TieSet', () => {
  it('compiles to the same arrays as the graphology graph built from the same stream', () => {
    if (spec.kind !== 'healthSystem') throw new Error('spec');
    const viaGraphology = compileGraph(healthSystem(spec, stream(5, 'network')).graph);
    const viaTieSet = healthSystem(spec, stream(5, 'network'), (n) => new TieSet(n)).graph.toCsr();
    expect(viaTieSet.n).toBe(viaGraphology.n);
    expect(Array.from(viaTieSet.starts)).toEqual(Array.from(viaGraphology.starts));
    expect(Array.from(viaTieSet.neighbors)).toEqual(Array.from(viaGraphology.neighbors));
    expect(Array.from(viaTieSet.kinds)).toEqual(Array.from(viaGraphology.kinds));
    expect(Array.from(viaTieSet.weights)).toEqual(Array.from(viaGraphology.weights));
    expect(viaTieSet.kinds.includes(1)).toBe(true); // weak ties were made and kept
  });

  it('keeps degrees through drops and ignores dropping a missing tie', () => {
    const set = new TieSet(4);
    set.addUndirectedEdge(0, 1, { kind: 0, weight: 1 });
    set.addUndirectedEdge(2, 1, { kind: 1, weight: 1 });
    expect(set.hasEdge(1, 0)).toBe(true);
    expect(set.degree(1)).toBe(2);
    set.dropEdge(1, 0);
    set.dropEdge(3, 0);
    expect(set.degree(1)).toBe(1);
    expect(set.degree(0)).toBe(0);
    expect(Array.from(set.toCsr().neighbors)).toEqual([2, 1]);
  });
});
