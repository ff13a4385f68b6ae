// A step's new adopters, collected in any order and put in ascending index (memory)
// order, so the kernels read the CSR rows front to back. Kernels push inline (hot loop).
/** Sorting costs ~k log k, a bitmap scan ~n/32 words: below this ratio sorting is cheaper. */
const SORT_BELOW = 1 / 32;

/** One bit per unit, set by the kernel as it pushes a unit onto `units`. */
export function frontierBits(n: number): Int32Array {
  return new Int32Array((n + 31) >>> 5);
}

/**
 * Rewrites units[0 .. size) in ascending order: the same units that were pushed (each
 * once, each marked in `bits`); leaves `bits` all clear for the next step.
 */
export function orderFrontier(units: Int32Array, size: number, bits: Int32Array): void {
  if (size < bits.length * SORT_BELOW) {
    units.subarray(0, size).sort();
    for (let k = 0; k < size; k++) bits[units[k] >>> 5] = 0;
    return;
  }
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    if (word === 0) continue;
    bits[w] = 0;
    while (word !== 0) {
      const low = word & -word;
      units[k++] = (w << 5) | (31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** An Int32 view of a CSR index array (all values < 2^31): V8 indexes with it faster. */
export function int32View(a: Uint32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

/**
 * Put the seeds in the first frontier: adoptedAt 0, marked in `bits`, listed in unit
 * order in `current` (repeats once). Returns the frontier's size. `kernel` names the
 * caller in the error for a seed out of range.
 */
export function placeSeeds(kernel: string, seeds: ArrayLike<number>, adoptedAt: Int32Array, current: Int32Array, bits: Int32Array): number {
  const n = adoptedAt.length;
  let size = 0;
  for (let k = 0; k < seeds.length; k++) {
    const s = seeds[k];
    if (!(s >= 0 && s < n)) throw new Error(`kernels/${kernel}: seed ${s} is out of range 0..${n - 1}`);
    if (adoptedAt[s] === 0) continue;
    adoptedAt[s] = 0;
    current[size++] = s;
    bits[s >>> 5] |= 1 << (s & 31);
  }
  orderFrontier(current, size, bits);
  return size;
}
