// `npm run figures`: regenerates docs/figures/*.svg from real runs of the scenario library.
// Built into dist/figures.js; usage: node dist/figures.js [--reps N] [figure names...].
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../sim/scenario/load.js';
import { FIGURES } from './figure-list.js';

/** Replicates per ensemble, as in the pattern tests. */
const DEFAULT_REPS = 200;

const root = fileURLToPath(new URL('..', import.meta.url));
// The bundle lives in dist/ beside the replicate worker.
const workerUrl = new URL('./replicate-worker.js', import.meta.url);

function parseArgs(argv: string[]): { reps: number; names: string[] } {
  const names: string[] = [];
  let reps = DEFAULT_REPS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') {
      reps = Number(argv[++i]);
      if (!Number.isInteger(reps) || reps < 2) throw new Error(`figures: --reps: expected a whole number of at least 2, got ${argv[i]}`);
    } else names.push(argv[i]);
  }
  const unknown = names.filter((n) => !FIGURES.some((f) => f.name === n));
  if (unknown.length > 0) throw new Error(`figures: no figure named ${unknown.join(', ')} (known: ${FIGURES.map((f) => f.name).join(', ')})`);
  return { reps, names };
}

async function main() {
  const { reps, names } = parseArgs(process.argv.slice(2));
  const out = join(root, 'docs', 'figures');
  mkdirSync(out, { recursive: true });
  const ctx = {
    load(name: string, sets: readonly string[] = []) {
      const file = join(root, 'scenarios', `${name}.json`);
      return loadScenario(readFileSync(file, 'utf8'), `scenarios/${name}.json`, sets).scenario;
    },
    options: { workerUrl, reps },
  };
  for (const job of FIGURES) {
    if (names.length > 0 && !names.includes(job.name)) continue;
    const started = performance.now();
    const svg = await job.make(ctx);
    writeFileSync(join(out, `${job.name}.svg`), svg);
    process.stdout.write(`docs/figures/${job.name}.svg (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
