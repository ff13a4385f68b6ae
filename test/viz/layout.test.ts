// The network layout: every unit inside its region's disc, discs apart, and units
// next to each other in index order placed close together.
import { describe, expect, it } from 'vitest';
import { regionLayout, UnitFinder } from '../../viz/network/layout.js';

describe('regionLayout', () => {
  const n = 1000;
  const region = new Uint16Array(n).map((_, i) => (i < 400 ? 0 : i < 700 ? 1 : i < 850 ? 2 : 3));
  const layout = regionLayout(region, ['A', 'B', 'C', 'D'], 800, 500);

  it('puts every unit inside its region disc, and the discs do not overlap', () => {
    for (let i = 0; i < n; i++) {
      const d = layout.regions[region[i]];
      expect(Math.hypot(layout.x[i] - d.cx, layout.y[i] - d.cy)).toBeLessThanOrEqual(d.r + 1e-9);
    }
    const [a, b, c] = layout.regions;
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
    expect(Math.hypot(a.cx - c.cx, a.cy - c.cy)).toBeGreaterThan(a.r + c.r);
    expect(a.count).toBe(400);
    // Area in proportion to units.
    expect((b.r / a.r) ** 2).toBeCloseTo(300 / 400, 6);
  });

  it('places consecutive units close together', () => {
    const gaps: number[] = [];
    for (let i = 1; i < 400; i++) gaps.push(Math.hypot(layout.x[i] - layout.x[i - 1], layout.y[i] - layout.y[i - 1]));
    const spacing = layout.regions[0].r * Math.sqrt(Math.PI / 400);
    expect(Math.max(...gaps.slice(5))).toBeLessThan(1.5 * spacing);
  });

  it('finds the unit under the pointer', () => {
    const finder = new UnitFinder(layout);
    expect(finder.nearest(layout.x[123] + 0.5, layout.y[123], 3)).toBe(123);
    expect(finder.nearest(-50, -50, 3)).toBe(-1);
  });
});
