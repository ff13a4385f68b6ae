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

  it('agrees with a plain set through random adds, drops and lookups (growth and reused slots)', () => {
    let seed = 3;
    const rnd = (k: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * k);
    for (const n of [2, 7, 60]) {
      const set = new TieSet(n);
      const reference = new Map<string, number>();
      const key = (u: number, v: number) => `${Math.min(u, v)} ${Math.max(u, v)}`;
      for (let op = 0; op < 4000; op++) {
        const u = rnd(n);
        const v = rnd(n);
        if (u === v) continue;
        const has = reference.has(key(u, v));
        expect(set.hasEdge(u, v)).toBe(has);
        if (rnd(3) === 0) {
          set.dropEdge(v, u);
          reference.delete(key(u, v));
        } else if (!has) {
          const kind = rnd(2) as 0 | 1;
          set.addUndirectedEdge(u, v, { kind, weight: 1 });
          reference.set(key(u, v), kind);
        }
      }
      const csr = set.toCsr();
      const ties = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        expect(set.degree(i)).toBe(csr.starts[i + 1] - csr.starts[i]);
        for (let e = csr.starts[i]; e < csr.starts[i + 1]; e++) ties.set(key(i, csr.neighbors[e]), csr.kinds[e]);
      }
      expect(new Map([...ties].sort())).toEqual(new Map([...reference].sort()));
    }
  });
});
