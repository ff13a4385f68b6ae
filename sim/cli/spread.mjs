#!/usr/bin/env node
// The `spread` command: runs the CLI bundle that `npm install` builds into dist/.
//
// --single-threaded-gc: replicate workers keep every core busy, so V8's collector
// helper threads could only run by taking time from another worker (measured: ~7%
// more CPU per unit-step on 2 cores); each isolate collects on its own thread
// instead. It moves where collection runs, never what a run computes. V8 takes it
// only at start-up (set from code, it aborts the process), and `env -S` in the first
// line is missing on busybox and older coreutils, so without it node starts again
// with it, passing signals on and handing back the exit status.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FLAG = '--single-threaded-gc';
const bundle = new URL('../../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('spread: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first\n');
  process.exit(2);
}

if (process.execArgv.includes(FLAG)) {
  await import(bundle.href);
} else {
  const args = [...process.execArgv, FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`spread: could not start node: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      // End the way the command did, so shells and schedulers see the same signal.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}
