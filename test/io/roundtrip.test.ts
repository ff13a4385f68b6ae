// Import, export and import again, in every format and across formats: the system
// (ids, ties with kind and weight, direction, regions, types, sizes, unit attributes) survives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../sim/io/csv-write.js';
import { gexfText } from '../../sim/io/gexf-write.js';
import { graphmlText } from '../../sim/io/graphml-write.js';
import { exportRows } from '../../sim/io/system-export.js';
import type { SystemTable } from '../../sim/io/system-table.js';
import { content, importFile } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'spread-io-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Format = 'csv' | 'gexf' | 'graphml';
let count = 0;

/** Export a table in `format`, then import the file(s) again with default mappings. */
async function again(table: SystemTable, format: Format): Promise<SystemTable> {
  const rows = exportRows(table);
  const name = `t${count++}`;
  if (format === 'csv') {
    writeFileSync(join(dir, `${name}.csv`), edgesCsv(rows));
    writeFileSync(join(dir, `${name}.nodes.csv`), nodesCsv(rows));
    return (await importFile({ path: `${name}.csv`, nodes: `${name}.nodes.csv`, directed: table.directed }, dir)).table;
  }
  writeFileSync(join(dir, `${name}.${format}`), format === 'gexf' ? gexfText(rows) : graphmlText(rows));
  return (await importFile({ path: `${name}.${format}` }, dir)).table;
}

const SOURCES: [string, Record<string, unknown>][] = [
  ['CSV edge list + node table (undirected)', { path: 'small-edges.csv', nodes: 'small-nodes.csv' }],
  ['CSV edge list + node table (directed)', { path: 'small-edges.csv', nodes: 'small-nodes.csv', directed: true, repeated: 'sum' }],
  ['CSV edge list alone', { path: 'small-edges.csv' }],
  ['GEXF', { path: 'small.gexf' }],
  ['GraphML (mixed directions)', { path: 'small.graphml' }],
];

describe.each(SOURCES)('%s', (_name, raw) => {
  it.each(['csv', 'gexf', 'graphml'] as const)('round-trips through %s', async (format) => {
    const { table } = await importFile(raw);
    expect(content(await again(table, format))).toEqual(content(table));
  });

  it('round-trips through every format in turn (csv -> gexf -> graphml -> csv)', async () => {
    const { table } = await importFile(raw);
    let t = table;
    for (const f of ['csv', 'gexf', 'graphml', 'csv'] as const) t = await again(t, f);
    expect(content(t)).toEqual(content(table));
  });
});

describe('what the importers read', () => {
  it('CSV: node table order, labels, sizes, blank attributes as not given, repeats merged', async () => {
    const { table, resolved } = await importFile({ path: 'small-edges.csv', nodes: 'small-nodes.csv' });
    const c = content(table);
    expect(c.ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(c.region).toEqual(['North', 'North', 'South', 'South', 'East', 'East']);
    expect(c.type).toEqual(['hospital', 'GP practice', 'GP practice', 'ward, acute', 'GP practice', 'hospital']);
    expect(c.size).toEqual([12000, 3000, 2500, 800, 4100, 9000]);
    expect(c.given).toEqual({ capacity: [0.5, null, 0.1, 1, 0.75, null], threshold: [null, 0.25, 0.3, 0, 0.125, null] });
    // b,a repeats a,b (undirected): the first row's kind and weight are kept.
    expect(c.ties).toEqual(['a>b strong 1', 'a>c strong 0.75', 'a>e strong 3', 'b>c weak 2.5', 'c>d strong 1', 'd>e weak 1']);
    expect(resolved.summary).toMatchObject({ units: 6, edgeRows: 7, ties: 6, repeats: 1, selfLoops: 0, directed: false });
    expect(resolved.regionNames).toEqual(['North', 'South', 'East']);
    expect([...resolved.region]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("CSV: 'sum' adds the weights of a repeated tie; directed keeps b->a apart from a->b", async () => {
    const sum = content((await importFile({ path: 'small-edges.csv', repeated: 'sum' })).table);
    expect(sum.ties).toContain('a>b strong 10');
    const directed = content((await importFile({ path: 'small-edges.csv', directed: true })).table);
    expect(directed.ties).toContain('a>b strong 1');
    expect(directed.ties).toContain('b>a strong 9');
  });

  it('GEXF: typed attributes, the weight and kind of each edge, the label ignored', async () => {
    const c = content((await importFile({ path: 'small.gexf' })).table);
    expect(c.ids).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(c.region).toEqual(['A', 'A', 'B', 'B']);
    expect(c.given).toEqual({ capability: [0.25, 0.5, null, 1] });
    expect(c.ties).toEqual(['n1>n2 strong 2', 'n1>n4 strong 1', 'n2>n3 weak 1', 'n3>n4 strong 0.5']);
  });

  it('GraphML: key defaults apply; an undirected edge in a directed file counts both ways', async () => {
    const c = content((await importFile({ path: 'small.graphml' })).table);
    expect(c.directed).toBe(true);
    expect(c.ties).toEqual(['x>y strong 2', 'x>z strong 1', 'y>z weak 1', 'z>x strong 1', 'z>y weak 1']);
    expect(c.given).toEqual({ receptiveness: [0.9, null, 0.1] });
  });
});
