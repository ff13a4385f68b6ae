// The `spread` launcher (sim/cli/spread.mjs): started without --single-threaded-gc it
// runs node again with it; the exit status and signals must pass through unchanged.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, assertBuilt, fixture, tempDir } from './helpers.js';

const LAUNCHER = join(ROOT, 'sim', 'cli', 'spread.mjs');
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const launch = (args: string[]) => spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('spread launcher', () => {
  assertBuilt();

  it('runs the CLI and hands back its exit status', () => {
    const ok = launch(['--version']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = launch(['validate', 'no-such-file.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no-such-file.json');
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('passes a termination on to the run, which leaves no output, and ends by the same signal', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    mkdirSync(t.dir, { recursive: true });
    const out = join(t.dir, 'out');
    const child = spawn(process.execPath, [LAUNCHER, 'run', fixture('tiny.json'), '--reps', '400', '--steps', '2000', '--out', out, '--quiet'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    for (let i = 0; i < 400 && !readdirSync(t.dir).some((e) => e.includes('.partial-')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(readdirSync(t.dir).some((e) => e.includes('.partial-'))).toBe(true);
    child.kill('SIGTERM');
    const { code, signal } = await ended;
    expect(signal === 'SIGTERM' || code === 143).toBe(true);
    expect(stderr).toContain('interrupted; no output written');
    expect(readdirSync(t.dir)).toEqual([]);
  });
});
