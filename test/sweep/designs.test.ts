// Sampling designs: Latin hypercube strata, grid order and size, random draws per point,
// and Saltelli's A / AB_i / B structure, each checked exactly.
import { describe, expect, it } from 'vitest';
import { gridPoints } from '../../sim/sweep/designs/grid.js';
import { lhsUnits, permutation } from '../../sim/sweep/designs/lhs.js';
import { randomPoints } from '../../sim/sweep/designs/random.js';
import { saltelliBase, saltelliUnits } from '../../sim/sweep/designs/saltelli.js';
import { stream } from '../../sim/random/rng.js';
import { resolveParameters, type Parameter } from '../../sim/sweep/parameters.js';
import { ParameterSchema } from '../../sim/sweep/schema.js';

const BASE = { name: 'x', system: { network: { kind: 'complete', n: 5 } }, strategies: [{ name: 's' }] };

function params(...specs: object[]): Parameter[] {
  const r = resolveParameters(specs.map((s) => ParameterSchema.parse(s)), BASE);
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r.parameters;
}

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    const n = 97;
    const k = 5;
    const u = lhsUnits(n, k, 'seed');
    for (let d = 0; d < k; d++) {
      const strata = Array.from({ length: n }, (_, p) => Math.floor(u[p * k + d] * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('draws uniform permutations (every ordering of 3 items about equally often)', () => {
    const random = stream(1, 'perm-test');
    const counts = new Map<string, number>();
    const draws = 6000;
    for (let i = 0; i < draws; i++) {
      const key = Array.from(permutation(3, random)).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Each count is Binomial(6000, 1/6): sd = 28.9; 5 sd either side.
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(5 * Math.sqrt(draws * (1 / 6) * (5 / 6)));
  });
});

describe('grid', () => {
  it('lists every combination, the last parameter fastest, with ranges at evenly spaced levels', () => {
    const p = params(
      { path: 'intervention.advantage', min: 1, max: 2 },
      { path: 'intervention.complexity', values: ['simple', 'complex'] },
    );
    const g = gridPoints(p, 3, undefined);
    expect(g).toEqual({
      values: [
        [1, 'simple'],
        [1, 'complex'],
        [1.5, 'simple'],
        [1.5, 'complex'],
        [2, 'simple'],
        [2, 'complex'],
      ],
    });
  });

  it('takes log levels geometrically and integer levels as whole numbers', () => {
    const p = params(
      { path: 'dynamics.awareness.external', min: 0.001, max: 0.1, scale: 'log', levels: 3 },
      { path: 'time.steps', min: 10, max: 12, integer: true, levels: 5 },
    );
    const g = gridPoints(p, 4, undefined) as { values: number[][] };
    expect(g.values.map((v) => v[1])).toEqual([10, 11, 12, 10, 11, 12, 10, 11, 12]);
    expect(g.values[3][0]).toBeCloseTo(0.01, 12);
  });

  it('reports a points count that the levels do not give', () => {
    const p = params({ path: 'intervention.advantage', min: 1, max: 2 }, { path: 'intervention.cost', min: 0, max: 5 });
    expect(gridPoints(p, 3, 10)).toEqual({ problem: { path: 'design.points', message: 'a grid of 3 x 3 levels has 9 points, not 10' } });
  });
});

describe('random', () => {
  it("draws each point from its own stream: the first points don't depend on how many there are", () => {
    const p = params({ path: 'intervention.advantage', min: 1, max: 2 }, { path: 'intervention.cost', min: 0, max: 5 });
    const few = randomPoints(p, 3, 9);
    const many = randomPoints(p, 50, 9);
    expect(many.slice(0, 3)).toEqual(few);
    for (const [a, c] of many) {
      expect(a).toBeGreaterThanOrEqual(1);
      expect(a).toBeLessThan(2);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(5);
    }
  });

  it('maps unit draws to integers and value lists with equal chances', () => {
    const p = params({ path: 'time.steps', min: 1, max: 3, integer: true }, { path: 'intervention.complexity', values: ['simple', 'complicated', 'complex'] });
    const points = randomPoints(p, 3000, 4);
    for (const k of [0, 1]) {
      const counts = new Map<unknown, number>();
      for (const v of points) counts.set(v[k], (counts.get(v[k]) ?? 0) + 1);
      expect(counts.size).toBe(3);
      // Binomial(3000, 1/3): sd 25.8; 5 sd.
      for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(5 * Math.sqrt(3000 * (1 / 3) * (2 / 3)));
    }
  });
});

describe('Saltelli', () => {
  it('lays out A_j, AB_j^1..AB_j^k, B_j with AB_j^i equal to A_j except column i from B_j', () => {
    const k = 4;
    const n = 16;
    const u = saltelliUnits(k, n, 3, true);
    expect(u.length).toBe(n * (k + 2) * k);
    const row = (j: number, r: number) => Array.from(u.subarray((j * (k + 2) + r) * k, (j * (k + 2) + r + 1) * k));
    for (let j = 0; j < n; j++) {
      const a = row(j, 0);
      const b = row(j, k + 1);
      for (let i = 0; i < k; i++) {
        const expected = [...a];
        expected[i] = b[i];
        expect(row(j, 1 + i)).toEqual(expected);
      }
      // A and B are different columns of one Sobol' sequence
      expect(a).not.toEqual(b);
    }
  });

  it('accepts a base that is a power of 2, or points equal to N x (k + 2), and explains anything else', () => {
    expect(saltelliBase(3, 64, undefined)).toEqual({ base: 64 });
    expect(saltelliBase(3, undefined, 320)).toEqual({ base: 64 });
    expect(saltelliBase(3, 48, undefined)).toMatchObject({ problem: { path: 'design.base', message: expect.stringContaining('power of 2') } });
    expect(saltelliBase(3, undefined, 1000)).toEqual({
      problem: {
        path: 'design.points',
        message: 'a sobol design of 3 parameters has N x 5 points with N a power of 2; 1000 is not one (nearest: 640 (base 128) or 1280 (base 256))',
      },
    });
    expect(saltelliBase(3, 64, 300)).toMatchObject({ problem: { path: 'design.points' } });
    expect(saltelliBase(3, undefined, undefined)).toMatchObject({ problem: { path: 'design.base', message: expect.stringMatching(/^required/) } });
  });
});
