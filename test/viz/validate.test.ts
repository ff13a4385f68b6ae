// The app validates with the CLI's loader: every problem, each with its path.
import { describe, expect, it } from 'vitest';
import { quickCheckRaw, quickCheckText } from '../../viz/scenario/quick-check.js';
import { checkRaw, checkText } from '../../viz/scenario/validate.js';
import { DEFAULT_RAW } from './helpers.js';

describe('checkText and checkRaw', () => {
  it('accept the default scenario', () => {
    const c = checkRaw(DEFAULT_RAW, 'default.json');
    expect(c.ok).toBe(true);
  });

  it('name the line and column of malformed JSON', () => {
    const c = checkText('{\n  "name": "x",\n}', 'mine.json');
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.problems).toEqual([{ path: '', message: "line 3, column 1: malformed JSON: unexpected '}': trailing comma" }]);
  });

  it('report every problem of a scenario with its path', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario broken on purpose
    const raw = structuredClone(DEFAULT_RAW) as Record<string, any>;
    raw.replicates = 0;
    raw.intervention.advantage = 20;
    raw.strategies[1].levers[1].start = -3;
    raw.dynamics = { awarenes: {} };
    const c = checkRaw(raw, 'broken.json');
    expect(c.ok).toBe(false);
    if (c.ok) return;
    const paths = c.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['replicates', 'intervention.advantage', 'strategies[1].levers[1].start', 'dynamics.awarenes']),
    );
    expect(c.problems.find((p) => p.path === 'intervention.advantage')!.message).toBe('expected a number <= 10, got 20');
  });
});

describe('quickCheckRaw and quickCheckText (the main thread half)', () => {
  it('report schema problems exactly as the full check does', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario broken on purpose
    const raw = structuredClone(DEFAULT_RAW) as Record<string, any>;
    raw.replicates = 0;
    raw.intervention.advantage = 20;
    const quick = quickCheckRaw(raw);
    const full = checkRaw(raw, 'x');
    expect(quick.ok).toBe(false);
    expect(full.ok).toBe(false);
    if (!quick.ok && !full.ok) expect(quick.problems).toEqual(full.problems);
    const text = quickCheckText('{"name": 1,}');
    expect(text.ok).toBe(false);
  });

  it('leave to the worker what only the built system shows (a region that does not exist)', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario broken on purpose
    const raw = structuredClone(DEFAULT_RAW) as Record<string, any>;
    raw.strategies[0].levers[1].targets = { region: 'Atlantis' };
    expect(quickCheckRaw(raw).ok).toBe(true);
    const full = checkRaw(raw, 'x');
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.problems[0].path).toBe('strategies[0].levers[1].targets.region');
  });
});
