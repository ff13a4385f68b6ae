// Same spec and seed give byte-identical arrays, for every generator; a different seed
// gives a different network wherever the generator draws.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../sim/network/build-network.js';
import { stream } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';
import { sameBytes } from './csr-checks.js';

const random = [
  { kind: 'erdosRenyi', n: 500, meanDegree: 5, weakShare: 0.2 },
  { kind: 'wattsStrogatz', n: 500, k: 6, rewire: 0.1 },
  { kind: 'barabasiAlbert', n: 500, m: 2 },
  { kind: 'complete', n: 30, weakShare: 0.5 },
  {
    kind: 'healthSystem',
    regions: { count: 4, unitsPerRegion: 100 },
    types: [{ name: 'gp', share: 2 }, { name: 'hospital', share: 1, extraStrongTies: 4.5 }],
    weakDegree: 0.8,
  },
];
const fixed = [
  { kind: 'ringLattice', n: 100, k: 4 },
  { kind: 'edges', n: 4, edges: [[0, 1], [2, 3, 'weak']] },
];

const build = (raw: unknown, seed: number) => buildNetwork(NetworkSchema.parse(raw), stream(seed, 0, 'network'));

describe('buildNetwork determinism', () => {
  it.each([...random, ...fixed])('$kind: same seed, same bytes and labels', (raw) => {
    const a = build(raw, 11);
    const b = build(raw, 11);
    expect(sameBytes(a.csr, b.csr)).toBe(true);
    expect(Array.from(a.labels.region)).toEqual(Array.from(b.labels.region));
    expect(Array.from(a.labels.type)).toEqual(Array.from(b.labels.type));
    expect(a.labels.size && Array.from(a.labels.size)).toEqual(b.labels.size && Array.from(b.labels.size));
  });

  it.each(random)('$kind: another seed, another network', (raw) => {
    expect(sameBytes(build(raw, 11).csr, build(raw, 12).csr)).toBe(false);
  });
});
