// `spread analyze DIR`: read a finished sweep, analyse the chosen outputs per strategy,
// print the parameters that matter most, and write CSV tables and SVG charts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Problem } from '../scenario/errors.js';
import { analyze } from '../sweep/analysis/analyze.js';
import { loadResults } from '../sweep/analysis/load-results.js';
import { RUN_METRICS } from '../sweep/run-metrics.js';
import { readManifest } from '../sweep/sweep-dir.js';
import { importanceCsv, mainEffectsCsv, prccCsv, sobolCsv, analysisText } from './analyze-report.js';
import { mainEffectsSvg, prccSvg, sobolSvg } from './analyze-svg.js';
import { checkOutputDir, stageOutputDir } from './output-dir.js';

export interface AnalyzeFlags {
  readonly output?: readonly string[];
  readonly strategy?: readonly string[];
  readonly bootstrap?: string;
  readonly confidence?: string;
  readonly seed?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

/** Outputs analysed when none are named. */
export const DEFAULT_OUTPUTS = ['in_use_share_at_horizon', 'sustained_share', 'cumulative_benefit'];

function checkFlags(flags: AnalyzeFlags, strategies: readonly string[]) {
  const problems: Problem[] = [];
  const outputs = (flags.output ?? DEFAULT_OUTPUTS).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean);
  for (const o of outputs) {
    if (!(RUN_METRICS as readonly string[]).includes(o)) problems.push({ path: '--output', message: `unknown output '${o}' (expected one of: ${RUN_METRICS.join(', ')})` });
  }
  const chosen = flags.strategy ?? strategies;
  for (const s of chosen) {
    if (!strategies.includes(s)) problems.push({ path: '--strategy', message: `unknown strategy '${s}' (the sweep has: ${strategies.map((x) => JSON.stringify(x)).join(', ')})` });
  }
  const resamples = Number(flags.bootstrap ?? 1000);
  if (!/^\s*\d+\s*$/.test(flags.bootstrap ?? '1000') || resamples < 1 || resamples > 100_000) {
    problems.push({ path: '--bootstrap', message: `expected a whole number from 1 to 100000, got ${JSON.stringify(flags.bootstrap)}` });
  }
  const confidence = Number(flags.confidence ?? 0.95);
  if (!(confidence > 0 && confidence < 1)) problems.push({ path: '--confidence', message: `expected a number between 0 and 1, got ${JSON.stringify(flags.confidence)}` });
  if (problems.length > 0) throw new InputError('', problems);
  return { outputs: [...new Set(outputs)], strategies: [...new Set(chosen)], resamples, confidence };
}

export async function analyzeCommand(dir: string, flags: AnalyzeFlags, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<void> {
  let manifest;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    throw new InputError(dir, [{ path: 'sweep.json', message: `unreadable: ${(e as Error).message}` }]);
  }
  if (!manifest) throw new InputError(dir, [{ path: '', message: 'holds no sweep.json: not the output of spread sweep or spread merge' }]);
  const options = checkFlags(flags, manifest.strategies);
  const outDir = flags.out ?? join(dir, 'analysis');
  // The default directory is the sweep's own analysis: replaced each time.
  const force = flags.force ?? flags.out === undefined;
  await checkOutputDir(outDir, force);
  const results = await loadResults(dir, options.outputs);
  const seed = flags.seed ?? manifest.seed;
  const analyses = analyze(results, { ...options, seed });
  const names = results.parameters.map((p) => p.name);

  const staged = await stageOutputDir(outDir, force);
  try {
    const files: [string, string][] = [
      ['importance.csv', importanceCsv(analyses, names)],
      ['main-effects.csv', mainEffectsCsv(analyses, names)],
    ];
    if (analyses.some((a) => a.sobol)) files.push(['sobol.csv', sobolCsv(analyses, names)]);
    if (analyses.some((a) => a.prcc)) files.push(['prcc.csv', prccCsv(analyses, names)]);
    for (const output of options.outputs) {
      const group = analyses.filter((a) => a.output === output);
      files.push([`main-effects-${output}.svg`, mainEffectsSvg(output, results.parameters, group)]);
      if (group.some((a) => a.sobol)) files.push([`sobol-${output}.svg`, sobolSvg(output, names, group, options.confidence)]);
      if (group.some((a) => a.prcc)) files.push([`prcc-${output}.svg`, prccSvg(output, names, group)]);
    }
    for (const [name, text] of files) await writeFile(join(staged.path, name), text);
    await staged.commit();
  } catch (e) {
    await staged.discard();
    throw e;
  }
  if (!flags.quiet) {
    stdout.write(analysisText(analyses, names, options.confidence));
    stderr.write(`spread: analysed ${options.outputs.length} outputs x ${options.strategies.length} strategies over ${results.points} points; wrote ${outDir}/\n`);
  }
}
