// Tests for frontier ordering: units come back in ascending order by either path (sort
// or bitmap scan), and the bitmap is left clean for the next step.
import { describe, expect, it } from 'vitest';
import { frontierBits, orderFrontier } from '../../sim/kernels/frontier.js';
import { stream } from '../../sim/random/rng.js';

/** Pushes k distinct random units the way the kernels do; returns them sorted. */
function push(units: Int32Array, bits: Int32Array, n: number, k: number, seed: number): number[] {
  const random = stream(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  let size = 0;
  for (const i of picked) {
    units[size++] = i;
    bits[i >>> 5] |= 1 << (i & 31);
  }
  return [...picked].sort((a, b) => a - b);
}

describe('orderFrontier', () => {
  it.each([
    ['sorting (few units)', 3],
    ['a bitmap scan (many units)', 3000],
  ])('orders by %s and leaves the bitmap clean', (_name, k) => {
    const n = 10_000;
    const units = new Int32Array(n);
    const bits = frontierBits(n);
    for (let round = 0; round < 3; round++) {
      const expected = push(units, bits, n, k, round);
      orderFrontier(units, k, bits);
      expect(Array.from(units.subarray(0, k))).toEqual(expected);
      expect(bits.every((w) => w === 0)).toBe(true);
    }
  });

  it('handles units in the top bit of a word (sign bit of Int32)', () => {
    const units = Int32Array.from([63, 31, 32, 0]);
    const bits = frontierBits(64);
    for (const i of units) bits[i >>> 5] |= 1 << (i & 31);
    orderFrontier(units, 4, bits);
    expect(Array.from(units)).toEqual([0, 31, 32, 63]);
  });
});
