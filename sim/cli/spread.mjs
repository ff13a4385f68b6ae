#!/usr/bin/env node
// The `spread` command: runs the CLI bundle that `npm install` builds into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('spread: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first\n');
  process.exit(2);
}
await import(bundle.href);
