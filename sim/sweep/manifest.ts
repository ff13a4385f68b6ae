// sweep.json from a plan: the sweep as run (base scenario inlined), its fingerprint, the
// design, parameters and chunks, and what code ran it. No clock: same sweep, same bytes.
import { createHash } from 'node:crypto';
import { name as packageName, version } from '../../package.json';
import { formatPath } from '../scenario/errors.js';
import type { SweepPlan } from './plan.js';
import type { Shard } from './shard.js';
import { MANIFEST_FORMAT, type Manifest } from './sweep-dir.js';
import type { TableName } from './tables.js';

/** JSON with object keys sorted, so equal content hashes equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function keptTables(plan: SweepPlan): TableName[] {
  const out: TableName[] = ['runs'];
  if (plan.sweep.outputs.groups) out.push('groups');
  if (plan.sweep.outputs.series) out.push('series');
  return out;
}

/** The sweep as run: the validated sweep with the base scenario itself in place of its path. */
export function sweepAsRun(plan: SweepPlan): Record<string, unknown> {
  const { $schema: _schema, ...rest } = plan.sweep;
  return { ...rest, base: plan.baseRaw, set: [] };
}

/** What decides the rows: the sweep as run, the seed, the chunking and the code's version. */
export function fingerprint(plan: SweepPlan): string {
  const content = canonical({
    format: MANIFEST_FORMAT,
    sweep: { ...sweepAsRun(plan), name: undefined, description: undefined },
    seed: plan.seed,
    chunkPoints: plan.chunkPoints,
    version,
  });
  return createHash('sha256').update(content).digest('hex');
}

export function buildManifest(
  plan: SweepPlan,
  shard: Shard | null,
  info: { sweepFile: string; gitCommit: string | null },
  complete: boolean,
): Manifest {
  return {
    format: MANIFEST_FORMAT,
    name: plan.sweep.name,
    fingerprint: fingerprint(plan),
    sweepFile: info.sweepFile,
    sweep: sweepAsRun(plan),
    seed: plan.seed,
    design: { kind: plan.sweep.design.kind, points: plan.points.length, ...(plan.sobolBase ? { base: plan.sobolBase } : {}) },
    parameters: plan.parameters.map((p) => ({
      name: p.name,
      paths: p.paths.map((path) => formatPath(path)),
      kind: p.kind,
      scale: p.scale,
      column: p.column,
      ...(p.values ? { values: p.values } : {}),
    })),
    strategies: plan.strategies,
    replicates: plan.sweep.replicates,
    tables: keptTables(plan),
    chunks: { count: plan.chunkCount, points: plan.chunkPoints },
    shard: shard ? { index: shard.index, count: shard.count } : null,
    package: { name: packageName, version },
    gitCommit: info.gitCommit,
    node: process.version,
    complete,
  };
}
