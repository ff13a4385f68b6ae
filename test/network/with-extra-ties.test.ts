// Tests for withExtraTies (what a peer-network lever calls): new strong ties in both rows,
// existing ties and self-pairs skipped, the original network untouched.
import { describe, expect, it } from 'vitest';
import { STRONG, WEAK, entryIndex } from '../../sim/network/csr.js';
import { csrFromEdgeArrays, directedCsrFromEdgeArrays } from '../../sim/network/edge-arrays.js';
import { withExtraTies } from '../../sim/network/with-extra-ties.js';
import { expectValidCsr, row } from './csr-checks.js';

const u32 = (xs: number[]) => Uint32Array.from(xs);

describe('withExtraTies', () => {
  const base = csrFromEdgeArrays(5, u32([0, 1]), u32([1, 2]), Uint8Array.from([WEAK, STRONG]), Float32Array.from([2, 1]));

  it('adds strong ties with the given weight, skipping self-pairs, existing ties and repeats', () => {
    const csr = withExtraTies(base, Int32Array.from([3, 0, 4, 4, 1, 0, 0, 3, 2, 4]), 0.5);
    expectValidCsr(csr);
    expect(row(csr, 0)).toEqual([1, 3]);
    expect(row(csr, 2)).toEqual([1, 4]);
    expect(row(csr, 4)).toEqual([2]);
    expect(csr.kinds[entryIndex(csr, 0, 1)]).toBe(WEAK); // the existing tie keeps its kind
    expect(csr.weights[entryIndex(csr, 1, 0)]).toBe(2); // and its weight
    expect(csr.kinds[entryIndex(csr, 3, 0)]).toBe(STRONG);
    expect(csr.weights[entryIndex(csr, 0, 3)]).toBe(0.5);
    expect(csr.neighbors.length).toBe(8);
  });

  it('leaves the original network untouched', () => {
    withExtraTies(base, Int32Array.from([3, 4]));
    expect(row(base, 3)).toEqual([]);
    expect(base.neighbors.length).toBe(4);
  });

  it('returns the same network when nothing is new', () => {
    expect(withExtraTies(base, Int32Array.from([1, 0, 2, 2]))).toBe(base);
  });

  it('adds both directions on a directed network', () => {
    const directed = directedCsrFromEdgeArrays(3, u32([0]), u32([1]));
    const csr = withExtraTies(directed, Int32Array.from([1, 0, 2, 1]));
    expectValidCsr(csr);
    expect(row(csr, 0)).toEqual([1]); // 1 -> 0 added
    expect(row(csr, 1)).toEqual([0, 2]);
    expect(row(csr, 2)).toEqual([1]);
    expect(row(csr.out, 0)).toEqual([1]);
    expect(row(csr.out, 1)).toEqual([0, 2]);
  });

  it('equals the network built afresh from the old and new ties together (random networks, heavy repeats)', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + Math.floor(rnd() * 60);
      const us: number[] = [];
      const vs: number[] = [];
      const kinds: number[] = [];
      const weights: number[] = [];
      const seen = new Set<string>();
      for (let k = 0; k < 2 * n; k++) {
        const u = Math.floor(rnd() * n);
        const v = Math.floor(rnd() * n);
        const key = `${Math.min(u, v)} ${Math.max(u, v)}`;
        if (u === v || seen.has(key)) continue;
        seen.add(key);
        us.push(u);
        vs.push(v);
        kinds.push(rnd() < 0.3 ? WEAK : STRONG);
        weights.push(1 + Math.floor(rnd() * 3));
      }
      const old = csrFromEdgeArrays(n, u32(us), u32(vs), Uint8Array.from(kinds), Float32Array.from(weights));
      // Pairs drawn from a few units, so repeats and reversed repeats are common.
      const pairs = Int32Array.from({ length: 2 * 3 * n }, () => Math.floor(rnd() * Math.min(n, 12)));
      for (let k = 0; k < pairs.length; k += 2) {
        const [u, v] = [pairs[k], pairs[k + 1]];
        const key = `${Math.min(u, v)} ${Math.max(u, v)}`;
        if (u === v || seen.has(key)) continue;
        seen.add(key);
        us.push(u);
        vs.push(v);
        kinds.push(STRONG);
        weights.push(0.25);
      }
      const expected = csrFromEdgeArrays(n, u32(us), u32(vs), Uint8Array.from(kinds), Float32Array.from(weights));
      const actual = withExtraTies(old, pairs, 0.25);
      expectValidCsr(actual);
      expect([...actual.starts]).toEqual([...expected.starts]);
      expect([...actual.neighbors]).toEqual([...expected.neighbors]);
      expect([...actual.kinds]).toEqual([...expected.kinds]);
      expect([...actual.weights]).toEqual([...expected.weights]);
    }
  });

  it('rejects odd-length pair lists and units out of range', () => {
    expect(() => withExtraTies(base, Int32Array.from([1]))).toThrow(/pairs/);
    expect(() => withExtraTies(base, Int32Array.from([1, 5]))).toThrow(/out of range/);
  });
});
