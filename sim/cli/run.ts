// `spread run`: validate, run replicates on worker threads, stream the tables to a
// staged directory, summarise, and move the directory into place when complete.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { runPool } from '../headless/pool.js';
import { summaryCsv, summaryJson } from '../metrics/summary-files.js';
import { SummaryAccumulator } from '../metrics/summary.js';
import { checkFlags, type RunFlags } from './flags.js';
import { checkOutputDir, safeName, stageOutputDir } from './output-dir.js';
import { readScenario } from './read-scenario.js';
import { runInfoJson } from './run-info.js';
import { SeriesWriter } from './series-writer.js';
import { comparisonTable } from './table.js';

export interface RunContext {
  readonly packageRoot: string;
  readonly workerUrl: URL;
  readonly signal: AbortSignal;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

export async function runCommand(file: string, flags: RunFlags, ctx: RunContext): Promise<void> {
  const checked = checkFlags(flags);
  const { scenario } = await readScenario(file, flags.set ?? [], checked.overrides);
  const outDir = flags.out ?? join('out', safeName(scenario.name));
  const force = flags.force ?? false;
  await checkOutputDir(outDir, force);

  const strategies = scenario.strategies.map((s) => s.name);
  const reps = Array.from({ length: scenario.replicates }, (_, i) => i);
  const quiet = flags.quiet ?? false;
  const bar =
    !quiet && ctx.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: ctx.stderr,
            format: 'spread {bar} {value}/{total} replicates | {duration_formatted} elapsed | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;

  const staged = await stageOutputDir(outDir, force);
  const writer = new SeriesWriter(staged.path, strategies);
  const summary = new SummaryAccumulator(strategies, scenario.replicates, scenario.outputs.sustainAfter);
  const started = performance.now();
  try {
    bar?.start(reps.length, 0);
    await runPool(
      scenario,
      reps,
      (result) => {
        summary.add(result);
        writer.add(result);
        bar?.increment();
      },
      { workerUrl: ctx.workerUrl, workers: checked.workers, signal: ctx.signal },
    );
    bar?.stop();
    writer.finish();
    const result = summary.finish();
    await writeFile(join(staged.path, 'summary.csv'), summaryCsv(result));
    await writeFile(join(staged.path, 'summary.json'), summaryJson(result, { scenario: scenario.name, timeUnit: scenario.time.unit }));
    await writeFile(
      join(staged.path, 'run.json'),
      runInfoJson({
        file,
        scenario,
        sets: flags.set ?? [],
        flags: { reps: checked.reps, seed: checked.seed, steps: checked.steps },
        packageRoot: ctx.packageRoot,
      }),
    );
    await staged.commit();
    if (!quiet) {
      ctx.stdout.write(comparisonTable(result, scenario.time.unit));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      ctx.stderr.write(`spread: ${reps.length} replicates x ${strategies.length} strategies in ${seconds} s; wrote ${outDir}/\n`);
    }
  } catch (e) {
    bar?.stop();
    writer.abort();
    await staged.discard();
    throw e;
  }
}
