// Tests for the textbook generators through buildNetwork: exact structure where the
// generator is exact, counts within binomial tolerances (4 sd, derived from n) otherwise.
import { describe, expect, it } from 'vitest';
import { barabasiAlbertCsr } from '../../sim/network/barabasi-albert-csr.js';
import { buildNetwork } from '../../sim/network/build-network.js';
import { compileGraph } from '../../sim/network/compile.js';
import { WEAK } from '../../sim/network/csr.js';
import { barabasiAlbert } from '../../sim/network/generators/barabasi-albert.js';
import { stream } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';
import { degree, expectValidCsr, row, sameBytes } from './csr-checks.js';

const build = (raw: unknown, seed = 1) => buildNetwork(NetworkSchema.parse(raw), stream(seed, 'network'));
const ties = (csr: { neighbors: Uint32Array }) => csr.neighbors.length / 2;
/** Four binomial standard deviations of a count out of `trials` at probability p. */
const fourSd = (trials: number, p: number) => 4 * Math.sqrt(trials * p * (1 - p));

describe('complete', () => {
  it('ties every pair exactly once', () => {
    const { csr, labels } = build({ kind: 'complete', n: 7 });
    expectValidCsr(csr);
    expect(ties(csr)).toBe(21);
    for (let i = 0; i < 7; i++) expect(row(csr, i)).toEqual([0, 1, 2, 3, 4, 5, 6].filter((j) => j !== i));
    expect(labels.regionNames).toEqual(['R1']);
    expect(labels.typeNames).toEqual(['unit']);
  });
});

describe('ringLattice', () => {
  it('ties each unit to k/2 neighbours per side', () => {
    const { csr } = build({ kind: 'ringLattice', n: 10, k: 4 });
    expectValidCsr(csr);
    expect(ties(csr)).toBe(20);
    expect(row(csr, 0)).toEqual([1, 2, 8, 9]);
    expect(row(csr, 5)).toEqual([3, 4, 6, 7]);
    for (let i = 0; i < 10; i++) expect(degree(csr, i)).toBe(4);
  });

  it('merges the repeats when k reaches n (a complete graph)', () => {
    const { csr } = build({ kind: 'ringLattice', n: 5, k: 8 });
    expectValidCsr(csr);
    expect(ties(csr)).toBe(10);
  });

  it('rounds an odd k down', () => {
    const { csr } = build({ kind: 'ringLattice', n: 9, k: 5 });
    for (let i = 0; i < 9; i++) expect(degree(csr, i)).toBe(4);
  });
});

describe('wattsStrogatz', () => {
  const n = 1000;
  const k = 6;

  it('is the ring lattice when nothing is rewired', () => {
    const a = build({ kind: 'wattsStrogatz', n, k, rewire: 0 }).csr;
    const b = build({ kind: 'ringLattice', n, k }).csr;
    expect(sameBytes(a, b)).toBe(true);
  });

  it('keeps the tie count and rewires about the given share', () => {
    const rewire = 0.2;
    const { csr } = build({ kind: 'wattsStrogatz', n, k, rewire });
    expectValidCsr(csr);
    expect(ties(csr)).toBe((n * k) / 2);
    let shortcuts = 0;
    for (let i = 0; i < n; i++) {
      for (const j of row(csr, i)) {
        const ring = Math.min(Math.abs(i - j), n - Math.abs(i - j));
        if (j > i && ring > k / 2) shortcuts++;
      }
    }
    const lattice = (n * k) / 2;
    expect(Math.abs(shortcuts - lattice * rewire)).toBeLessThan(fourSd(lattice, rewire));
  });
});

describe('erdosRenyi', () => {
  it('has about n * meanDegree / 2 ties', () => {
    const n = 2000;
    const meanDegree = 6;
    const { csr } = build({ kind: 'erdosRenyi', n, meanDegree });
    expectValidCsr(csr);
    const pairs = (n * (n - 1)) / 2;
    const p = meanDegree / (n - 1);
    expect(Math.abs(ties(csr) - pairs * p)).toBeLessThan(fourSd(pairs, p));
  });

  it('has no ties at mean degree 0 and all of them at n - 1', () => {
    expect(ties(build({ kind: 'erdosRenyi', n: 50, meanDegree: 0 }).csr)).toBe(0);
    expect(ties(build({ kind: 'erdosRenyi', n: 50, meanDegree: 49 }).csr)).toBe(1225);
  });
});

describe('barabasiAlbert', () => {
  const n = 3000;
  const m = 3;

  it('has exactly m ties per new unit and a heavy tail', () => {
    const { csr } = build({ kind: 'barabasiAlbert', n, m });
    expectValidCsr(csr);
    expect(ties(csr)).toBe(m + m * (n - m - 1));
    let atM = 0;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const d = degree(csr, i);
      if (i > m) expect(d).toBeGreaterThanOrEqual(m);
      if (d === m) atM++;
      max = Math.max(max, d);
    }
    // P(degree = m) -> 2 / (m + 2) for large n; 0.01 allows for finite-size bias.
    const share = 2 / (m + 2);
    expect(Math.abs(atM / n - share)).toBeLessThan(fourSd(n, share) / n + 0.01);
    // Preferential attachment: the biggest hub grows like m * sqrt(n) (here ~160).
    expect(max).toBeGreaterThan(m * Math.sqrt(n) * 0.5);
  });

  it('gives the same network through graphology and straight into arrays', () => {
    const viaGraph = compileGraph(barabasiAlbert(2000, 4, stream(9)));
    const direct = barabasiAlbertCsr(2000, 4, stream(9));
    expect(sameBytes(viaGraph, direct)).toBe(true);
  });

  it('rejects m >= n', () => {
    expect(() => build({ kind: 'barabasiAlbert', n: 3, m: 3 })).toThrow(/m \(3\)/);
  });

  it('builds a million units straight into arrays', () => {
    const csr = barabasiAlbertCsr(1_000_000, 3, stream(1));
    expect(csr.n).toBe(1_000_000);
    expect(ties(csr)).toBe(3 + 3 * (1_000_000 - 4));
    expect(csr.starts[csr.n]).toBe(csr.neighbors.length);
  });
});

describe('weakShare and regions', () => {
  it('labels about the given share of ties weak, both entries alike', () => {
    const weakShare = 0.3;
    const { csr } = build({ kind: 'barabasiAlbert', n: 3000, m: 3, weakShare });
    expectValidCsr(csr); // checks both entries of a tie carry the same kind
    const total = ties(csr);
    const weak = csr.kinds.reduce((sum, k) => sum + (k === WEAK ? 1 : 0), 0) / 2;
    expect(Math.abs(weak - total * weakShare)).toBeLessThan(fourSd(total, weakShare));
  });

  it('labels all or none at the ends', () => {
    expect(build({ kind: 'complete', n: 6, weakShare: 1 }).csr.kinds.every((k) => k === WEAK)).toBe(true);
    expect(build({ kind: 'complete', n: 6 }).csr.kinds.every((k) => k !== WEAK)).toBe(true);
  });

  it('splits units into equal contiguous index blocks R1..Rk', () => {
    const { labels } = build({ kind: 'ringLattice', n: 10, k: 2, regions: 3 });
    expect(Array.from(labels.region)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(labels.regionNames).toEqual(['R1', 'R2', 'R3']);
    expect(Array.from(labels.type)).toEqual(new Array(10).fill(0));
    expect(labels.size).toBeUndefined();
  });
});

describe('edges', () => {
  it('builds an undirected network with kinds, weights and labels', () => {
    const { csr, labels } = build({
      kind: 'edges',
      n: 4,
      edges: [[0, 1], [1, 2, 'weak'], [3, 2, 'strong', 2.5], [1, 0, 'weak']],
      regionOf: ['North', 'North', 'South', 'South'],
      typeOf: ['gp', 'hospital', 'gp', 'gp'],
    });
    expectValidCsr(csr);
    expect(row(csr, 1)).toEqual([0, 2]);
    expect(row(csr, 2)).toEqual([1, 3]);
    expect(csr.kinds[csr.starts[0]]).toBe(0); // the first listing of 0-1 wins
    expect(csr.kinds[csr.starts[1] + 1]).toBe(WEAK);
    expect(csr.weights[csr.starts[3]]).toBe(2.5);
    expect(Array.from(labels.region)).toEqual([0, 0, 1, 1]);
    expect(labels.regionNames).toEqual(['North', 'South']);
    expect(Array.from(labels.type)).toEqual([0, 1, 0, 0]);
    expect(labels.typeNames).toEqual(['gp', 'hospital']);
  });

  it('builds a directed network: rows hold influencers, out holds the influenced', () => {
    const { csr } = build({ kind: 'edges', n: 3, edges: [[0, 1], [2, 1], [1, 0]], directed: true });
    expectValidCsr(csr);
    expect(row(csr, 1)).toEqual([0, 2]);
    expect(row(csr, 0)).toEqual([1]);
    expect(row(csr.out, 1)).toEqual([0]);
    expect(row(csr.out, 2)).toEqual([1]);
  });

  it('rejects self-loops, unknown units and label lists of the wrong length', () => {
    expect(() => build({ kind: 'edges', n: 2, edges: [[1, 1]] })).toThrow(/itself/);
    expect(() => build({ kind: 'edges', n: 2, edges: [[0, 2]] })).toThrow(/unit 2/);
    expect(() => build({ kind: 'edges', n: 2, edges: [[0, 1]], regionOf: ['A'] })).toThrow(/regionOf/);
  });
});
