// Full factorial grid: every combination of the parameters' levels, the last
// parameter varying fastest (like nested loops in the order the parameters are listed).
import type { Problem } from '../../scenario/errors.js';
import type { Parameter } from '../parameters.js';

export const MAX_POINTS = 10_000_000;

export function gridPoints(
  parameters: readonly Parameter[],
  defaultLevels: number,
  expected: number | undefined,
): { values: unknown[][] } | { problem: Problem } {
  const levels = parameters.map((p) => p.gridLevels(defaultLevels));
  const count = levels.reduce((n, l) => n * l.length, 1);
  const sizes = levels.map((l) => l.length).join(' x ');
  if (expected !== undefined && expected !== count) {
    return { problem: { path: 'design.points', message: `a grid of ${sizes} levels has ${count} points, not ${expected}` } };
  }
  if (count > MAX_POINTS) {
    return { problem: { path: 'design.levels', message: `a grid of ${sizes} levels has ${count} points, more than ${MAX_POINTS}` } };
  }
  const values: unknown[][] = [];
  const index = new Array(levels.length).fill(0);
  for (let p = 0; p < count; p++) {
    values.push(index.map((i, k) => levels[k][i]));
    for (let k = levels.length - 1; k >= 0; k--) {
      index[k] += 1;
      if (index[k] < levels[k].length) break;
      index[k] = 0;
    }
  }
  return { values };
}
