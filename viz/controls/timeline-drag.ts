// What dragging a lever's bar on the timeline does to its start and end: move both,
// or move one edge; times snap to whole steps and stay inside [0, horizon].

export type DragMode = 'move' | 'start' | 'end';

export interface LeverTimes {
  readonly start: number;
  /** null: runs to the horizon. */
  readonly end: number | null;
}

function snap(x: number, step: number): number {
  return Math.round(x / step) * step;
}

/** New times after dragging by `delta` time units, snapped to `step`. */
export function dragLever(lever: LeverTimes, mode: DragMode, delta: number, horizon: number, step: number): LeverTimes {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const { start, end } = lever;
  if (mode === 'move') {
    if (end === null) return { start: clamp(snap(start + delta, step), 0, horizon), end };
    const length = end - start;
    const s = clamp(snap(start + delta, step), 0, Math.max(0, horizon - length));
    return { start: s, end: s + length };
  }
  if (mode === 'start') {
    const hi = end === null ? horizon : end - step;
    return { start: clamp(snap(start + delta, step), 0, Math.max(0, hi)), end };
  }
  const from = end ?? horizon;
  return { start, end: clamp(snap(from + delta, step), start + step, Math.max(start + step, horizon)) };
}

/** Which part of a bar a pointer at `x` (pixels) grabs: an edge within `grip` pixels, else the body. */
export function dragMode(x: number, x0: number, x1: number, grip = 7): DragMode {
  if (x1 - x0 < 3 * grip) return x - x0 < (x1 - x0) / 3 ? 'start' : x > x1 - (x1 - x0) / 3 ? 'end' : 'move';
  if (x - x0 <= grip) return 'start';
  if (x1 - x <= grip) return 'end';
  return 'move';
}
