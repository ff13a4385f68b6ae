// Paces redraws while a run goes: the page's main thread shares the machine's cores
// with the replicate workers, so every redraw delays the run.

/** What the pacing reads: times in ms on one clock (performance.now()). */
export interface Pacing {
  /** A run is going; otherwise the state is drawn at once (the final one included). */
  readonly running: boolean;
  /** When the last redraw started, and how long it took. */
  readonly lastStart: number;
  readonly lastCost: number;
  readonly now: number;
  /** Largest share of the main thread's time redraws may take while a run goes. */
  readonly share: number;
  /** When the run is expected to end, if that can be told yet. */
  readonly expectedEnd?: number;
}

/**
 * Milliseconds to wait before the next redraw so that redraws take at most `share` of
 * the main thread's time: a redraw that started at `lastStart` and took `lastCost` ms is
 * followed by the next no sooner than `lastStart + lastCost / share`. Infinity (no
 * redraw) when the run is expected to end within that interval of the redraw: the
 * final draw, at the end, would replace it at once, and it would only slow the run.
 * No wait when no run is going.
 */
export function redrawDelay(p: Pacing): number {
  if (!p.running) return 0;
  const interval = p.lastCost / p.share;
  const wait = Math.max(0, p.lastStart + interval - p.now);
  if (p.expectedEnd !== undefined && p.now + wait + interval > p.expectedEnd) return Infinity;
  return wait;
}

/**
 * When a run that has taken `elapsedMs` for `done` of `total` replicates is expected to
 * end, at the same pace; undefined before the first replicate is done.
 */
export function expectedEnd(now: number, done: number, total: number, elapsedMs: number): number | undefined {
  if (done <= 0) return undefined;
  return now + (elapsedMs * (total - done)) / done;
}
