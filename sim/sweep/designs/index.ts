// The design of a sweep: the parameter values of every point, from its kind and size
// (grid, random, Latin hypercube, or Saltelli on a Sobol sequence).
import type { Problem } from '../../scenario/errors.js';
import type { Parameter } from '../parameters.js';
import type { DesignSpec } from '../schema.js';
import { gridPoints } from './grid.js';
import { lhsPoints } from './lhs.js';
import { randomPoints } from './random.js';
import { saltelliBase, saltelliPoints } from './saltelli.js';

export interface DesignPoints {
  /** Parameter values of each point, in the order of the parameters. */
  readonly values: unknown[][];
  /** Sobol designs: the base size N (points come in N blocks of k + 2). */
  readonly base?: number;
}

export function designPoints(
  design: DesignSpec,
  parameters: readonly Parameter[],
  seed: number | string,
): DesignPoints | { problem: Problem } {
  switch (design.kind) {
    case 'grid':
      return gridPoints(parameters, design.levels, design.points);
    case 'random':
      return { values: randomPoints(parameters, design.points, seed) };
    case 'lhs':
      return { values: lhsPoints(parameters, design.points, seed) };
    case 'sobol': {
      const checked = saltelliBase(parameters.length, design.base, design.points);
      if ('problem' in checked) return checked;
      return { values: saltelliPoints(parameters, checked.base, seed, design.scramble), base: checked.base };
    }
  }
}
