// The `spread` command line: run a scenario headless, validate one, print the schema.
// Bad input exits 2 with `spread: <file>: <path>: <problem>` lines; a bug exits 1.
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { AbortError } from '../headless/pool.js';
import { formatInputError, InputError } from '../scenario/errors.js';
import { ScenarioSchema } from '../scenario/schema.js';
import { version } from '../../package.json';
import type { RunFlags } from './flags.js';
import { readScenario } from './read-scenario.js';
import { runCommand } from './run.js';
import { sweepCommand, type SweepFlags } from './sweep.js';
import { mergeCommand, type MergeFlags } from './merge.js';
import { analyzeCommand, type AnalyzeFlags } from './analyze.js';
import { registerConvertCommands } from './convert-commands.js';
import { registerFitCommands } from './fit-commands.js';
import { SweepSchema } from '../sweep/schema.js';

/** Exit statuses. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

// The bundle lives in dist/: the worker is its sibling, the package root its parent.
const workerFile = './replicate-worker.js';
const workerUrl = new URL(workerFile, import.meta.url);
const sweepWorkerUrl = new URL('./sweep-worker.js', import.meta.url);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function program(signal: AbortSignal): Command {
  const cli = new Command('spread')
    .description('Simulate how an improvement spreads, scales and is sustained across a health system')
    .version(version)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`spread: ${text.replace(/^error: /, '')}`) })
    .showSuggestionAfterError();

  cli
    .command('run')
    .description('Run a scenario headless and write its tables to DIR')
    .argument('<scenario>', 'scenario JSON file')
    .option('--reps <n>', 'replicates (overrides the scenario\'s "replicates")')
    .option('--seed <seed>', 'seed of every random stream (an integer or a word; overrides "seed")')
    .option('--workers <w>', 'worker threads (default: all cores)')
    .option('--steps <t>', 'steps to simulate (overrides "time.steps")')
    .option('--set <path=value>', 'override a scenario field before validation; repeatable, e.g. --set dynamics.awareness.external=0.01', collect)
    .option('--out <dir>', 'output directory (default: out/<scenario name>)')
    .option('--force', 'replace DIR if it exists and is not empty')
    .option('--quiet', 'print nothing but errors (no progress bar, no table)')
    .action(async (file: string, options: RunFlags) => {
      await runCommand(file, options, {
        packageRoot,
        workerUrl,
        signal,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  cli
    .command('validate')
    .description('Check a scenario file (with any overrides) and exit 0 if it is valid, 2 if not')
    .argument('<scenario>', 'scenario JSON file')
    .option('--set <path=value>', 'override a scenario field before validation; repeatable', collect)
    .action(async (file: string, options: { set?: string[] }) => {
      const { scenario } = await readScenario(file, options.set ?? [], []);
      const t = scenario.time;
      process.stdout.write(
        `${file}: valid: "${scenario.name}", ${scenario.strategies.length} strategies, ` +
          `${t.steps} steps of ${t.dt} ${t.unit}, ${scenario.replicates} replicates\n`,
      );
    });

  cli
    .command('schema')
    .description("Print the scenario format as JSON Schema (for editors: save it as scenarios/schema.json)")
    .option('--sweep', 'print the sweep file format instead (scenarios/sweep.schema.json)')
    .action((options: { sweep?: boolean }) => {
      const schema = options.sweep ? SweepSchema : ScenarioSchema;
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`);
    });

  cli
    .command('sweep')
    .description('Run a parameter sweep (or one shard of it) into DIR; run it again to resume')
    .argument('<sweep>', 'sweep JSON file')
    .option('--out <dir>', 'output directory (default: out/<sweep name>)')
    .option('--workers <w>', 'worker threads (default: all cores)')
    .option('--shard <i/n>', 'run the i-th of n slices (default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX/SPREAD_SHARD_COUNT)')
    .option('--csv', 'also write the tables as CSV')
    .option('--force', 'start over: replace DIR whatever it holds')
    .option('--quiet', 'print nothing but errors')
    .action(async (file: string, options: SweepFlags) => {
      await sweepCommand(file, options, {
        packageRoot,
        workerUrl: sweepWorkerUrl,
        signal,
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
      });
    });

  cli
    .command('merge')
    .description('Join the shard directories of one sweep into the whole sweep, checking every point is present once')
    .argument('<dirs...>', 'shard output directories (of spread sweep --shard, or of a job array)')
    .option('--out <dir>', 'directory to write the merged sweep to (required)')
    .option('--csv', 'also write the tables as CSV')
    .option('--force', 'replace --out if it exists and is not empty')
    .option('--quiet', 'print nothing but errors')
    .action(async (dirs: string[], options: MergeFlags) => {
      await mergeCommand(dirs, options, process.stderr);
    });

  cli
    .command('analyze')
    .description("Analyse a finished sweep: Sobol' indices (sobol designs), PRCC (lhs, random), main effects; prints the parameters that matter most")
    .argument('<dir>', 'directory of a finished sweep (spread sweep, or spread merge)')
    .option('--output <name>', 'output to analyse (a runs column, e.g. sustained_share); repeatable or comma-separated; default: in_use_share_at_horizon, sustained_share, cumulative_benefit', collect)
    .option('--strategy <name>', 'strategy to analyse; repeatable (default: all)', collect)
    .option('--bootstrap <b>', "bootstrap resamples for the Sobol' intervals (default 1000)")
    .option('--confidence <c>', 'confidence level of the intervals (default 0.95)')
    .option('--seed <seed>', "seed of the bootstrap (default: the sweep's seed)")
    .option('--out <dir>', 'where to write the tables and charts (default: DIR/analysis, replaced each time)')
    .option('--force', 'replace --out if it exists and is not empty')
    .option('--quiet', 'print nothing but errors')
    .action(async (dir: string, options: AnalyzeFlags) => {
      await analyzeCommand(dir, options, process.stdout, process.stderr);
    });

  registerConvertCommands(cli);
  registerFitCommands(cli, {
    packageRoot,
    workerUrl: new URL('./fit-worker.js', import.meta.url),
    signal,
    stdout: process.stdout,
    stderr: process.stderr,
  });

  return cli;
}

/** Run the CLI; resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    signalled = sig;
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await program(controller.signal).parseAsync([...argv]);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors (already printed by commander) are bad input.
      return e.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (e instanceof InputError) {
      for (const line of formatInputError(e)) process.stderr.write(`${line}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof AbortError || signalled) {
      // A sweep keeps what it wrote (to resume) and says so.
      const note = (e as { interruptNote?: string } | undefined)?.interruptNote ?? 'interrupted; no output written';
      process.stderr.write(`spread: ${note}\n`);
      return signalled === 'SIGTERM' ? 143 : 130;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    if (process.env.DEBUG === '1') process.stderr.write(`spread: internal error: ${error.stack ?? error.message}\n`);
    else process.stderr.write(`spread: internal error: ${error.message} (DEBUG=1 prints the stack)\n`);
    return EXIT_INTERNAL;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

// `spread schema | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv);
