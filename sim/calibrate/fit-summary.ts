// The results of a fit as data and as files: estimates with 90% credible intervals,
// distances, the ABC populations, the posterior sample and the observed-vs-simulated curves.
import { csvField, csvLine, formatNumber } from '../metrics/format.js';
import type { AbcResult } from './abc-smc.js';
import type { FitParam } from './fit-params.js';
import type { Observed } from './observed.js';
import { quantile7, weightedMean, weightedQuantile } from './weighted-stats.js';

export interface ParameterEstimate {
  readonly name: string;
  readonly prior: { readonly low: number; readonly high: number; readonly scale: 'linear' | 'log' };
  /** Posterior median: the point estimate. */
  readonly estimate: number;
  readonly mean: number;
  /** 5% and 95% weighted quantiles: the 90% credible interval. */
  readonly ci90: readonly [number, number];
}

export function estimates(params: readonly FitParam[], abc: AbcResult): ParameterEstimate[] {
  const post = abc.posterior;
  return params.map((p, i) => {
    const x = post.values.map((v) => v[i]);
    return {
      name: p.name,
      prior: { low: p.low, high: p.high, scale: p.log ? 'log' : 'linear' },
      estimate: weightedQuantile(x, post.weights, 0.5),
      mean: weightedMean(x, post.weights),
      ci90: [weightedQuantile(x, post.weights, 0.05), weightedQuantile(x, post.weights, 0.95)],
    };
  });
}

/** Per curve and dense time: 5%, 50%, 95% of the predictive draws and the point-estimate mean. */
export interface CurveBands {
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
  readonly point: Float64Array;
}

/** `draws` and `pointRuns` are job-major blocks of `length` numbers each. */
export function curveBands(draws: Float64Array, pointRuns: Float64Array, length: number): CurveBands {
  const nDraws = draws.length / length;
  const nPoint = pointRuns.length / length;
  const out = { p5: new Float64Array(length), p50: new Float64Array(length), p95: new Float64Array(length), point: new Float64Array(length) };
  const column: number[] = new Array(nDraws);
  for (let k = 0; k < length; k++) {
    for (let j = 0; j < nDraws; j++) column[j] = draws[j * length + k];
    out.p5[k] = quantile7(column, 0.05);
    out.p50[k] = quantile7(column, 0.5);
    out.p95[k] = quantile7(column, 0.95);
    let s = 0;
    for (let j = 0; j < nPoint; j++) s += pointRuns[j * length + k];
    out.point[k] = s / nPoint;
  }
  return out;
}

export function populationsCsv(params: readonly FitParam[], abc: AbcResult): string {
  let out = csvLine(['population', 'epsilon', 'simulations', 'acceptance', 'ess', ...params.flatMap((p) => [`${p.name}.median`, `${p.name}.p5`, `${p.name}.p95`])].map(csvField));
  for (const pop of abc.populations) {
    const cols = params.flatMap((_, i) => {
      const x = pop.values.map((v) => v[i]);
      return [0.5, 0.05, 0.95].map((q) => formatNumber(weightedQuantile(x, pop.weights, q)));
    });
    out += csvLine([String(pop.generation), formatNumber(pop.epsilon), String(pop.simulations), formatNumber(pop.acceptance), formatNumber(pop.ess), ...cols]);
  }
  return out;
}

export function posteriorCsv(params: readonly FitParam[], abc: AbcResult): string {
  const post = abc.posterior;
  let out = csvLine(['particle', ...params.map((p) => p.name), 'weight', 'distance'].map(csvField));
  post.values.forEach((v, i) => {
    // Full precision for the parameters and weights: this is the sample itself.
    out += csvLine([String(i), ...v.map((x) => String(x)), String(post.weights[i]), String(post.distances[i])]);
  });
  return out;
}

/**
 * One row per curve and step (dense times: row r is step r); `observed` is filled at the
 * steps observed (`observedRows`, one per observed time).
 */
export function curvesCsv(observed: Observed, observedRows: readonly number[], denseTimes: ArrayLike<number>, bands: CurveBands): string {
  let out = csvLine(['curve', 't', 'observed', 'sim_p5', 'sim_median', 'sim_p95', 'point_mean']);
  const T = denseTimes.length;
  observed.series.forEach((s, c) => {
    const at = new Map<number, number>();
    observedRows.forEach((row, i) => at.set(row, s.values[i]));
    for (let r = 0; r < T; r++) {
      const k = c * T + r;
      const t = denseTimes[r];
      const o = at.get(r);
      out += csvLine([csvField(s.key), formatNumber(t), o === undefined ? '' : formatNumber(o), formatNumber(bands.p5[k]), formatNumber(bands.p50[k]), formatNumber(bands.p95[k]), formatNumber(bands.point[k])]);
    }
  });
  return out;
}
