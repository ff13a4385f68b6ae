// Observed adoption curves from CSV text: a time column `t` and one column per curve,
// `all`, `region=NAME` or `type=NAME`, holding cumulative shares in [0, 1] (blank: not observed).
import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../scenario/errors.js';
import { decimal } from '../io/cell-values.js';

export interface ObservedSeries {
  /** The column name: `all`, `region=Peoria`, `type=records`. */
  readonly key: string;
  readonly kind: 'all' | 'region' | 'type';
  readonly group?: string;
  /** Share per time; NaN where not observed. */
  readonly values: Float64Array;
}

export interface Observed {
  readonly times: Float64Array;
  readonly series: readonly ObservedSeries[];
}

function seriesOf(key: string): Pick<ObservedSeries, 'kind' | 'group'> | undefined {
  if (key === 'all') return { kind: 'all' };
  const m = /^(region|type)=(.+)$/.exec(key);
  return m ? { kind: m[1] as 'region' | 'type', group: m[2] } : undefined;
}

/** Parse the observed file; `only` keeps just the named columns (in their file order). */
export function parseObserved(text: string, source: string, only: readonly string[] = []): Observed {
  const fail = (where: string, message: string): never => {
    throw new InputError(source, [{ path: where, message }]);
  };
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    const lines = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    return fail(lines ? `line ${lines}` : '', `malformed CSV: ${(e as Error).message}`);
  }
  if (rows.length < 2) fail('', 'expected a header and at least one row of observations');
  const header = rows[0];
  if (header[0] !== 't') fail('line 1', `the first column must be t (time, in the scenario's time unit), got ${JSON.stringify(header[0])}`);
  for (const name of only) if (!header.includes(name)) fail('line 1', `no column ${JSON.stringify(name)} (--series); the columns are ${header.map((h) => JSON.stringify(h)).join(', ')}`);
  const columns: { index: number; key: string; kind: ObservedSeries['kind']; group?: string }[] = [];
  header.slice(1).forEach((key, i) => {
    if (only.length > 0 && !only.includes(key)) return;
    const s = seriesOf(key);
    if (!s) fail('line 1', `column ${JSON.stringify(key)}: expected all, region=NAME or type=NAME`);
    if (columns.some((c) => c.key === key)) fail('line 1', `column ${JSON.stringify(key)} appears twice`);
    columns.push({ index: i + 1, key, ...s! });
  });
  if (columns.length === 0) fail('line 1', 'no curve columns (all, region=NAME, type=NAME) after t');
  const times = new Float64Array(rows.length - 1);
  const values = columns.map(() => new Float64Array(rows.length - 1));
  for (let r = 1; r < rows.length; r++) {
    const where = `line ${r + 1}`;
    const row = rows[r];
    const t = decimal(row[0]);
    if (!(t >= 0 && Number.isFinite(t))) fail(where, `t: expected a time >= 0, got ${JSON.stringify(row[0])}`);
    if (r > 1 && !(t > times[r - 2])) fail(where, `t: times must increase, got ${row[0]} after ${times[r - 2]}`);
    times[r - 1] = t;
    columns.forEach((c, k) => {
      const cell = row[c.index] ?? '';
      const x = cell === '' ? Number.NaN : decimal(cell);
      if (cell !== '' && !(x >= 0 && x <= 1)) fail(where, `${c.key}: expected a share in [0, 1] (blank if not observed), got ${JSON.stringify(cell)}`);
      values[k][r - 1] = x;
    });
  }
  columns.forEach((c, k) => {
    if (values[k].every(Number.isNaN)) fail('', `column ${JSON.stringify(c.key)} has no observations (every cell is blank)`);
  });
  return { times, series: columns.map((c, k) => ({ key: c.key, kind: c.kind, ...(c.group !== undefined ? { group: c.group } : {}), values: values[k] })) };
}
