// Scenario builders and series readers for the engine tests: tiny hand-built
// systems (kind 'edges') with the textbook switches, and columns as plain arrays.
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, type OutputColumn } from '../../../sim/metrics/columns.js';
import type { ReplicateResult } from '../../../sim/model/replicate-result.js';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../../sim/scenario/schema.js';

type Edge = [number, number] | [number, number, 'strong' | 'weak'] | [number, number, 'strong' | 'weak', number];

export interface TinyOptions {
  n: number;
  edges?: Edge[];
  regionOf?: string[];
  typeOf?: string[];
  steps?: number;
  dt?: number;
  seed?: number;
  /** Deep-merged over the textbook dynamics below. */
  dynamics?: Record<string, unknown>;
  population?: Record<string, unknown>;
  intervention?: Record<string, unknown>;
  strategies?: ScenarioInput['strategies'];
  levers?: unknown[];
}

/**
 * Friction off, everyone constant (r = 1, z = 0, c = 1, l = 1, theta = 0), no
 * external news, no transmission, no adoption: each test switches on only the
 * mechanism it checks.
 */
export function tiny(o: TinyOptions): Scenario {
  const base = {
    friction: false,
    awareness: { external: 0, strong: 0, weak: 0 },
    adoption: { base: 0, imitation: 0, thresholdWidth: 0, hierarchyBlunting: 0, rejection: 0 },
  };
  return ScenarioSchema.parse({
    name: 'tiny',
    seed: o.seed ?? 1,
    replicates: 1,
    time: { unit: 'week', dt: o.dt ?? 1, steps: o.steps ?? 10 },
    system: {
      network: { kind: 'edges', n: o.n, edges: o.edges ?? [], regionOf: o.regionOf, typeOf: o.typeOf },
      population: {
        threshold: 0,
        leadership: 1,
        receptiveness: 1,
        fatigue: 0,
        capacity: 1,
        capability: 0.5,
        context: 0.5,
        ...o.population,
      },
    },
    // Kind presets neutral (no threshold scaling, full adaptability) unless a test sets them.
    intervention: { kind: 'innovation', advantage: 1, thresholdScale: 1, adaptability: 1, ...o.intervention },
    dynamics: merge(base, o.dynamics ?? {}),
    strategies: o.strategies ?? [{ name: 'only', levers: (o.levers ?? []) as never }],
  } satisfies ScenarioInput);
}

/** A copy of `scenario` with `patch` deep-merged in and validated again. */
export function withPatch(scenario: Scenario, patch: Record<string, unknown>): Scenario {
  return ScenarioSchema.parse(merge(scenario as unknown as Record<string, unknown>, patch));
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    const plain = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
    out[k] = plain(old) && plain(v) ? merge(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

/** One output column of a strategy's series, one value per recorded row (steps + 1). */
export function column(result: ReplicateResult, name: OutputColumn, strategy = 0): number[] {
  const s = result.strategies[strategy].series;
  const rows = s.length / COLUMN_COUNT;
  return Array.from({ length: rows }, (_, t) => s[t * COLUMN_COUNT + COLUMN[name]]);
}

/** A group column (0 n, 1 in_use, 2 ever_adopted) of one region or type, per row. */
export function groupColumn(
  result: ReplicateResult,
  kind: 'region' | 'type',
  name: string,
  which: 'n' | 'in_use' | 'ever_adopted',
  strategy = 0,
): number[] {
  const g = result.groups.findIndex((x) => x.kind === kind && x.name === name);
  if (g < 0) throw new Error(`no ${kind} named ${name}`);
  const s = result.strategies[strategy].groupSeries;
  const groups = result.groups.length;
  const offset = { n: 0, in_use: 1, ever_adopted: 2 }[which];
  const rows = s.length / (groups * GROUP_COLUMN_COUNT);
  return Array.from({ length: rows }, (_, t) => s[(t * groups + g) * GROUP_COLUMN_COUNT + offset]);
}
