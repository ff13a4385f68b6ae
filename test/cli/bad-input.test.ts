// Bad input: one line per problem naming the field, exit status 2, no stack trace,
// and no output directory (nor a staging directory) left behind. Interrupts too.
import { existsSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entries, fixture, spread, spreadAsync, tempDir } from './helpers.js';

const TINY = fixture('tiny.json');

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
beforeAll(assertBuilt);

function expectRejected(args: string[], ...expected: (string | RegExp)[]) {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const out = join(t.dir, 'out');
  const r = spread([...args, '--out', out]);
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^spread: /);
  for (const e of expected) expect(r.stderr).toMatch(e);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout).toBe('');
  expect(entries(t.dir)).toEqual([]); // no output directory, no staging directory
  return lines;
}

describe('bad input exits 2 and writes nothing', () => {
  it('a scenario failing validation: one line per problem', () => {
    const lines = expectRejected(['run', fixture('bad-values.json')]);
    expect(lines).toEqual([
      `spread: ${fixture('bad-values.json')}: time.steps: expected a number >= 1, got 0`,
      `spread: ${fixture('bad-values.json')}: strategies[1].levers[0].start: expected a number >= 0, got -3`,
    ]);
  });

  it('malformed JSON: line and column', () => {
    expectRejected(['run', fixture('malformed.json')], /malformed\.json: line 6, column 5: malformed JSON/);
  });

  it('a missing file', () => {
    expectRejected(['run', fixture('no-such.json')], /no-such\.json: cannot read the file: it does not exist/);
  });

  it('an unreadable file', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'secret.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o000);
    const r = spread(['run', file, '--out', join(t.dir, 'out')]);
    if (process.getuid?.() === 0) {
      // root reads anything: the file is then just an invalid (empty) scenario.
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('name: required');
    } else {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('cannot read the file: permission denied');
    }
    expect(existsSync(join(t.dir, 'out'))).toBe(false);
  });

  it('an unknown --set path', () => {
    expectRejected(
      ['run', TINY, '--set', 'dynamics.adoption.bse=0.1'],
      /dynamics\.adoption\.bse: unknown path in --set: dynamics\.adoption has no field 'bse'/,
    );
  });

  it('a value out of range', () => {
    expectRejected(['run', TINY, '--set', 'dynamics.awareness.external=1.5'], /dynamics\.awareness\.external: expected a number <= 1, got 1\.5/);
  });

  it('a malformed --set', () => {
    expectRejected(['run', TINY, '--set', 'seed'], /seed: --set seed: expected path=value/);
  });

  it.each([
    [['--reps', '0'], /^spread: --reps: expected a whole number from 1 to 1000000, got "0"$/m],
    [['--reps', '2.5'], /--reps: expected a whole number/],
    [['--workers', '0'], /--workers: expected a whole number from 1 to 1024, got "0"/],
    [['--steps', '-1'], /--steps: expected a whole number/],
    [['--seed', ''], /--seed: expected an integer or a word/],
    [['--bogus'], /^spread: unknown option '--bogus'/m],
  ])('bad flags %j', (flags, message) => {
    expectRejected(['run', TINY, ...flags], message);
  });

  it('a missing scenario argument', () => {
    expectRejected(['run'], /missing required argument 'scenario'/);
  });
});

describe('interrupted runs', () => {
  it('leave no output directory', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const out = join(t.dir, 'out');
    mkdirSync(t.dir, { recursive: true });
    const child = spreadAsync(['run', TINY, '--reps', '400', '--steps', '2000', '--out', out, '--quiet']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the run has started writing (its staging directory exists), then interrupt.
    for (let i = 0; i < 200 && !entries(t.dir).some((e) => e.includes('.partial-')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(entries(t.dir).some((e) => e.includes('.partial-'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted; no output written');
    expect(entries(t.dir)).toEqual([]);
  });
});
