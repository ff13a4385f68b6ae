// Numbers as exported: the shortest decimal that reads back to the same value, so an
// exported system imports again bit for bit (single precision where the model stores it).

/** Shortest decimal x that Math.fround reads back as the same float32. */
export function float32Text(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const f = Math.fround(x);
  for (let p = 1; p <= 9; p++) {
    const s = String(Number(f.toPrecision(p)));
    if (Math.fround(Number(s)) === f) return s;
  }
  return String(f);
}

/** Double precision: JavaScript's own shortest round-trip form. */
export function float64Text(x: number): string {
  return String(x);
}
