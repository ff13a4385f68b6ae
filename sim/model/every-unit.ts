// Whether a target list names every unit once: levers over the whole system can then
// fill a field instead of scattering into it, or read a count the run already keeps.

/** Answers per list: target lists never change once made, so each is checked once. */
const known = new WeakMap<ArrayLike<number>, boolean>();

/** Whether `units` lists each of the units 0..n-1 exactly once, in any order. */
export function listsEveryUnit(units: ArrayLike<number>, n: number): boolean {
  if (units.length !== n) return false;
  let every = known.get(units);
  if (every === undefined) {
    const seen = new Uint8Array(n);
    let distinct = 0;
    for (let j = 0; j < units.length; j++) {
      const i = units[j];
      if (i >= 0 && i < n && seen[i] === 0) {
        seen[i] = 1;
        distinct++;
      }
    }
    every = distinct === n;
    known.set(units, every);
  }
  return every;
}
