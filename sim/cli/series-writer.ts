// Streams timeseries.csv and groups.csv to disk in (strategy, rep, t) order: each
// strategy's rows go to a part file as replicates arrive, joined when the run ends.
// Plain synchronous writes of large chunks: the main thread has nothing else to do
// meanwhile (workers keep computing), and they cost half what a write stream does.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_COUNT, GROUP_COLUMN_COUNT, GROUP_COLUMNS, OUTPUT_COLUMNS } from '../metrics/columns.js';
import { csvField, csvLine, formatNumber } from '../metrics/format.js';
import type { ReplicateResult } from '../model/replicate-result.js';

export const TIMESERIES_HEADER = ['strategy', 'rep', 't', ...OUTPUT_COLUMNS] as const;
export const GROUPS_HEADER = ['strategy', 'rep', 't', 'group_kind', 'group', ...GROUP_COLUMNS] as const;

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

/** Write everything: a write may be short (the OS takes part of it); go on until done. */
function writeAll(fd: number, data: string | Buffer, length = data.length): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const end = typeof data === 'string' ? bytes.length : length;
  for (let at = 0; at < end; ) at += writeSync(fd, bytes, at, end - at);
}

interface Part {
  readonly path: string;
  fd: number;
}

export class SeriesWriter {
  private readonly series: Part[];
  private readonly groups: Part[];

  constructor(
    private readonly dir: string,
    private readonly strategies: readonly string[],
  ) {
    const open = (name: string): Part => {
      const path = join(dir, name);
      return { path, fd: openSync(path, 'w') };
    };
    this.series = strategies.map((_, i) => open(`.timeseries.${i}.part`));
    this.groups = strategies.map((_, i) => open(`.groups.${i}.part`));
  }

  /** Append one replicate's rows; call in replicate order. */
  add(result: ReplicateResult): void {
    for (const s of result.strategies) {
      const i = this.strategies.indexOf(s.strategy);
      if (i < 0) throw new Error(`series: replicate ${result.rep} has an unknown strategy '${s.strategy}'`);
      writeAll(this.series[i].fd, timeseriesRows(s.strategy, result, s.series));
      writeAll(this.groups[i].fd, groupRows(s.strategy, result, s.groupSeries));
    }
  }

  /** Join the parts into timeseries.csv and groups.csv, strategy by strategy. */
  finish(): void {
    this.closeParts();
    this.join('timeseries.csv', csvLine([...TIMESERIES_HEADER]), this.series);
    this.join('groups.csv', csvLine([...GROUPS_HEADER]), this.groups);
  }

  /** Close without joining (the run failed; the caller removes the directory). */
  abort(): void {
    this.closeParts();
  }

  private closeParts(): void {
    for (const part of [...this.series, ...this.groups]) {
      if (part.fd >= 0) closeSync(part.fd);
      part.fd = -1;
    }
  }

  private join(name: string, header: string, parts: readonly Part[]): void {
    const out = openSync(join(this.dir, name), 'w');
    const buffer = Buffer.allocUnsafe(1 << 20);
    try {
      writeAll(out, header);
      for (const part of parts) {
        const fd = openSync(part.path, 'r');
        try {
          for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) writeAll(out, buffer, n);
        } finally {
          closeSync(fd);
        }
        rmSync(part.path);
      }
    } finally {
      closeSync(out);
    }
  }
}
