// Sweep text -> a checked plan: the sweep validated, the base scenario loaded and
// overridden, parameters resolved, the design's points drawn and every point's scenario
// validated, so bad input is reported before anything runs or is written. Pure.
import { formatPath, InputError, zodProblems, type Problem } from '../scenario/errors.js';
import { parseJson, loadScenario } from '../scenario/load.js';
import { applyOverrides, fieldLookup, parseOverride, type Override } from '../scenario/overrides.js';
import { ScenarioSchema, type Scenario } from '../scenario/schema.js';
import { designPoints } from './designs/index.js';
import { resolveParameters, type Parameter } from './parameters.js';
import { SweepSchema, type Sweep } from './schema.js';

export interface SweepPlan {
  /** The sweep file (for messages and the manifest). */
  readonly source: string;
  readonly sweep: Sweep;
  /** The base scenario's JSON after the sweep's `set` changes, before defaults. */
  readonly baseRaw: Record<string, unknown>;
  /** The seed of the design and of every run. */
  readonly seed: number | string;
  readonly parameters: readonly Parameter[];
  /** Parameter values of every point of the whole sweep (all shards). */
  readonly points: readonly (readonly unknown[])[];
  /** Sobol designs: the base size N. */
  readonly sobolBase?: number;
  readonly strategies: readonly string[];
  /** Points per chunk (the unit of output parts, resuming and sharding). */
  readonly chunkPoints: number;
  readonly chunkCount: number;
}

/** Reads the base scenario's file: a path relative to the sweep file. */
export type ReadBase = (path: string) => { text: string; source: string };

/** Most problems listed from validating points (the rest are counted). */
const MAX_POINT_PROBLEMS = 5;

/** Default points per chunk: about 256 replicates per chunk, and at least 64 chunks when there are points enough. */
export function defaultChunkPoints(points: number, replicates: number): number {
  return Math.max(1, Math.min(Math.floor(256 / replicates), Math.ceil(points / 64)));
}

/** The overrides that turn the base into point p's scenario. */
export function pointOverrides(plan: Pick<SweepPlan, 'parameters' | 'points' | 'sweep' | 'seed'>, p: number): Override[] {
  const values = plan.points[p];
  const out: Override[] = [];
  plan.parameters.forEach((param, i) => {
    for (const path of param.paths) out.push({ text: formatPath(path), path, value: values[i] });
  });
  out.push({ text: 'replicates', path: ['replicates'], value: plan.sweep.replicates });
  out.push({ text: 'seed', path: ['seed'], value: plan.sweep.seeds === 'perPoint' ? `${plan.seed}/point-${p}` : plan.seed });
  return out;
}

/** Point p's scenario, validated, or the problems with it. */
export function pointScenario(plan: Pick<SweepPlan, 'parameters' | 'points' | 'sweep' | 'seed' | 'baseRaw'>, p: number): { scenario: Scenario } | { problems: Problem[] } {
  const applied = applyOverrides(ScenarioSchema, plan.baseRaw, pointOverrides(plan, p));
  if ('problems' in applied) return applied;
  const result = ScenarioSchema.safeParse(applied.value, { reportInput: true });
  if (!result.success) return { problems: zodProblems(result.error, fieldLookup(ScenarioSchema, applied.value)) };
  return { scenario: result.data };
}

function describePoint(plan: Pick<SweepPlan, 'parameters' | 'points'>, p: number): string {
  return plan.parameters.map((param, i) => `${param.name}=${JSON.stringify(plan.points[p][i])}`).join(', ');
}

function loadBase(sweep: Sweep, source: string, readBase: ReadBase): Record<string, unknown> {
  let raw: unknown;
  if (typeof sweep.base === 'string') {
    const { text, source: file } = readBase(sweep.base);
    loadScenario(text, file); // problems in the base itself name its own file and field
    raw = (parseJson(text) as { value: unknown }).value;
  } else {
    try {
      loadScenario(JSON.stringify(sweep.base), source);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      throw new InputError(source, e.problems.map((p) => ({ path: p.path ? `base.${p.path}` : 'base', message: p.message })));
    }
    raw = sweep.base;
  }
  // The sweep's own changes: problems name set[i].
  const problems: Problem[] = [];
  let current: unknown = raw;
  sweep.set.forEach((arg, i) => {
    const o = parseOverride(arg);
    if ('message' in o) {
      problems.push({ path: `set[${i}]`, message: `${arg}: ${o.message}` });
      return;
    }
    const applied = applyOverrides(ScenarioSchema, current, [o]);
    if ('problems' in applied) {
      for (const p of applied.problems) problems.push({ path: `set[${i}]`, message: `${p.path}: ${p.message.replace(/^unknown path in --set: /, 'unknown path: ')}` });
    } else current = applied.value;
  });
  if (problems.length === 0) {
    const result = ScenarioSchema.safeParse(current, { reportInput: true });
    if (!result.success) {
      for (const p of zodProblems(result.error, fieldLookup(ScenarioSchema, current))) {
        problems.push({ path: 'set', message: `the base scenario after these changes is invalid: ${p.path}: ${p.message}` });
      }
    }
  }
  if (problems.length > 0) throw new InputError(source, problems);
  return current as Record<string, unknown>;
}

/** Parse, validate and resolve a sweep; throws InputError naming the field at fault. */
export function planSweep(text: string, source: string, readBase: ReadBase): SweepPlan {
  const parsed = parseJson(text);
  if ('problem' in parsed) throw new InputError(source, [parsed.problem]);
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(source, [{ path: '', message: 'expected a JSON object (a sweep) at the top level' }]);
  }
  const checked = SweepSchema.safeParse(raw, { reportInput: true });
  if (!checked.success) throw new InputError(source, zodProblems(checked.error, fieldLookup(SweepSchema, raw)));
  const sweep = checked.data;
  const baseRaw = loadBase(sweep, source, readBase);
  const base = ScenarioSchema.parse(baseRaw);
  const seed = sweep.seed ?? base.seed;

  const resolved = resolveParameters(sweep.parameters, baseRaw);
  if ('problems' in resolved) throw new InputError(source, resolved.problems);
  const { parameters } = resolved;
  const design = designPoints(sweep.design, parameters, seed);
  if ('problem' in design) throw new InputError(source, [design.problem]);

  const strategies = base.strategies.map((s) => s.name);
  const plan = {
    source,
    sweep,
    baseRaw,
    seed,
    parameters,
    points: design.values,
    sobolBase: design.base,
    strategies,
    chunkPoints: 0,
    chunkCount: 0,
  };
  checkPoints(plan);
  const chunkPoints = sweep.chunkPoints ?? defaultChunkPoints(design.values.length, sweep.replicates);
  return { ...plan, chunkPoints, chunkCount: Math.ceil(design.values.length / chunkPoints) };
}

/**
 * Validate every point's scenario. A problem at a parameter's own path names the
 * parameter; any other names the point and the field.
 */
function checkPoints(plan: SweepPlan): void {
  const problems: Problem[] = [];
  let failed = 0;
  const seen = new Set<string>();
  for (let p = 0; p < plan.points.length; p++) {
    const result = pointScenario(plan, p);
    let bad: Problem[] = [];
    if ('problems' in result) bad = result.problems;
    else {
      const names = result.scenario.strategies.map((s) => s.name);
      if (names.join('\n') !== plan.strategies.join('\n')) {
        bad = [{ path: 'strategies', message: `the strategies change (${JSON.stringify(names)} instead of ${JSON.stringify(plan.strategies)}): a sweep compares the same strategies at every point` }];
      }
    }
    if (bad.length === 0) continue;
    failed += 1;
    for (const problem of bad) {
      const owner = plan.parameters.find((param) => param.paths.some((path) => formatPath(path) === problem.path));
      const item: Problem = owner
        ? { path: `parameters[${owner.index}]`, message: `${owner.name}=${JSON.stringify(plan.points[p][owner.index])} (point ${p}) is not a valid value: ${problem.message}` }
        : { path: 'parameters', message: `point ${p} (${describePoint(plan, p)}) gives an invalid scenario: ${problem.path}: ${problem.message}` };
      const key = owner ? `parameter ${owner.index}` : problem.path; // one example per parameter or field
      if (seen.has(key) || problems.length >= MAX_POINT_PROBLEMS) continue;
      seen.add(key);
      problems.push(item);
    }
  }
  if (failed > 0) {
    problems.push({ path: 'parameters', message: `${failed} of ${plan.points.length} points give an invalid scenario: narrow the ranges` });
    throw new InputError(plan.source, problems);
  }
}
