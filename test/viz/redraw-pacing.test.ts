import { describe, expect, it } from 'vitest';
import { redrawDelay } from '../../viz/app/redraw-pacing.js';

describe('redrawDelay', () => {
  it('keeps redraws to the given share of the time while a run goes', () => {
    // A 100 ms redraw at t = 0 with a 5% share: the next no sooner than t = 2,000 ms.
    expect(redrawDelay(true, 0, 100, 500, 0.05)).toBe(1500);
    expect(redrawDelay(true, 0, 100, 1999, 0.05)).toBe(1);
    expect(redrawDelay(true, 0, 100, 2000, 0.05)).toBe(0);
    expect(redrawDelay(true, 0, 100, 5000, 0.05)).toBe(0);
  });

  it('waits longer after a costlier redraw', () => {
    expect(redrawDelay(true, 1000, 200, 1200, 0.05)).toBeGreaterThan(redrawDelay(true, 1000, 100, 1200, 0.05));
  });

  it('never waits when no run is going, so the final state is drawn at once', () => {
    expect(redrawDelay(false, 0, 100, 10, 0.05)).toBe(0);
  });

  it('does not wait before the first redraw', () => {
    expect(redrawDelay(true, -Infinity, 0, 0, 0.05)).toBe(0);
  });
});
