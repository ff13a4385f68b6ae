// Planning a sweep: every kind of bad input is one problem naming the field at fault
// (the sweep's, or the base scenario file's own), and good sweeps resolve fully.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../sim/scenario/errors.js';
import { defaultChunkPoints, planSweep, pointScenario } from '../../sim/sweep/plan.js';

const TINY = JSON.parse(readFileSync('test/sweep/fixtures/tiny.json', 'utf8'));

function sweep(over: Record<string, unknown> = {}) {
  return {
    name: 's',
    base: TINY,
    parameters: [{ path: 'intervention.advantage', min: 0.5, max: 2 }],
    design: { kind: 'lhs', points: 8 },
    replicates: 2,
    ...over,
  };
}

const noFiles = () => {
  throw new Error('no files here');
};

/** The problems planning reports, as `source: path: message` lines. */
function problems(value: unknown, readBase = noFiles as (p: string) => { text: string; source: string }): string[] {
  try {
    planSweep(JSON.stringify(value), 'sweep.json', readBase);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${e.source}: ${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('planSweep: bad input names the field', () => {
  it.each([
    ['an unknown path', { parameters: [{ path: 'dynamics.awarenes.external', min: 0, max: 1 }] }, /^sweep\.json: parameters\[0\]\.path: dynamics\.awarenes\.external: unknown path: dynamics has no field 'awarenes'/],
    ['an empty range', { parameters: [{ path: 'intervention.advantage', min: 1, max: 1 }] }, /^sweep\.json: parameters\[0\]\.max: empty range: max \(1\) must be above min \(1\)$/],
    ['a reversed range', { parameters: [{ path: 'intervention.advantage', min: 2, max: 1 }] }, /parameters\[0\]\.max: empty range/],
    ['no whole number in an integer range', { parameters: [{ path: 'time.steps', min: 10.2, max: 10.8, integer: true }] }, /parameters\[0\]\.max: empty range: no whole number/],
    ['an empty values list', { parameters: [{ path: 'intervention.complexity', values: [] }] }, /parameters\[0\]\.values: expected at least 1 item/],
    ['half a range', { parameters: [{ path: 'intervention.advantage', min: 1 }] }, /parameters\[0\]\.max: required/],
    ['neither range nor values', { parameters: [{ path: 'intervention.advantage' }] }, /parameters\[0\]: required: a range/],
    ['a log scale from 0', { parameters: [{ path: 'intervention.advantage', min: 0, max: 1, scale: 'log' }] }, /parameters\[0\]\.min: a log scale needs min > 0/],
    ['a range out of the field\'s bounds', { parameters: [{ path: 'dynamics.awareness.external', min: 0.5, max: 1.5 }] }, /parameters\[0\]: dynamics\.awareness\.external=1\.\d+ \(point \d\) is not a valid value: expected a number <= 1/],
    ['values the field does not take', { parameters: [{ path: 'intervention.complexity', values: ['simple', 'baroque'] }] }, /parameters\[0\]: intervention\.complexity="baroque" \(point \d\) is not a valid value/],
    ['the same column twice', { parameters: [{ path: 'intervention.advantage', min: 1, max: 2 }, { path: 'intervention.cost', name: 'intervention.advantage', min: 1, max: 2 }] }, /parameters\[1\]\.name: duplicate column name/],
    ['a reserved column name', { parameters: [{ path: 'intervention.advantage', name: 'rep', min: 1, max: 2 }] }, /parameters\[0\]\.name: 'rep' is a column of the outputs already/],
    ['the same path twice', { parameters: [{ path: 'intervention.advantage', min: 1, max: 2 }, { path: 'intervention.advantage', name: 'b', min: 1, max: 2 }] }, /parameters\[1\]\.path: intervention\.advantage is also varied by parameters\[0\]/],
    ['sweeping the seed', { parameters: [{ path: 'seed', values: [1, 2] }] }, /parameters\[0\]\.path: 'seed' cannot be swept: use the sweep's "seeds": "perPoint"/],
    ['an unknown design', { design: { kind: 'morris', points: 4 } }, /design\.kind: expected one of 'grid' \| 'random' \| 'lhs' \| 'sobol'/],
    ['sobol points that are not N x (k + 2)', { design: { kind: 'sobol', points: 30 } }, /design\.points: a sobol design of 1 parameters has N x 3 points/],
    ['a sobol base that is not a power of 2', { design: { kind: 'sobol', base: 12 } }, /design\.base: expected a power of 2/],
    ['a grid of the wrong size', { design: { kind: 'grid', levels: 4, points: 5 } }, /design\.points: a grid of 4 levels has 4 points, not 5/],
    ['too few LHS points', { design: { kind: 'lhs', points: 1 } }, /design\.points: expected a number >= 2/],
    ['zero replicates', { replicates: 0 }, /replicates: expected a number >= 1/],
    ['an unknown field', { replicate: 3 }, /sweep\.json: replicate: unknown field/],
    ['a bad set', { set: ['dynamics.nope=1'] }, /set\[0\]: dynamics\.nope: unknown path: dynamics has no field 'nope'/],
    ['a set that breaks the base', { set: ['time.steps=-1'] }, /set: the base scenario after these changes is invalid: time\.steps: expected a number >= 1/],
    ['an invalid inline base', { base: { ...TINY, replicates: -1 } }, /sweep\.json: base\.replicates: expected a number >= 1/],
    ['no parameters', { parameters: [] }, /parameters: expected at least 1 item/],
  ])('%s', (_what, over, pattern) => {
    const found = problems(sweep(over));
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.some((line) => pattern.test(line)), found.join('\n')).toBe(true);
  });

  it("reports a bad base file's problems with the base file's name", () => {
    const found = problems(sweep({ base: 'bad.json' }), () => ({ text: JSON.stringify({ ...TINY, seed: [] }), source: 'scenarios/bad.json' }));
    expect(found).toContainEqual(expect.stringMatching(/^scenarios\/bad\.json: seed: expected/));
  });

  it('names the point and field when a combination of values is invalid', () => {
    // dt 1 with a fitLearning rate above 1 breaks the scenario's rate x dt rule, at some points only.
    const found = problems(sweep({ parameters: [{ path: 'dynamics.implementation.fitLearning', min: 0.5, max: 1.5 }] }));
    expect(found.some((l) => /parameters\[0\]: dynamics\.implementation\.fitLearning=1\.\d+ \(point \d+\) is not a valid value: rate/.test(l)), found.join('\n')).toBe(true);
    expect(found.at(-1)).toMatch(/parameters: \d of 8 points give an invalid scenario: narrow the ranges/);
  });
});

describe('planSweep: good sweeps', () => {
  it('resolves points, chunks and each point\'s scenario (values set at every path, the sweep\'s seed and replicates)', () => {
    const plan = planSweep(
      JSON.stringify(
        sweep({
          parameters: [
            { path: ['strategies[0].levers[0].targets.k', 'intervention.cost'], name: 'k_and_cost', min: 1, max: 5, integer: true },
            { path: 'intervention.complexity', values: ['simple', 'complex'] },
          ],
          design: { kind: 'grid' },
          seed: 'abc',
        }),
      ),
      'sweep.json',
      noFiles,
    );
    expect(plan.points).toHaveLength(10);
    expect(plan.strategies).toEqual(['champions', 'mandate, then stop']);
    expect(plan.chunkPoints).toBe(defaultChunkPoints(10, 2));
    expect(plan.chunkCount).toBe(Math.ceil(10 / plan.chunkPoints));
    const s = pointScenario(plan, 9);
    expect('scenario' in s).toBe(true);
    if ('scenario' in s) {
      expect(s.scenario.intervention.cost).toBe(5);
      expect((s.scenario.strategies[0].levers[0] as { targets: { k: number } }).targets.k).toBe(5);
      expect(s.scenario.intervention.complexity).toBe('complex');
      expect(s.scenario.seed).toBe('abc');
      expect(s.scenario.replicates).toBe(2);
    }
  });

  it('gives each point its own seed with seeds: perPoint', () => {
    const plan = planSweep(JSON.stringify(sweep({ seeds: 'perPoint', seed: 4 })), 'sweep.json', noFiles);
    const seeds = [0, 1].map((p) => {
      const s = pointScenario(plan, p);
      return 'scenario' in s ? s.scenario.seed : undefined;
    });
    expect(seeds).toEqual(['4/point-0', '4/point-1']);
  });

  it.each(readdirSync('scenarios/sweeps').filter((f) => f.endsWith('.json')))('scenarios/sweeps/%s plans without problems', (file) => {
    const path = join('scenarios/sweeps', file);
    const plan = planSweep(readFileSync(path, 'utf8'), path, (p) => {
      const full = resolve(dirname(path), p);
      return { text: readFileSync(full, 'utf8'), source: full };
    });
    expect(plan.points.length).toBeGreaterThan(0);
  });
});
