import { describe, expect, it } from 'vitest';
import { expectedEnd, redrawDelay, type Pacing } from '../../viz/app/redraw-pacing.js';

const running = (p: Partial<Pacing>): Pacing => ({ running: true, lastStart: 0, lastCost: 100, now: 0, share: 0.05, ...p });

describe('redrawDelay', () => {
  it('keeps redraws to the given share of the time while a run goes', () => {
    // A 100 ms redraw at t = 0 with a 5% share: the next no sooner than t = 2,000 ms.
    expect(redrawDelay(running({ now: 500 }))).toBe(1500);
    expect(redrawDelay(running({ now: 1999 }))).toBe(1);
    expect(redrawDelay(running({ now: 2000 }))).toBe(0);
    expect(redrawDelay(running({ now: 5000 }))).toBe(0);
  });

  it('waits longer after a costlier redraw', () => {
    expect(redrawDelay(running({ lastStart: 1000, lastCost: 200, now: 1200 }))).toBeGreaterThan(
      redrawDelay(running({ lastStart: 1000, lastCost: 100, now: 1200 })),
    );
  });

  it('never waits when no run is going, so the final state is drawn at once', () => {
    expect(redrawDelay(running({ running: false, now: 10, expectedEnd: 20 }))).toBe(0);
  });

  it('does not wait before the first redraw', () => {
    expect(redrawDelay(running({ lastStart: -Infinity, lastCost: 0 }))).toBe(0);
  });

  it('skips a redraw the final draw would replace within one interval, and only that one', () => {
    // Interval 2,000 ms: a redraw allowed at t = 2,000 stays up until t = 4,000 at least.
    expect(redrawDelay(running({ now: 500, expectedEnd: 4001 }))).toBe(1500);
    expect(redrawDelay(running({ now: 500, expectedEnd: 3999 }))).toBe(Infinity);
    expect(redrawDelay(running({ now: 3000, expectedEnd: 5001 }))).toBe(0);
    expect(redrawDelay(running({ now: 3000, expectedEnd: 4999 }))).toBe(Infinity);
  });
});

describe('expectedEnd', () => {
  it('extrapolates the pace so far to the replicates left', () => {
    // 20 of 100 replicates in 1,000 ms: 80 more take 4,000 ms.
    expect(expectedEnd(1000, 20, 100, 1000)).toBe(5000);
    expect(expectedEnd(7000, 100, 100, 5000)).toBe(7000);
  });

  it('cannot tell before the first replicate is done', () => {
    expect(expectedEnd(1000, 0, 100, 1000)).toBeUndefined();
  });
});
