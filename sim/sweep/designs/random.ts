// Independent uniform draws: point p's coordinates come from its own seeded stream, so
// any point can be drawn without the others.
import { stream } from '../../random/rng.js';
import type { Parameter } from '../parameters.js';

export function randomPoints(parameters: readonly Parameter[], count: number, seed: number | string): unknown[][] {
  const values: unknown[][] = [];
  for (let p = 0; p < count; p++) {
    const u = stream(seed, 'sweep-design', 'random', p);
    values.push(parameters.map((param) => param.fromUnit(u())));
  }
  return values;
}
