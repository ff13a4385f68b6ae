// Streams timeseries.csv and groups.csv to disk in (strategy, rep, t) order: each
// strategy's rows go to a part file as replicates arrive, joined when the run ends.
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS, OUTPUT_COLUMNS } from '../metrics/columns.js';
import { csvField, csvLine, formatNumber } from '../metrics/format.js';
import type { ReplicateResult } from '../model/replicate-result.js';

export const TIMESERIES_HEADER = ['strategy', 'rep', 't', ...OUTPUT_COLUMNS] as const;
export const GROUPS_HEADER = ['strategy', 'rep', 't', 'group_kind', 'group', ...GROUP_COLUMNS] as const;

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** Rows of one strategy of one replicate in timeseries.csv. */
export function timeseriesRows(strategy: string, result: ReplicateResult, series: Float64Array): string {
  const prefix = `${csvField(strategy)},${result.rep},`;
  let out = '';
  for (let step = 0; step <= result.steps; step++) {
    let line = prefix + formatNumber(step * result.dt);
    const base = step * COLUMN_COUNT;
    for (let c = 0; c < COLUMN_COUNT; c++) line += `,${formatNumber(series[base + c])}`;
    out += `${line}\n`;
  }
  return out;
}

/** Rows of one strategy of one replicate in groups.csv. */
export function groupRows(strategy: string, result: ReplicateResult, groupSeries: Float64Array): string {
  const groups = result.groups.map((g) => `${csvField(g.kind)},${csvField(g.name)}`);
  const prefix = `${csvField(strategy)},${result.rep},`;
  let out = '';
  for (let step = 0; step <= result.steps; step++) {
    const t = formatNumber(step * result.dt);
    for (let g = 0; g < groups.length; g++) {
      let line = `${prefix}${t},${groups[g]}`;
      const base = (step * groups.length + g) * GROUP_COLUMN_COUNT;
      for (let c = 0; c < GROUP_COLUMN_COUNT; c++) line += `,${formatNumber(groupSeries[base + c])}`;
      out += `${line}\n`;
    }
  }
  return out;
}

export class SeriesWriter {
  private readonly parts: { series: WriteStream; groups: WriteStream; seriesPath: string; groupsPath: string }[];

  constructor(
    private readonly dir: string,
    private readonly strategies: readonly string[],
  ) {
    this.parts = strategies.map((_, i) => {
      const seriesPath = join(dir, `.timeseries.${i}.part`);
      const groupsPath = join(dir, `.groups.${i}.part`);
      return { seriesPath, groupsPath, series: createWriteStream(seriesPath), groups: createWriteStream(groupsPath) };
    });
  }

  /** Append one replicate's rows; call in replicate order. */
  async add(result: ReplicateResult): Promise<void> {
    for (const s of result.strategies) {
      const i = this.strategies.indexOf(s.strategy);
      if (i < 0) throw new Error(`series: replicate ${result.rep} has an unknown strategy '${s.strategy}'`);
      await write(this.parts[i].series, timeseriesRows(s.strategy, result, s.series));
      await write(this.parts[i].groups, groupRows(s.strategy, result, s.groupSeries));
    }
  }

  /** Join the parts into timeseries.csv and groups.csv, strategy by strategy. */
  async finish(): Promise<void> {
    for (const p of this.parts) await Promise.all([close(p.series), close(p.groups)]);
    await this.join('timeseries.csv', csvLine([...TIMESERIES_HEADER]), this.parts.map((p) => p.seriesPath));
    await this.join('groups.csv', csvLine([...GROUPS_HEADER]), this.parts.map((p) => p.groupsPath));
  }

  /** Close without joining (the run failed; the caller removes the directory). */
  async abort(): Promise<void> {
    await Promise.allSettled(this.parts.flatMap((p) => [close(p.series), close(p.groups)]));
  }

  private async join(name: string, header: string, parts: readonly string[]): Promise<void> {
    const out = createWriteStream(join(this.dir, name));
    await write(out, header);
    for (const part of parts) {
      await pipeline(createReadStream(part), out, { end: false });
      await rm(part);
    }
    await close(out);
  }
}
