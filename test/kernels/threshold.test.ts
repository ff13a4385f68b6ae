// Tests for the linear threshold kernel: hand-computed cascades on tiny graphs, the exact
// theta boundary, directed influence, and agreement with the naive share-test version.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../sim/network/build-network.js';
import { csrFromEdgeArrays, directedCsrFromEdgeArrays } from '../../sim/network/edge-arrays.js';
import { linearThreshold, needed } from '../../sim/kernels/linear-threshold.js';
import { stream } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';
import { naiveThreshold } from './naive.js';

const u32 = (xs: number[]) => Uint32Array.from(xs);
const curve = (r: { adoptedPerStep: Uint32Array }) => Array.from(r.adoptedPerStep);
const path5 = csrFromEdgeArrays(5, u32([0, 1, 2, 3]), u32([1, 2, 3, 4]));
const ring10 = buildNetwork(NetworkSchema.parse({ kind: 'ringLattice', n: 10, k: 4 }), stream(0)).csr;
const star = csrFromEdgeArrays(6, u32([0, 0, 0, 0, 0]), u32([1, 2, 3, 4, 5])); // centre 0

describe('linearThreshold on hand-built graphs', () => {
  it('walks down a path one unit per step', () => {
    const r = linearThreshold(path5, [0], { theta: 0.5, direction: 'push' });
    expect(curve(r)).toEqual([1, 2, 3, 4, 5]);
    expect(r.steps).toBe(4);
    expect(Array.from(r.adoptedAt)).toEqual([0, 1, 2, 3, 4]);
    // Every adopter's row once (sum of degrees 8), except the last: once all have
    // adopted nothing can change, so unit 4's row is not read.
    expect(r.edgeVisits).toBe(7);
  });

  it('stops after the given steps, visiting only the rows of adopters before the last step', () => {
    const r = linearThreshold(path5, [0], { theta: 0.5, steps: 2, direction: 'push' });
    expect(curve(r)).toEqual([1, 2, 3]);
    expect(r.edgeVisits).toBe(1 + 2); // rows of 0 (step 0) and 1 (step 1)
    expect(Array.from(r.adoptedAt)).toEqual([0, 1, 2, -1, -1]);
  });

  it('pads a fixed run with the final count once nothing changes', () => {
    expect(curve(linearThreshold(path5, [0], { theta: 0.5, steps: 7 }))).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
  });

  it('needs more than one neighbour when theta asks for it (complex contagion)', () => {
    expect(curve(linearThreshold(path5, [0], { theta: 0.6 }))).toEqual([1]);
    // Two adjacent seeds on a k = 4 ring spread two units a step...
    expect(curve(linearThreshold(ring10, [0, 1], { theta: 0.5 }))).toEqual([2, 4, 6, 8, 10]);
    // ...two far-apart seeds never do (and only their two rows are read).
    const stuck = linearThreshold(ring10, [0, 5], { theta: 0.5 });
    expect(curve(stuck)).toEqual([2]);
    expect(stuck.edgeVisits).toBe(8);
  });

  it('adopts at share exactly theta, not just below it', () => {
    // The centre has 5 neighbours: one adopted leaf is a share of 1/5 = 0.2.
    expect(curve(linearThreshold(star, [1], { theta: 0.2 }))).toEqual([1, 2, 6]);
    expect(curve(linearThreshold(star, [1], { theta: 0.2000001 }))).toEqual([1]);
  });

  it('takes one theta per unit; theta 0 adopts at step 1 even with no neighbours', () => {
    const theta = Float32Array.from([0.25, 0.2, 1, 1, 1, 0]);
    const isolated = csrFromEdgeArrays(6, u32([0, 0, 0, 0]), u32([1, 2, 3, 4])); // 5 alone
    const r = linearThreshold(isolated, [1], { theta });
    expect(Array.from(r.adoptedAt)).toEqual([1, 0, 2, 2, 2, 1]);
    expect(curve(r)).toEqual([1, 3, 6]);
  });

  it('adopts everyone at step 1 when theta is 0, even with no seeds', () => {
    expect(curve(linearThreshold(path5, [], { theta: 0 }))).toEqual([0, 5]);
    expect(curve(linearThreshold(path5, [], { theta: 0, steps: 0 }))).toEqual([0]);
    expect(curve(linearThreshold(path5, [], { theta: 0.1 }))).toEqual([0]);
  });

  it('spreads along directed ties only, counting in-neighbours', () => {
    // 0 -> 2, 1 -> 2, 2 -> 3: unit 2 has two influencers, so one is a share of 1/2.
    const csr = directedCsrFromEdgeArrays(4, u32([0, 1, 2]), u32([2, 2, 3]));
    expect(Array.from(linearThreshold(csr, [0], { theta: 0.5 }).adoptedAt)).toEqual([0, -1, 1, 2]);
    expect(Array.from(linearThreshold(csr, [0], { theta: 0.6 }).adoptedAt)).toEqual([0, -1, -1, -1]);
    expect(curve(linearThreshold(csr, [3], { theta: 0.1 }))).toEqual([1]);
  });

  it('ignores repeated seeds and rejects unknown ones', () => {
    expect(curve(linearThreshold(path5, [0, 0], { theta: 0.5, steps: 1 }))).toEqual([1, 2]);
    expect(() => linearThreshold(path5, [5], { theta: 0.5 })).toThrow(/seed 5/);
  });
});

describe('linearThreshold against the naive share test', () => {
  const cases = [
    { name: 'Erdős–Rényi', spec: { kind: 'erdosRenyi', n: 400, meanDegree: 5 } },
    { name: 'Watts–Strogatz', spec: { kind: 'wattsStrogatz', n: 400, k: 6, rewire: 0.2 } },
    { name: 'health system', spec: { kind: 'healthSystem', regions: { count: 4, unitsPerRegion: 100 }, weakDegree: 2 } },
  ];
  it.each(cases)('matches unit by unit on $name with per-unit thresholds', ({ spec }) => {
    for (let seed = 0; seed < 5; seed++) {
      const { csr } = buildNetwork(NetworkSchema.parse(spec), stream(seed, 'net'));
      const random = stream(seed, 'theta');
      const theta = Float32Array.from({ length: csr.n }, () => random() * 0.5);
      const seeds = Array.from({ length: 12 }, () => Math.floor(random() * csr.n));
      const fast = linearThreshold(csr, seeds, { theta });
      const slow = naiveThreshold(csr, seeds, theta);
      expect(Array.from(fast.adoptedAt)).toEqual(Array.from(slow.adoptedAt));
      expect(curve(fast)).toEqual(slow.curve);
    }
  });

  it('matches on a directed network', () => {
    const random = stream(3, 'directed');
    const n = 300;
    const u = Uint32Array.from({ length: 1500 }, () => Math.floor(random() * n));
    const v = Uint32Array.from({ length: 1500 }, () => Math.floor(random() * n));
    const csr = directedCsrFromEdgeArrays(n, u, v);
    const theta = Float32Array.from({ length: n }, () => random() * 0.4);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(Array.from(linearThreshold(csr, seeds, { theta }).adoptedAt)).toEqual(Array.from(naiveThreshold(csr, seeds, theta).adoptedAt));
  });
});

describe('needed', () => {
  it('is the least count whose share reaches theta, by floating-point division', () => {
    for (let degree = 1; degree <= 120; degree++) {
      for (const theta of [0.05, 0.1, 0.2, 0.25, 1 / 3, 0.3, 0.5, 0.7, 0.9, 1, 1.5]) {
        const c = needed(degree, theta);
        if (c <= degree) expect(c / degree >= theta).toBe(true);
        else expect(c).toBe(degree + 1); // unreachable
        if (c > 1) expect((c - 1) / degree < theta).toBe(true);
      }
    }
    expect(needed(7, 0)).toBe(0);
    expect(needed(0, 0.1)).toBe(1);
  });
});

describe('linearThreshold on a hub too wide for 16-bit countdowns', () => {
  it('counts past 32,767 in-neighbours exactly', () => {
    const leaves = 40_000;
    const u = new Uint32Array(leaves).fill(0);
    const v = Uint32Array.from({ length: leaves }, (_, k) => k + 1);
    const star = csrFromEdgeArrays(leaves + 1, u, v);
    // The centre needs 36,000 adopted leaves (share 0.9); 35,999 are not enough.
    const all = Array.from({ length: 36_000 }, (_, k) => k + 1);
    expect(linearThreshold(star, all, { theta: 0.9 }).adoptedAt[0]).toBe(1);
    expect(linearThreshold(star, all.slice(1), { theta: 0.9 }).adoptedAt[0]).toBe(-1);
  });
});

describe('linearThreshold pulling on busy steps', () => {
  const cases = [
    { kind: 'barabasiAlbert', n: 3000, m: 3, theta: 0.2 },
    { kind: 'wattsStrogatz', n: 3000, k: 6, rewire: 0.1, theta: 0.3 },
    { kind: 'erdosRenyi', n: 3000, meanDegree: 5, theta: 0.25 },
  ] as const;
  for (const { theta, ...spec } of cases) {
    it(`adopts exactly the units, at exactly the steps, that pushing does (${spec.kind}, theta ${theta})`, () => {
      const csr = buildNetwork(NetworkSchema.parse(spec), stream(11, spec.kind)).csr;
      const seeds = Array.from({ length: 60 }, (_, k) => (k * 47) % spec.n);
      const push = linearThreshold(csr, seeds, { theta, direction: 'push' });
      const auto = linearThreshold(csr, seeds, { theta });
      expect(Array.from(auto.adoptedAt)).toEqual(Array.from(push.adoptedAt));
      expect(Array.from(auto.adoptedPerStep)).toEqual(Array.from(push.adoptedPerStep));
      // Pulling reads rows of unadopted units instead of adopters': different visits.
      expect(auto.edgeVisits).not.toBe(push.edgeVisits);
    });
  }
});
