// Tests for the frontier: units come back in ascending order by either path (sort or
// bitmap scan), and the bitmap is clean for the next step.
import { describe, expect, it } from 'vitest';
import { Frontier } from '../../sim/kernels/frontier.js';
import { stream } from '../../sim/random/rng.js';

function fill(f: Frontier, n: number, k: number, seed: number): number[] {
  const random = stream(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  picked.forEach((i) => f.add(i));
  return [...picked].sort((a, b) => a - b);
}

describe('Frontier', () => {
  it.each([
    ['sorting (few units)', 3],
    ['a bitmap scan (many units)', 3000],
  ])('orders by %s and leaves the bitmap clean', (_name, k) => {
    const n = 10_000;
    const f = new Frontier(n);
    for (let round = 0; round < 3; round++) {
      const expected = fill(f, n, k, round);
      f.order();
      expect(Array.from(f.units.subarray(0, f.size))).toEqual(expected);
      f.clear();
    }
    // A unit added after a clear comes back alone: nothing stale in the bitmap.
    f.add(31);
    f.order();
    expect(Array.from(f.units.subarray(0, f.size))).toEqual([31]);
  });
});
