// The analysis as tables (CSV) and as the text `spread analyze` prints: for each output
// and strategy, the parameters from most to least important, with their figures.
import { csvField, csvLine, formatNumber } from '../metrics/format.js';
import type { OutputAnalysis } from '../sweep/analysis/analyze.js';

const num = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : formatNumber(x));
const cell = (x: number | string) => (typeof x === 'number' ? num(x) : csvField(x));

export function sobolCsv(analyses: readonly OutputAnalysis[], names: readonly string[]): string {
  let out = csvLine(['strategy', 'output', 'parameter', 'first', 'first_low', 'first_high', 'total', 'total_low', 'total_high', 'base_rows']);
  for (const a of analyses) {
    if (!a.sobol) continue;
    const s = a.sobol;
    names.forEach((name, i) => {
      out += csvLine([csvField(a.strategy), a.output, csvField(name), num(s.first[i]), num(s.firstLow[i]), num(s.firstHigh[i]), num(s.total[i]), num(s.totalLow[i]), num(s.totalHigh[i]), String(s.n)]);
    });
  }
  return out;
}

export function prccCsv(analyses: readonly OutputAnalysis[], names: readonly string[]): string {
  let out = csvLine(['strategy', 'output', 'parameter', 'prcc', 'p_value', 'points']);
  for (const a of analyses) {
    if (!a.prcc) continue;
    const p = a.prcc;
    names.forEach((name, i) => {
      out += csvLine([csvField(a.strategy), a.output, csvField(name), num(p.coefficients[i]), num(p.pValues[i]), String(p.n)]);
    });
  }
  return out;
}

export function mainEffectsCsv(analyses: readonly OutputAnalysis[], names: readonly string[]): string {
  let out = csvLine(['strategy', 'output', 'parameter', 'level', 'x', 'x_low', 'x_high', 'mean', 'p5', 'p95', 'points']);
  for (const a of analyses) {
    names.forEach((name, i) => {
      a.effects[i].levels.forEach((l, j) => {
        out += csvLine([csvField(a.strategy), a.output, csvField(name), String(j), cell(l.x), cell(l.xLow), cell(l.xHigh), num(l.mean), num(l.p5), num(l.p95), String(l.n)]);
      });
    });
  }
  return out;
}

export function importanceCsv(analyses: readonly OutputAnalysis[], names: readonly string[]): string {
  let out = csvLine(['strategy', 'output', 'rank', 'parameter', 'measure', 'value', 'eta_squared']);
  for (const a of analyses) {
    a.ranking.forEach((r, j) => {
      const eta = a.effects[names.indexOf(r.parameter)].eta2;
      out += csvLine([csvField(a.strategy), a.output, String(j + 1), csvField(r.parameter), csvField(a.measure), num(r.value), num(eta)]);
    });
  }
  return out;
}

const two = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
const interval = (lo: number, hi: number) => `[${two(lo)}, ${two(hi)}]`;

/** The printed summary: per output and strategy, parameters ranked. */
export function analysisText(analyses: readonly OutputAnalysis[], names: readonly string[], confidence: number): string {
  const width = Math.max(...names.map((n) => n.length));
  const lines: string[] = [];
  const outputs = [...new Set(analyses.map((a) => a.output))];
  for (const output of outputs) {
    const group = analyses.filter((a) => a.output === output);
    const first = group[0];
    const header = first.sobol
      ? `Sobol' indices (base N = ${first.sobol.n}; ${Math.round(confidence * 100)}% bootstrap intervals), by total index`
      : first.prcc
        ? 'partial rank correlation (PRCC) over points, by |PRCC|'
        : 'main effects: share of variance explained by each parameter alone (eta squared)';
    lines.push(`${output}: ${header}`);
    for (const a of group) {
      lines.push(`  ${a.strategy}${a.note ? `: ${a.note}` : ''}`);
      a.ranking.forEach((r, j) => {
        const i = names.indexOf(r.parameter);
        let detail = `eta squared ${two(a.effects[i].eta2)}`;
        if (a.sobol) {
          const s = a.sobol;
          detail = `total ${two(s.total[i])} ${interval(s.totalLow[i], s.totalHigh[i])}  first-order ${two(s.first[i])} ${interval(s.firstLow[i], s.firstHigh[i])}`;
        } else if (a.prcc) {
          const p = a.prcc.pValues[i];
          detail = `PRCC ${a.prcc.coefficients[i] >= 0 ? ' ' : ''}${two(a.prcc.coefficients[i])}  p ${Number.isFinite(p) ? (p < 0.001 ? '< 0.001' : p.toFixed(3)) : '-'}`;
        }
        lines.push(`    ${String(j + 1).padStart(2)}. ${r.parameter.padEnd(width)}  ${detail}`);
      });
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
