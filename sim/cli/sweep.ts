// `spread sweep SWEEP`: plan and check the sweep, pick the shard, run the missing chunks
// on worker threads into DIR (resuming what is there), and join the tables when whole.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { InputError, type Problem } from '../scenario/errors.js';
import { runSweep } from '../sweep/runner.js';
import { resolveShard } from '../sweep/shard.js';
import { safeName } from './output-dir.js';
import { gitCommit } from './run-info.js';
import { readSweep } from './sweep-input.js';
import { sweepProgress } from './sweep-progress.js';

export interface SweepFlags {
  readonly out?: string;
  readonly workers?: string;
  readonly shard?: string;
  readonly csv?: boolean;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

export interface SweepContext {
  readonly packageRoot: string;
  readonly workerUrl: URL;
  readonly signal: AbortSignal;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

function workersFlag(text: string | undefined, problems: Problem[]): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < 1 || n > 1024) {
    problems.push({ path: '--workers', message: `expected a whole number from 1 to 1024, got ${JSON.stringify(text)}` });
  }
  return n;
}

export async function sweepCommand(file: string, flags: SweepFlags, ctx: SweepContext): Promise<void> {
  const problems: Problem[] = [];
  const workers = workersFlag(flags.workers, problems);
  const shard = resolveShard(flags.shard, ctx.env);
  if (shard && 'message' in shard) problems.push(shard);
  if (problems.length > 0) throw new InputError('', problems);
  const plan = readSweep(file);
  const outDir = flags.out ?? join('out', safeName(plan.sweep.name));
  const quiet = flags.quiet ?? false;
  const chosen = shard && 'index' in shard ? shard : null;
  const label = `spread sweep${chosen ? ` ${chosen.index}/${chosen.count}` : ''}`;
  const progress = sweepProgress(ctx.stderr, quiet, label);
  const started = performance.now();
  try {
    const result = await runSweep({
      plan,
      sweepFile: file,
      outDir,
      shard: chosen,
      workers,
      csv: flags.csv ?? false,
      force: flags.force ?? false,
      workerUrl: ctx.workerUrl,
      gitCommit: gitCommit(ctx.packageRoot),
      signal: ctx.signal,
      onStart: (total, before) => progress.start(total, before),
      onProgress: (done) => progress.update(done),
    });
    progress.stop();
    if (quiet) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const size = `${plan.points.length} points x ${plan.sweep.replicates} replicates x ${plan.strategies.length} strategies`;
    if (result.status === 'already complete') {
      ctx.stderr.write(`spread: ${outDir}/ already holds this sweep, complete (${size}); nothing to do\n`);
      return;
    }
    if (result.startedBy !== undefined) {
      // Same sweep, other code: the rows of the two runs may differ. Say so; --force starts over.
      ctx.stderr.write(`spread: warning: ${outDir}/ was started by commit ${result.startedBy ?? 'unknown'}, resumed by ${gitCommit(ctx.packageRoot) ?? 'unknown'}\n`);
    }
    const what = chosen ? `shard ${chosen.index}/${chosen.count} of ${size}` : size;
    const resumed = result.resumed ? ' (resumed)' : '';
    ctx.stderr.write(`spread: ${what}: ran ${result.replicates} replicates in ${result.chunks} chunks in ${seconds} s${resumed}; wrote ${outDir}/\n`);
    if (chosen) ctx.stderr.write(`spread: when every shard is done: spread merge DIR... --out MERGED\n`);
  } catch (e) {
    progress.stop();
    throw e;
  }
}
