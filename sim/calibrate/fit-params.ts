// `--fit path=low..high` (or `path=log:low..high`): the parameters to estimate, each
// with a uniform prior, checked against the scenario format at both ends of its range.
import { InputError, zodProblems, type Problem } from '../scenario/errors.js';
import { applyOverrides, parsePath, type PathKey } from '../scenario/overrides.js';
import { ScenarioSchema } from '../scenario/schema.js';
import { decimal } from '../io/cell-values.js';
import type { PriorBound } from './prior.js';

export interface FitParam extends PriorBound {
  /** The argument as given. */
  readonly text: string;
  /** The path as written, e.g. dynamics.adoption.base. */
  readonly name: string;
  readonly path: readonly PathKey[];
}

export function parseFitArg(arg: string): FitParam | Problem {
  const eq = arg.lastIndexOf('=');
  const name = eq < 0 ? arg : arg.slice(0, eq);
  const problem = (message: string): Problem => ({ path: `--fit ${arg}`, message });
  if (eq < 0) return problem('expected path=low..high, e.g. dynamics.adoption.base=0.001..0.5');
  const path = parsePath(name);
  if (!path) return problem('not a valid path (write it like dynamics.adoption.imitation)');
  let range = arg.slice(eq + 1);
  const log = range.startsWith('log:');
  if (log) range = range.slice(4);
  const m = /^(.+)\.\.(.+)$/.exec(range);
  const low = m ? decimal(m[1]) : Number.NaN;
  const high = m ? decimal(m[2]) : Number.NaN;
  if (!(Number.isFinite(low) && Number.isFinite(high))) return problem('expected a range low..high of two numbers, e.g. 0..2 or log:0.001..1');
  if (!(low < high)) return problem(`the range must have low < high, got ${low}..${high}`);
  if (log && !(low > 0)) return problem('a log: range must be above 0');
  return { text: arg, name, path, low, high, log };
}

/**
 * Parse every --fit argument and check each path against the scenario format at both
 * ends of its range (so every value ABC proposes is valid). `raw` is the scenario JSON
 * after --set overrides, before defaults.
 */
export function checkFitParams(args: readonly string[], raw: unknown, source: string): FitParam[] {
  const problems: Problem[] = [];
  const params: FitParam[] = [];
  if (args.length === 0) problems.push({ path: '--fit', message: 'give at least one parameter to fit, e.g. --fit dynamics.adoption.base=0.001..0.5' });
  for (const arg of args) {
    const p = parseFitArg(arg);
    if ('message' in p) {
      problems.push(p);
      continue;
    }
    if (params.some((q) => q.name === p.name)) {
      problems.push({ path: `--fit ${arg}`, message: `${p.name} is fitted twice` });
      continue;
    }
    for (const value of [p.low, p.high]) {
      const applied = applyOverrides(ScenarioSchema, raw, [{ text: arg, path: p.path, value }]);
      if ('problems' in applied) {
        // The override walker words its messages for --set; here the path came from --fit.
        const message = (q: Problem) => `${q.path ? `${q.path}: ` : ''}${q.message.replace(/^unknown path in --set: /, 'unknown path: ')}`;
        problems.push(...applied.problems.map((q) => ({ path: `--fit ${arg}`, message: message(q) })));
        break;
      }
      const result = ScenarioSchema.safeParse(applied.value, { reportInput: true });
      if (!result.success) {
        problems.push(...zodProblems(result.error).map((q) => ({ path: `--fit ${arg}`, message: `${q.path}: ${q.message}` })));
        break;
      }
      const set = p.path.reduce<unknown>((node, key) => (node as Record<PathKey, unknown>)?.[key], result.data);
      if (typeof set !== 'number') {
        problems.push({ path: `--fit ${arg}`, message: `${p.name} is not a number field` });
        break;
      }
    }
    params.push(p);
  }
  if (problems.length > 0) throw new InputError(source, problems);
  return params;
}
