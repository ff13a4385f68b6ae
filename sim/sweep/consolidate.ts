// Join a sweep's chunk parts, in chunk order, into one Parquet file per table (one row
// group per chunk) and optionally CSV; part by part, so memory stays flat.
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvField, csvLine, formatNumber } from '../metrics/format.js';
import { ParquetAppender, readParquet, tableRows, type Table } from './parquet-io.js';
import { partPath, writeAtomicAsync } from './sweep-dir.js';
import type { TableName } from './tables.js';

/**
 * CSV text of a table's rows. Parameter columns (`exact`) keep every digit so points can
 * be reproduced; other numbers are written as `spread run` writes them (6 significant digits).
 */
export function csvRows(table: Table, exact: ReadonlySet<string>): string {
  const formats = table.columns.map((c) => {
    if (c.type === 'STRING') return (v: unknown) => csvField(String(v));
    if (c.type === 'BOOLEAN' || exact.has(c.name)) return (v: unknown) => String(v);
    return (v: unknown) => formatNumber(v as number);
  });
  const rows = table.data[0]?.length ?? 0;
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < formats.length; c++) {
      const v = table.data[c][r];
      line += `${c > 0 ? ',' : ''}${v === null || v === undefined ? '' : formats[c](v)}`;
    }
    out += `${line}\n`;
  }
  return out;
}

export const csvHeader = (table: Pick<Table, 'columns'>): string => csvLine(table.columns.map((c) => csvField(c.name)));

/** Append text to an open file in large synchronous writes. */
export function appendText(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Rows gathered into one row group of a joined table (a whole number of parts). */
const ROW_GROUP_ROWS = 100_000;

function concatTables(tables: readonly Table[]): Table {
  if (tables.length === 1) return tables[0];
  return { columns: tables[0].columns, data: tables[0].columns.map((_, c) => tables.flatMap((t) => t.data[c] as unknown[])) };
}

export interface ConsolidateOptions {
  /** Where the table files go. */
  readonly outDir: string;
  readonly tables: readonly TableName[];
  readonly chunkCount: number;
  /** The directory holding each chunk's parts. */
  readonly partsDir: (chunk: number) => string;
  readonly csv: boolean;
  /** Parameter column names (written with every digit in CSV). */
  readonly exact: ReadonlySet<string>;
}

/** Write <table>.parquet (and .csv) for each table from the chunks' parts. */
export async function consolidate(options: ConsolidateOptions): Promise<void> {
  for (const name of options.tables) {
    const parts = Array.from({ length: options.chunkCount }, (_, c) => {
      const path = partPath(options.partsDir(c), name, c);
      if (!existsSync(path)) throw new Error(`sweep: chunk ${c} has no ${name} part (${path})`);
      return path;
    });
    const columns = (await readParquet(parts[0])).columns;
    await writeAtomicAsync(join(options.outDir, `${name}.parquet`), async (temp) => {
      const out = new ParquetAppender(temp, columns);
      // Row groups of at least ROW_GROUP_ROWS rows (whole parts): small groups cost bytes.
      let pending: Table[] = [];
      let rows = 0;
      const flush = () => {
        if (pending.length > 0) out.append(concatTables(pending));
        pending = [];
        rows = 0;
      };
      for (const part of parts) {
        const table = await readParquet(part);
        pending.push(table);
        rows += tableRows(table);
        if (rows >= ROW_GROUP_ROWS) flush();
      }
      flush();
      out.finish();
    });
    if (options.csv) {
      await writeAtomicAsync(join(options.outDir, `${name}.csv`), async (temp) => {
        const fd = openSync(temp, 'w');
        try {
          appendText(fd, csvHeader({ columns }));
          for (const part of parts) appendText(fd, csvRows(await readParquet(part), options.exact));
        } finally {
          closeSync(fd);
        }
      });
    }
  }
}

/** points.csv from points.parquet. */
export async function pointsCsv(dir: string, exact: ReadonlySet<string>): Promise<void> {
  const table = await readParquet(join(dir, 'points.parquet'));
  await writeAtomicAsync(join(dir, 'points.csv'), async (temp) => {
    const fd = openSync(temp, 'w');
    try {
      appendText(fd, csvHeader(table) + csvRows(table, exact));
    } finally {
      closeSync(fd);
    }
  });
}
