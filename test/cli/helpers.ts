// Spawns the built CLI (dist/cli.js, built by `npm run build:cli`, which `pretest` runs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
export const fixture = (name: string) => join(ROOT, 'test', 'cli', 'fixtures', name);

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build:cli\` first (npm test does)`);
}

/** Run `node dist/cli.js ...args` to completion. */
export function spread(args: readonly string[], cwd = ROOT): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI without waiting, for interrupt tests. */
export function spreadAsync(args: readonly string[], cwd = ROOT) {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh temporary directory; removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'spread-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const read = (path: string) => readFileSync(path, 'utf8');
export const lines = (path: string) => read(path).trimEnd().split('\n');
export const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
