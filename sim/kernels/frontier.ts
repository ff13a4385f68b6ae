// A step's new adopters, collected in any order and visited in ascending index (memory)
// order, so the kernels read the CSR rows front to back.
/** Sorting costs ~k log k, a bitmap scan ~n/32 words: below this ratio sorting is cheaper. */
const SORT_BELOW = 1 / 32;

export class Frontier {
  /** Units in the frontier: `units[0 .. size)`, ascending after `order()`. */
  readonly units: Uint32Array;
  size = 0;
  private readonly bits: Uint32Array;

  constructor(n: number) {
    this.units = new Uint32Array(n);
    this.bits = new Uint32Array((n + 31) >>> 5);
  }

  /** Adds unit i; the caller adds each unit at most once. */
  add(i: number): void {
    this.units[this.size++] = i;
    this.bits[i >>> 5] |= 1 << (i & 31);
  }

  /** Puts the units in ascending order and clears the bitmap for the next use. */
  order(): void {
    const { units, bits, size } = this;
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

  clear(): void {
    this.size = 0;
  }
}
