// A finished sweep, read for analysis: its manifest, each parameter as numbers per point
// (list values by position), and per strategy and output the mean over replicates.
import { join } from 'node:path';
import { readParquet } from '../parquet-io.js';
import { readManifest, type Manifest } from '../sweep-dir.js';
import { InputError } from '../../scenario/errors.js';

export interface ParameterData {
  readonly name: string;
  readonly kind: string;
  readonly scale: string;
  /** Numbers per point: the value, or its position in `labels`. */
  readonly x: Float64Array;
  /** Values lists: the label of each position. */
  readonly labels?: readonly string[];
}

export interface SweepResults {
  readonly manifest: Manifest;
  readonly parameters: readonly ParameterData[];
  readonly points: number;
  /** Mean over replicates per point (NaN where no replicate defines it), by strategy then output. */
  readonly means: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>;
}

const label = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export async function loadResults(dir: string, outputs: readonly string[]): Promise<SweepResults> {
  const manifest = readManifest(dir);
  if (!manifest) throw new InputError(dir, [{ path: '', message: 'holds no sweep.json: not the output of spread sweep or spread merge' }]);
  if (!manifest.complete || manifest.shard !== null) {
    const what = manifest.shard ? `shard ${manifest.shard.index}/${manifest.shard.count} of a sweep: merge the shards first (spread merge)` : 'an unfinished sweep: run the same spread sweep command again to finish it';
    throw new InputError(dir, [{ path: '', message: `holds ${what}` }]);
  }
  const points = manifest.design.points;
  const table = await readParquet(join(dir, 'points.parquet'));
  const parameters = manifest.parameters.map((p, i): ParameterData => {
    const column = table.data[1 + i];
    if (p.values) {
      const stored = p.values.map((v) => (p.column === 'json' ? JSON.stringify(v) : v));
      return { name: p.name, kind: p.kind, scale: p.scale, x: Float64Array.from(column, (v) => (p.column === 'double' ? (v as number) : stored.indexOf(v))), labels: p.column === 'double' ? undefined : p.values.map(label) };
    }
    return { name: p.name, kind: p.kind, scale: p.scale, x: Float64Array.from(column as number[]) };
  });

  const runs = await readParquet(join(dir, 'runs.parquet'), ['point', 'strategy', ...outputs]);
  const strategyIndex = new Map(manifest.strategies.map((s, i) => [s, i]));
  const S = manifest.strategies.length;
  const sums = outputs.map(() => new Float64Array(S * points));
  const counts = outputs.map(() => new Float64Array(S * points));
  const [pointCol, strategyCol, ...outputCols] = runs.data;
  for (let r = 0; r < pointCol.length; r++) {
    const at = strategyIndex.get(strategyCol[r] as string)! * points + (pointCol[r] as number);
    outputCols.forEach((col, o) => {
      const v = col[r];
      if (typeof v === 'number' && Number.isFinite(v)) {
        sums[o][at] += v;
        counts[o][at] += 1;
      }
    });
  }
  const means = new Map<string, Map<string, Float64Array>>();
  manifest.strategies.forEach((s, si) => {
    const byOutput = new Map<string, Float64Array>();
    outputs.forEach((o, oi) => {
      byOutput.set(o, Float64Array.from({ length: points }, (_, p) => {
        const c = counts[oi][si * points + p];
        return c > 0 ? sums[oi][si * points + p] / c : NaN;
      }));
    });
    means.set(s, byOutput);
  });
  return { manifest, parameters, points, means };
}
