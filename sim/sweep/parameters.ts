// Sweep parameters resolved against the base scenario: paths checked with the scenario
// schema, ranges checked, and the maps from a unit coordinate or a grid level to a value.
import { formatPath, type Problem } from '../scenario/errors.js';
import { applyOverrides, parsePath, type PathKey } from '../scenario/overrides.js';
import { ScenarioSchema } from '../scenario/schema.js';
import { RUN_METRICS } from './run-metrics.js';
import type { ParameterSpec } from './schema.js';

/** How a parameter's values are stored in the tables. */
export type ColumnKind = 'double' | 'string' | 'boolean' | 'json';

export interface Parameter {
  readonly index: number;
  /** Column name in the outputs. */
  readonly name: string;
  readonly paths: readonly (readonly PathKey[])[];
  readonly kind: 'range' | 'integer' | 'values';
  /** How the range is sampled (values lists: linear). */
  readonly scale: 'linear' | 'log';
  readonly column: ColumnKind;
  /** The value at unit coordinate u in [0, 1). */
  fromUnit(u: number): unknown;
  /** The grid levels, given the design's default count for ranges. */
  gridLevels(defaultLevels: number): unknown[];
  /** A number for analysis: the value itself, or its position in a values list. */
  numeric(value: unknown): number;
  /** The values a list parameter can take (for main effects and labels). */
  readonly values?: readonly unknown[];
}

/** Columns every runs table has: parameter names may not take them. */
export const RESERVED_COLUMNS: readonly string[] = ['point', 'strategy', 'rep', 'n', 't', 'group_kind', 'group', ...RUN_METRICS];

function columnKind(values: readonly unknown[]): ColumnKind {
  if (values.every((v) => typeof v === 'number')) return 'double';
  if (values.every((v) => typeof v === 'string')) return 'string';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'json';
}

function linspace(min: number, max: number, n: number, log: boolean): number[] {
  return Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return max;
    const f = i / (n - 1);
    return log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
  });
}

/**
 * Check one parameter spec; problems are pushed with paths like `parameters[2].max`.
 * Returns undefined when it is unusable.
 */
function resolveOne(spec: ParameterSpec, index: number, baseRaw: unknown, problems: Problem[]): Parameter | undefined {
  const at = (field?: string) => formatPath(field ? ['parameters', index, field] : ['parameters', index]);
  const start = problems.length;
  const pathTexts = typeof spec.path === 'string' ? [spec.path] : spec.path;
  const paths: PathKey[][] = [];
  pathTexts.forEach((text, j) => {
    const where = typeof spec.path === 'string' ? at('path') : `${at('path')}[${j}]`;
    const keys = parsePath(text);
    if (!keys) {
      problems.push({ path: where, message: `not a valid path: ${JSON.stringify(text)} (write it like dynamics.awareness.external or strategies[0].levers[1].end)` });
      return;
    }
    const head = keys[0];
    if (head === 'replicates' || head === 'seed' || head === '$schema') {
      const hint = head === 'replicates' ? 'set "replicates" in the sweep' : head === 'seed' ? 'use the sweep\'s "seeds": "perPoint"' : '';
      problems.push({ path: where, message: `'${String(head)}' cannot be swept${hint ? `: ${hint}` : ''}` });
      return;
    }
    const sample = spec.values?.[0] ?? spec.min ?? 0;
    const applied = applyOverrides(ScenarioSchema, baseRaw, [{ text, path: keys, value: sample }]);
    if ('problems' in applied) {
      for (const p of applied.problems) {
        problems.push({ path: where, message: `${text}: ${p.message.replace(/^unknown path in --set: /, 'unknown path: ')}` });
      }
      return;
    }
    paths.push(keys);
  });

  const hasRange = spec.min !== undefined || spec.max !== undefined;
  if (spec.values !== undefined) {
    if (hasRange) problems.push({ path: at(), message: 'give either min and max or values, not both' });
    if (spec.integer) problems.push({ path: at('integer'), message: 'a values list takes its values as written: drop integer' });
    if (spec.scale !== 'linear') problems.push({ path: at('scale'), message: 'a values list has no scale: drop scale' });
    if (spec.levels !== undefined) problems.push({ path: at('levels'), message: 'a grid uses every value of a values list: drop levels' });
  } else if (spec.min === undefined || spec.max === undefined) {
    if (!hasRange) problems.push({ path: at(), message: 'required: a range (min and max) or a list of values' });
    else problems.push({ path: at(spec.min === undefined ? 'min' : 'max'), message: `required: a range needs both min and max` });
  } else {
    const { min, max } = spec;
    if (!(min < max)) problems.push({ path: at('max'), message: `empty range: max (${max}) must be above min (${min})` });
    if (spec.scale === 'log' && !(min > 0)) problems.push({ path: at('min'), message: `a log scale needs min > 0, got ${min}` });
    if (spec.integer && spec.scale === 'log') problems.push({ path: at('scale'), message: 'integer parameters are sampled on a linear scale' });
    if (spec.integer && min < max && Math.ceil(min) > Math.floor(max)) {
      problems.push({ path: at('max'), message: `empty range: no whole number between min (${min}) and max (${max})` });
    }
  }
  if (problems.length > start) return undefined;

  const name = spec.name ?? pathTexts[0];
  if (spec.values !== undefined) {
    const values = spec.values;
    const column = columnKind(values);
    const m = values.length;
    return {
      index,
      name,
      paths,
      kind: 'values',
      scale: 'linear',
      column,
      values,
      fromUnit: (u) => values[Math.min(m - 1, Math.floor(u * m))],
      gridLevels: () => [...values],
      numeric: (v) => (column === 'double' ? (v as number) : values.findIndex((x) => JSON.stringify(x) === JSON.stringify(v))),
    };
  }
  const min = spec.min!;
  const max = spec.max!;
  if (spec.integer) {
    const lo = Math.ceil(min);
    const hi = Math.floor(max);
    const count = hi - lo + 1;
    return {
      index,
      name,
      paths,
      kind: 'integer',
      scale: 'linear',
      column: 'double',
      fromUnit: (u) => lo + Math.min(count - 1, Math.floor(u * count)),
      gridLevels: (fallback) => {
        const levels = spec.levels ?? fallback;
        if (levels >= count) return Array.from({ length: count }, (_, i) => lo + i);
        return linspace(lo, hi, levels, false).map(Math.round);
      },
      numeric: (v) => v as number,
    };
  }
  const log = spec.scale === 'log';
  return {
    index,
    name,
    paths,
    kind: 'range',
    scale: log ? 'log' : 'linear',
    column: 'double',
    fromUnit: (u) => (log ? min * Math.exp(u * Math.log(max / min)) : min + u * (max - min)),
    gridLevels: (fallback) => linspace(min, max, spec.levels ?? fallback, log),
    numeric: (v) => v as number,
  };
}

/** Resolve every parameter; returns them, or the problems found (names, paths, ranges). */
export function resolveParameters(
  specs: readonly ParameterSpec[],
  baseRaw: unknown,
): { parameters: Parameter[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const parameters: Parameter[] = [];
  specs.forEach((spec, i) => {
    const p = resolveOne(spec, i, baseRaw, problems);
    if (p) parameters.push(p);
  });
  const names = new Map<string, number>();
  const paths = new Map<string, number>();
  specs.forEach((spec, i) => {
    const name = spec.name ?? (typeof spec.path === 'string' ? spec.path : spec.path[0]);
    const where = formatPath(['parameters', i, spec.name ? 'name' : 'path']);
    if (RESERVED_COLUMNS.includes(name)) {
      problems.push({ path: where, message: `'${name}' is a column of the outputs already: give the parameter another name` });
    } else if (names.has(name)) {
      problems.push({ path: where, message: `duplicate column name '${name}' (also parameters[${names.get(name)}]): give one a name` });
    } else names.set(name, i);
    for (const text of typeof spec.path === 'string' ? [spec.path] : spec.path) {
      const keys = parsePath(text);
      const key = keys ? formatPath(keys) : text;
      if (paths.has(key) && paths.get(key) !== i) {
        problems.push({ path: formatPath(['parameters', i, 'path']), message: `${key} is also varied by parameters[${paths.get(key)}]` });
      } else paths.set(key, i);
    }
  });
  return problems.length > 0 ? { problems } : { parameters };
}
