// Parquet files of the sweep's tables: a column table written as one file or appended
// as one row group at a time (flat memory), and read back as columns with hyparquet.
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import { version } from '../../package.json';

export type ColumnType = 'INT32' | 'DOUBLE' | 'STRING' | 'BOOLEAN';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** Nullable (OPTIONAL) columns hold null where a value is undefined. */
  readonly nullable: boolean;
}

export interface Table {
  readonly columns: readonly ColumnSpec[];
  /** One array per column, all of the same length. */
  readonly data: readonly (readonly unknown[])[];
}

export const tableRows = (t: Table): number => t.data[0]?.length ?? 0;

// No clock or host in the file: the same rows give the same bytes.
const CREATED_BY = `spread-sim ${version}`;

function schemaOf(columns: readonly ColumnSpec[]) {
  return schemaFromColumnData({
    columnData: columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, data: [] })),
  });
}

/** Appends tables to one Parquet file, each as a row group; `finish` writes the footer. */
export class ParquetAppender {
  private readonly writer: ParquetWriter;
  private readonly fileWriter: ReturnType<typeof fileWriter>;

  constructor(
    path: string,
    private readonly columns: readonly ColumnSpec[],
  ) {
    this.fileWriter = fileWriter(path);
    this.writer = new ParquetWriter({ writer: this.fileWriter, schema: schemaOf(columns), createdBy: CREATED_BY });
  }

  append(table: Table): void {
    const rows = tableRows(table);
    if (rows === 0) return;
    const names = table.columns.map((c) => c.name).join(',');
    if (names !== this.columns.map((c) => c.name).join(',')) {
      throw new Error(`parquet: columns ${names} do not match the file's ${this.columns.map((c) => c.name).join(',')}`);
    }
    void this.writer.write({
      columnData: this.columns.map((c, i) => ({ name: c.name, data: table.data[i] as unknown[] })),
      rowGroupSize: rows,
    });
  }

  finish(): void {
    this.writer.finish();
  }
}

/** Write a table as a Parquet file of one row group (an empty table gives a file with no rows). */
export function writeParquet(path: string, table: Table): void {
  const out = new ParquetAppender(path, table.columns);
  out.append(table);
  out.finish();
}

/** Read a Parquet file: its columns (names and types as written) and their data. */
export async function readParquet(path: string, columns?: readonly string[]): Promise<Table> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const specs: ColumnSpec[] = metadata.schema.slice(1).map((e) => ({
    name: e.name,
    type: e.type === 'BYTE_ARRAY' ? 'STRING' : (e.type as ColumnType),
    nullable: e.repetition_type !== 'REQUIRED',
  }));
  const chosen = columns ? columns.map((name) => {
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new Error(`parquet: ${path} has no column '${name}'`);
    return spec;
  }) : specs;
  const data: unknown[][] = chosen.map(() => []);
  if (Number(metadata.num_rows) > 0) {
    await parquetRead({
      file,
      metadata,
      columns: chosen.map((c) => c.name),
      rowFormat: 'array',
      onComplete: (rows: unknown[][]) => {
        for (const row of rows) for (let c = 0; c < chosen.length; c++) data[c].push(row[c]);
      },
    });
  }
  return { columns: chosen, data };
}
