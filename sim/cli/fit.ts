// `spread fit`: estimate scenario parameters from observed adoption by ABC-SMC on worker
// threads; write estimates, intervals, distances, the posterior and a chart to DIR.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { abcSmc, type Population } from '../calibrate/abc-smc.js';
import { observedGroups, observedRows, rmse, type CurvePlan } from '../calibrate/curve-plan.js';
import { checkFitParams } from '../calibrate/fit-params.js';
import { fitSvg } from '../calibrate/fit-svg.js';
import { curveBands, curvesCsv, estimates, populationsCsv, posteriorCsv } from '../calibrate/fit-summary.js';
import type { FitJob } from '../calibrate/fit-worker.js';
import { parseObserved } from '../calibrate/observed.js';
import { runReplicate } from '../model/replicate.js';
import { stream } from '../random/rng.js';
import { InputError } from '../scenario/errors.js';
import type { Scenario } from '../scenario/schema.js';
import { checkFitFlags, type FitFlags } from './fit-flags.js';
import { createFitPool, type FitPool } from './fit-pool.js';
import { fitTable } from './fit-table.js';
import { readLimitedText } from './import-read.js';
import { checkOutputDir, safeName, stageOutputDir } from './output-dir.js';
import { readScenario } from './read-scenario.js';
import { gitCommit } from './run-info.js';
import { name as packageName, version as packageVersion } from '../../package.json';

export interface FitContext {
  readonly packageRoot: string;
  readonly workerUrl: URL;
  readonly signal: AbortSignal;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

const OBSERVED_LIMIT = 16 << 20;

/** The scenario as the workers run it: the fitted strategy only, steps cut to what is read. */
function fitScenario(scenario: Scenario, strategy: string | undefined, steps: number): Scenario {
  const chosen = strategy === undefined ? scenario.strategies[0] : scenario.strategies.find((s) => s.name === strategy);
  if (!chosen) {
    throw new InputError('', [{ path: '--strategy', message: `no strategy ${JSON.stringify(strategy)} (strategies: ${scenario.strategies.map((s) => JSON.stringify(s.name)).join(', ')})` }]);
  }
  return { ...scenario, strategies: [chosen], time: { ...scenario.time, steps: Math.max(1, steps) } };
}

export async function fitCommand(file: string, flags: FitFlags, ctx: FitContext): Promise<void> {
  const settings = checkFitFlags(flags);
  const loaded = await readScenario(file, flags.set ?? [], []);
  const params = checkFitParams(flags.fit ?? [], loaded.raw, file);
  const observed = parseObserved(await readObservedText(settings.observed), settings.observed, flags.series ?? []);
  const rows = observedRows(observed, loaded.scenario.time.dt, settings.observed);
  const lastRow = rows[rows.length - 1];
  const scenario = fitScenario(loaded.scenario, flags.strategy, lastRow);
  const groups = observedGroups(observed, runReplicate({ ...scenario, time: { ...scenario.time, steps: 1 } }, 0).groups, settings.observed);
  const seed = settings.seed ?? scenario.seed;
  const outDir = flags.out ?? join('out', `${safeName(scenario.name)}-fit`);
  const force = flags.force ?? false;
  await checkOutputDir(outDir, force);

  const plans: CurvePlan[] = [
    { measure: settings.measure, rows, groups },
    { measure: settings.measure, rows: Array.from({ length: lastRow + 1 }, (_, r) => r), groups },
  ];
  const fitLength = groups.length * rows.length;
  const denseLength = groups.length * (lastRow + 1);
  const say = (line: string) => !flags.quiet && ctx.stderr.write(`${line}\n`);
  const started = performance.now();
  const staged = await stageOutputDir(outDir, force);
  let pool: FitPool | undefined;
  try {
    pool = await createFitPool(ctx.workerUrl, settings.workers, scenario, params.map((p) => p.path), plans, ctx.signal);
    const sim = pool;
    const abc = await abcSmc(
      params,
      { ...settings, seed },
      async (batch) => {
        const jobs: FitJob[] = batch.map((p) => ({ values: p.values, seed: `${seed}/fit/${p.generation}/${p.index}` }));
        const curves = await sim.simulate(jobs, 0, fitLength);
        return Float64Array.from(batch, (_, j) => rmse(observed, curves, j * fitLength));
      },
      (p: Population) =>
        say(
          `spread fit: population ${p.generation}: tolerance ${p.epsilon === Infinity ? 'none (prior)' : p.epsilon.toPrecision(4)}, ` +
            `${p.simulations} simulations, acceptance ${(100 * p.acceptance).toFixed(1)}%, ESS ${p.ess.toFixed(0)}`,
        ),
    );
    const est = estimates(params, abc);
    const point = est.map((e) => e.estimate);

    // Fit quality at the point estimate: replicates' mean curve against the observations.
    const pointJobs = Array.from({ length: settings.pointReps }, (_, r): FitJob => ({ values: point, seed: `${seed}/fit/point/${r}` }));
    const pointFit = await sim.simulate(pointJobs, 0, fitLength);
    const pointDense = await sim.simulate(pointJobs, 1, denseLength);
    const meanCurve = new Float64Array(fitLength);
    for (let j = 0; j < settings.pointReps; j++) for (let k = 0; k < fitLength; k++) meanCurve[k] += pointFit[j * fitLength + k] / settings.pointReps;
    const runDistances = Array.from({ length: settings.pointReps }, (_, j) => rmse(observed, pointFit, j * fitLength)).sort((a, b) => a - b);

    // Posterior predictive: particles resampled by weight, one fresh simulation each.
    const post = abc.posterior;
    const resample = stream(seed, 'fit', 'resample');
    const cumulative = Array.from(post.weights);
    for (let i = 1; i < cumulative.length; i++) cumulative[i] += cumulative[i - 1];
    const drawJobs = Array.from({ length: settings.predictive }, (_, m): FitJob => {
      const u = resample() * cumulative[cumulative.length - 1];
      const found = cumulative.findIndex((c) => c > u);
      const i = found < 0 ? cumulative.length - 1 : found;
      return { values: post.values[i], seed: `${seed}/fit/predictive/${m}` };
    });
    const draws = await sim.simulate(drawJobs, 1, denseLength);
    const bands = curveBands(draws, pointDense, denseLength);
    const denseTimes = Array.from({ length: lastRow + 1 }, (_, r) => r * scenario.time.dt);

    const distance = {
      pointEstimateMeanCurve: rmse(observed, meanCurve),
      pointEstimateRunsMedian: runDistances[Math.floor(runDistances.length / 2)],
      finalTolerance: post.epsilon,
      posteriorMedian: Float64Array.from(post.distances).sort()[Math.floor(post.distances.length / 2)],
      measure: 'root mean square difference between observed and simulated shares, over every observed point',
    };
    const summary = {
      scenario: scenario.name,
      scenarioFile: file,
      observed: settings.observed,
      curves: observed.series.map((s) => s.key),
      measure: settings.measure,
      strategy: scenario.strategies[0].name,
      timeUnit: scenario.time.unit,
      seed,
      parameters: est,
      distance,
      abc: {
        method: 'ABC-SMC (Toni et al. 2009; Beaumont et al. 2009): Gaussian kernel with twice the weighted covariance; tolerance = quantile of the last population\'s distances',
        particles: settings.particles,
        populations: abc.populations.length,
        simulations: abc.totalSimulations,
        stopped: abc.stopped,
        quantile: settings.quantile,
        minAcceptance: settings.minAcceptance,
        maxSimulations: settings.maxSimulations,
        finalAcceptance: post.acceptance,
        finalEss: post.ess,
      },
      predictive: { draws: settings.predictive, pointReps: settings.pointReps },
    };
    const chart = fitSvg({
      title: `${scenario.name}: observed vs simulated, ${settings.measure.replace('_', ' ')}`,
      subtitle: [
        ...est.map((e) => `${e.name} = ${e.estimate.toPrecision(3)} (90% credible interval ${e.ci90[0].toPrecision(3)} to ${e.ci90[1].toPrecision(3)})`),
        `distance (RMSE of shares) at the estimate: ${distance.pointEstimateMeanCurve.toPrecision(3)}; ${abc.populations.length} ABC populations of ${settings.particles}, ${abc.totalSimulations} simulations`,
      ],
      timeUnit: scenario.time.unit,
      measure: settings.measure,
      panels: observed.series.map((s, c) => ({
        key: s.key,
        times: denseTimes,
        p5: bands.p5.subarray(c * (lastRow + 1), (c + 1) * (lastRow + 1)),
        p50: bands.p50.subarray(c * (lastRow + 1), (c + 1) * (lastRow + 1)),
        p95: bands.p95.subarray(c * (lastRow + 1), (c + 1) * (lastRow + 1)),
        point: bands.point.subarray(c * (lastRow + 1), (c + 1) * (lastRow + 1)),
        observedTimes: observed.times,
        observed: s.values,
      })),
    });
    const runInfo = {
      scenarioFile: file,
      observed: settings.observed,
      fit: flags.fit,
      overrides: flags.set ?? [],
      // No worker count: it does not change the results, so the same fit writes the same bytes.
      settings: { ...settings, workers: undefined, seed },
      package: { name: packageName, version: packageVersion },
      gitCommit: gitCommit(ctx.packageRoot),
      node: process.version,
      scenario,
    };
    await writeFile(join(staged.path, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(join(staged.path, 'posterior.csv'), posteriorCsv(params, abc));
    await writeFile(join(staged.path, 'populations.csv'), populationsCsv(params, abc));
    await writeFile(join(staged.path, 'curves.csv'), curvesCsv(observed, rows, denseTimes, bands));
    await writeFile(join(staged.path, 'fit.svg'), chart);
    await writeFile(join(staged.path, 'fit.json'), `${JSON.stringify(runInfo, null, 2)}\n`);
    await staged.commit();
    if (!flags.quiet) {
      ctx.stdout.write(fitTable(est, distance, summary.abc));
      ctx.stderr.write(`spread fit: ${abc.totalSimulations} simulations in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${outDir}/\n`);
    }
  } catch (e) {
    await staged.discard();
    throw e;
  } finally {
    await pool?.close();
  }
}

/** The observed file's text, at most 16 MiB (used by fit-bass too). */
export async function readObservedText(path: string): Promise<string> {
  return (await readLimitedText(path, path, OBSERVED_LIMIT, 'observed file size')).text;
}
