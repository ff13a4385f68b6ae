// A `file` network inside scenarios: any scenario's system exported and imported again
// builds the same Csr and units; node-table attributes replace the draws and nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenario } from '../../sim/cli/read-scenario.js';
import { builtSystemTable } from '../../sim/io/built-system-table.js';
import { edgesCsv, nodesCsv } from '../../sim/io/csv-write.js';
import { gexfText } from '../../sim/io/gexf-write.js';
import { graphmlText } from '../../sim/io/graphml-write.js';
import { exportRows } from '../../sim/io/system-export.js';
import { buildSystem, runReplicate } from '../../sim/model/replicate.js';
import type { System } from '../../sim/model/system.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'spread-io-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const generated = {
  name: 'export-me',
  seed: 7,
  replicates: 1,
  time: { steps: 5 },
  system: {
    network: {
      kind: 'healthSystem',
      regions: [
        { name: 'North', units: 30 },
        { name: 'South', units: 25 },
      ],
      types: [
        { name: 'GP practice', share: 2, size: { dist: 'lognormal', median: 5000, sigma: 0.5 } },
        { name: 'hospital', share: 1, size: { dist: 'lognormal', median: 80000, sigma: 0.3 }, extraStrongTies: 3 },
      ],
      weakDegree: 1,
    },
  },
  strategies: [{ name: 'seed', levers: [{ type: 'seed' }] }],
};

function writeScenario(name: string, network: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...generated, ...extra, name, system: { network } }));
  return path;
}

function expectSameSystem(a: System, b: System) {
  for (const k of ['starts', 'neighbors', 'kinds', 'weights'] as const) expect(b.csr[k]).toEqual(a.csr[k]);
  const pa = a.population;
  const pb = b.population;
  expect(Array.from(pb.region, (r) => pb.regionNames[r])).toEqual(Array.from(pa.region, (r) => pa.regionNames[r]));
  expect(Array.from(pb.type, (t) => pb.typeNames[t])).toEqual(Array.from(pa.type, (t) => pa.typeNames[t]));
  for (const k of ['size', 'capacity', 'capability', 'receptiveness', 'leadership', 'threshold', 'fatigue'] as const) {
    expect(pb[k]).toEqual(pa[k]);
  }
}

describe('export then import a generated system', () => {
  const scenario = ScenarioSchema.parse(generated);
  const original = buildSystem(scenario, 0);
  const rows = exportRows(builtSystemTable(original, undefined, true));

  it.each(['csv', 'gexf', 'graphml'] as const)('%s: same ties, kinds, weights, labels, sizes and attributes', async (format) => {
    if (format === 'csv') {
      writeFileSync(join(dir, 'sys.csv'), edgesCsv(rows));
      writeFileSync(join(dir, 'sys.nodes.csv'), nodesCsv(rows));
    } else writeFileSync(join(dir, `sys.${format}`), format === 'gexf' ? gexfText(rows) : graphmlText(rows));
    const file = writeScenario(`imported-${format}`, { kind: 'file', path: `sys.${format}`, ...(format === 'csv' ? { nodes: 'sys.nodes.csv' } : {}) });
    const { scenario: imported } = await readScenario(file, [], []);
    expectSameSystem(original, buildSystem(imported, 0));
  });
});

describe('unit attributes from a node table', () => {
  it('replace the draws where given; blanks and other attributes keep exactly the draws they had', async () => {
    writeFileSync(join(dir, 'ring.csv'), 'source,target\n' + Array.from({ length: 8 }, (_, i) => `u${i},u${(i + 1) % 8}`).join('\n') + '\n');
    writeFileSync(join(dir, 'plain.nodes.csv'), 'id\n' + Array.from({ length: 8 }, (_, i) => `u${i}`).join('\n') + '\n');
    writeFileSync(join(dir, 'given.nodes.csv'), 'id,cap\n' + Array.from({ length: 8 }, (_, i) => `u${i},${i % 2 ? '' : i / 10}`).join('\n') + '\n');
    const plain = await readScenario(writeScenario('plain', { kind: 'file', path: 'ring.csv', nodes: 'plain.nodes.csv' }), [], []);
    const given = await readScenario(
      writeScenario('given', { kind: 'file', path: 'ring.csv', nodes: 'given.nodes.csv', mapping: { attributes: { capacity: 'cap' } } }),
      [],
      [],
    );
    const a = buildSystem(plain.scenario, 0).population;
    const b = buildSystem(given.scenario, 0).population;
    for (let i = 0; i < 8; i++) expect(b.capacity[i]).toBe(i % 2 ? a.capacity[i] : Math.fround(i / 10));
    for (const k of ['capability', 'receptiveness', 'leadership', 'threshold', 'fatigue', 'context'] as const) expect(b[k]).toEqual(a[k]);
  });
});

describe('a file network travels with the scenario', () => {
  it('to worker threads by structured clone, and into run.json as a summary', async () => {
    const file = writeScenario('travel', { kind: 'file', path: 'ring.csv' });
    const { scenario } = await readScenario(file, [], []);
    const cloned = structuredClone(scenario);
    expect(runReplicate(cloned, 0).strategies[0].series).toEqual(runReplicate(scenario, 0).strategies[0].series);
    const json = JSON.parse(JSON.stringify(scenario));
    expect(json.system.network.resolved).toMatchObject({ file: 'ring.csv', format: 'csv', units: 8, ties: 8, edgeRows: 8 });
    expect(json.system.network.resolved.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Node ids stay on the main thread (not enumerable, so not cloned).
    expect((scenario.system.network as { resolved?: { ids?: string[] } }).resolved?.ids).toHaveLength(8);
    expect((cloned.system.network as { resolved?: { ids?: string[] } }).resolved?.ids).toBeUndefined();
  });

  it('an unread file network is a clear error, not a crash, where no command line read it', () => {
    const scenario = ScenarioSchema.parse({ ...generated, system: { network: { kind: 'file', path: 'ring.csv' } } });
    expect(() => buildSystem(scenario, 0)).toThrow(/'ring\.csv' has not been read/);
  });
});
