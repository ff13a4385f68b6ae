// Dragging levers on the timeline: moves keep the length, edges keep start before end,
// everything snaps to steps and stays inside the horizon.
import { describe, expect, it } from 'vitest';
import { dragLever, dragMode } from '../../viz/controls/timeline-drag.js';

describe('dragLever', () => {
  it('moves a lever, keeping its length, snapped to the step and inside [0, horizon]', () => {
    expect(dragLever({ start: 10, end: 50 }, 'move', 7.4, 260, 1)).toEqual({ start: 17, end: 57 });
    expect(dragLever({ start: 10, end: 50 }, 'move', -30, 260, 1)).toEqual({ start: 0, end: 40 });
    expect(dragLever({ start: 10, end: 50 }, 'move', 500, 260, 1)).toEqual({ start: 220, end: 260 });
    expect(dragLever({ start: 10, end: null }, 'move', 5, 260, 1)).toEqual({ start: 15, end: null });
    expect(dragLever({ start: 0.5, end: 2 }, 'move', 0.26, 10, 0.25)).toEqual({ start: 0.75, end: 2.25 });
  });

  it('moves one edge without crossing the other', () => {
    expect(dragLever({ start: 10, end: 50 }, 'start', 100, 260, 1)).toEqual({ start: 49, end: 50 });
    expect(dragLever({ start: 10, end: 50 }, 'end', -100, 260, 1)).toEqual({ start: 10, end: 11 });
    expect(dragLever({ start: 10, end: 50 }, 'end', 300, 260, 1)).toEqual({ start: 10, end: 260 });
    expect(dragLever({ start: 10, end: null }, 'end', -60, 260, 1)).toEqual({ start: 10, end: 200 });
  });
});

describe('dragMode', () => {
  it('grabs an edge near it and the body elsewhere', () => {
    expect(dragMode(102, 100, 200)).toBe('start');
    expect(dragMode(197, 100, 200)).toBe('end');
    expect(dragMode(150, 100, 200)).toBe('move');
    // A short bar splits in thirds.
    expect(dragMode(101, 100, 112)).toBe('start');
    expect(dragMode(106, 100, 112)).toBe('move');
  });
});
