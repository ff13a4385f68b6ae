// Paces redraws while a run goes: the page's main thread shares the machine's cores
// with the replicate workers, so every redraw delays the run.

/**
 * Milliseconds to wait before the next redraw so that redraws take at most `share`
 * of the main thread's time: a redraw that started at `lastStart` and took `lastCost`
 * ms is followed by the next no sooner than `lastStart + lastCost / share`. No wait
 * when no run is going (the final state is always drawn at once).
 */
export function redrawDelay(running: boolean, lastStart: number, lastCost: number, now: number, share: number): number {
  if (!running) return 0;
  return Math.max(0, lastStart + lastCost / share - now);
}
