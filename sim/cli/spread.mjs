#!/usr/bin/env -S node --single-threaded-gc
// The `spread` command: runs the CLI bundle that `npm install` builds into dist/.
//
// --single-threaded-gc: replicate workers keep every core busy, so V8's collector
// helper threads could only run by taking time from another worker (measured: ~7%
// more CPU per unit-step on 2 cores); each isolate collects on its own thread
// instead. It moves where collection runs, never what a run computes. (V8 takes it
// only at start-up: set later, from code, it crashes the process.)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('spread: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first\n');
  process.exit(2);
}
await import(bundle.href);
