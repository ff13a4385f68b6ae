// The analysis of a finished sweep, per strategy and output: Sobol' indices with
// bootstrap intervals (sobol designs), PRCC (lhs, random), main effects (all), and the
// parameters ranked by how much they matter. Pure given the loaded results.
import { stream } from '../../random/rng.js';
import { mainEffect, type MainEffect } from './main-effects.js';
import { prcc, type PartialCorrelation } from './prcc.js';
import type { SweepResults } from './load-results.js';
import { sobolEstimate, type SobolEstimate } from './sobol-indices.js';

export interface AnalysisOptions {
  readonly outputs: readonly string[];
  readonly strategies: readonly string[];
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number | string;
}

export interface Ranked {
  readonly parameter: string;
  readonly value: number;
}

export interface OutputAnalysis {
  readonly strategy: string;
  readonly output: string;
  /** Points (or base rows) whose output is defined. */
  readonly used: number;
  readonly sobol?: SobolEstimate;
  readonly prcc?: PartialCorrelation;
  readonly effects: readonly MainEffect[];
  /** What `ranking` ranks by: total Sobol' index, |PRCC|, or eta squared. */
  readonly measure: 'total Sobol index' | '|PRCC|' | 'eta squared';
  /** Parameters, most important first. */
  readonly ranking: readonly Ranked[];
  /** Why the indices could not be estimated, if so. */
  readonly note?: string;
}

/** Base rows of a Saltelli design whose k + 2 outputs are all defined. */
function completeRows(y: Float64Array, k: number): { y: Float64Array; rows: number } {
  const per = k + 2;
  const keep: number[] = [];
  for (let j = 0; j < y.length / per; j++) {
    let ok = true;
    for (let r = 0; r < per; r++) ok &&= Number.isFinite(y[j * per + r]);
    if (ok) for (let r = 0; r < per; r++) keep.push(y[j * per + r]);
  }
  return { y: Float64Array.from(keep), rows: keep.length / per };
}

function rank(names: readonly string[], values: readonly number[]): Ranked[] {
  return names
    .map((parameter, i) => ({ parameter, value: values[i] }))
    .sort((a, b) => (Number.isFinite(b.value) ? b.value : -Infinity) - (Number.isFinite(a.value) ? a.value : -Infinity));
}

export function analyze(results: SweepResults, options: AnalysisOptions): OutputAnalysis[] {
  const { manifest, parameters } = results;
  const k = parameters.length;
  const names = parameters.map((p) => p.name);
  const kind = manifest.design.kind;
  const out: OutputAnalysis[] = [];
  for (const output of options.outputs) {
    for (const strategy of options.strategies) {
      const y = results.means.get(strategy)!.get(output)!;
      const effects = parameters.map((p) => mainEffect(p.x, y, p.labels));
      const eta = effects.map((e) => e.eta2);
      const defined = y.filter(Number.isFinite).length;
      if (kind === 'sobol') {
        const complete = completeRows(y, k);
        if (complete.rows < 2) {
          out.push({ strategy, output, used: complete.rows, effects, measure: 'eta squared', ranking: rank(names, eta), note: `undefined at too many points (${complete.rows} complete base rows)` });
          continue;
        }
        const random = stream(options.seed, 'analyze', 'bootstrap', strategy, output);
        const sobol = sobolEstimate(complete.y, k, options.resamples, options.confidence, random);
        const note = sobol.total.every(Number.isNaN) ? 'the output does not vary' : undefined;
        out.push({ strategy, output, used: complete.rows, sobol, effects, measure: 'total Sobol index', ranking: rank(names, sobol.total), note });
      } else if (kind === 'lhs' || kind === 'random') {
        const idx = Array.from({ length: y.length }, (_, i) => i).filter((i) => Number.isFinite(y[i]));
        const result = prcc(parameters.map((p) => Float64Array.from(idx, (i) => p.x[i])), Float64Array.from(idx, (i) => y[i]));
        const note = result.coefficients.every(Number.isNaN) ? `PRCC undefined (${idx.length} points with a defined output, ${k} parameters; or the output does not vary)` : undefined;
        out.push({ strategy, output, used: idx.length, prcc: result, effects, measure: '|PRCC|', ranking: rank(names, result.coefficients.map(Math.abs)), note });
      } else {
        out.push({ strategy, output, used: defined, effects, measure: 'eta squared', ranking: rank(names, eta) });
      }
    }
  }
  return out;
}
