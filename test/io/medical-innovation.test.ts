// The bundled Medical Innovation study: the scenario loads 246 physicians and 1,551
// nominations as the data README counts them, and the derived files agree with the originals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../sim/cli/read-scenario.js';
import type { ResolvedNetwork } from '../../sim/io/resolved-network.js';
import { buildSystem } from '../../sim/model/replicate.js';
import { STRONG } from '../../sim/network/csr.js';
import { importFile } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = join(ROOT, 'scenarios', 'data', 'medical-innovation');
const csv = (name: string) => parse(readFileSync(join(DATA, name)), { columns: true }) as Record<string, string>[];

describe('scenarios/medical-innovation.json', async () => {
  const { scenario } = await readScenario(join(ROOT, 'scenarios', 'medical-innovation.json'), [], []);
  const resolved = (scenario.system.network as unknown as { resolved: ResolvedNetwork }).resolved;
  const system = buildSystem(scenario, 0);
  const pop = system.population;

  it('loads 246 physicians and 1,551 nominations naming 1,099 ordered pairs', () => {
    expect(resolved.summary).toMatchObject({ units: 246, edgeRows: 1551, ties: 1099, repeats: 452, selfLoops: 0, directed: true });
    expect(pop.n).toBe(246);
    expect(system.csr.starts[246]).toBe(1099); // in-rows: one entry per directed tie
  });

  it('has the four towns as regions and the 125 physicians with prescription records as a type', () => {
    const count = (codes: Uint16Array, names: readonly string[]) => Object.fromEntries(names.map((n, c) => [n, codes.filter((x) => x === c).length]));
    expect(count(pop.region, pop.regionNames)).toEqual({ Peoria: 117, Bloomington: 50, Quincy: 44, Galesburg: 35 });
    expect(count(pop.type, pop.typeNames)).toEqual({ records: 125, 'no records': 121 });
  });

  it('makes advice and discussion nominations strong ties and friendship-only pairs weak', () => {
    const rows = csv('edges.csv');
    const byType = (t: string) => rows.filter((r) => r.type === t).length;
    expect([byType('advice'), byType('discussion'), byType('friend')]).toEqual([480, 565, 506]);
    // A pair is strong when any of its nominations is advice or discussion.
    const pairs = new Map<string, boolean>();
    for (const r of rows) pairs.set(`${r.to}>${r.from}`, (pairs.get(`${r.to}>${r.from}`) ?? false) || r.type !== 'friend');
    const strong = [...pairs.values()].filter(Boolean).length;
    expect(resolved.kind.filter((k) => k === STRONG).length).toBe(strong);
    // Weights count the relations a pair was named in: they add up to the nominations.
    expect(resolved.weight.reduce((s, w) => s + w, 0)).toBe(1551);
  });

  it('is 924 undirected pairs with 5 isolated physicians, as the data README says', async () => {
    const { table } = await importFile({ path: 'edges.csv', nodes: 'physicians.csv', mapping: { source: 'to', target: 'from' } }, DATA);
    expect(table.ties.source.length).toBe(924);
    const degree = new Array(246).fill(0);
    for (let e = 0; e < 924; e++) {
      degree[table.ties.source[e]]++;
      degree[table.ties.target[e]]++;
    }
    expect(degree.filter((d) => d === 0).length).toBe(5);
  });

  it('derives physicians.csv from nodes.csv by the README rule', () => {
    const nodes = csv('nodes.csv');
    const physicians = csv('physicians.csv');
    expect(physicians.length).toBe(246);
    physicians.forEach((p, i) => {
      const n = nodes[i];
      expect([p.id, p.town, p.toa]).toEqual([n.id, n.town, n.toa]);
      expect(p.sample).toBe(n.in_adoption_sample === '1' ? 'records' : 'no records');
      expect(p.specialty).toBe(n.specialty || 'unknown');
    });
  });

  it('derives the observed curves from adoption_curve.csv (109 of 125 by month 17)', () => {
    const curve = csv('adoption_curve.csv');
    const observed = csv('observed.csv');
    expect(curve.map((r) => Number(r.cum_adopters))).toEqual([11, 20, 29, 40, 51, 62, 75, 82, 86, 87, 92, 95, 98, 102, 106, 108, 109]);
    observed.forEach((o, i) => {
      expect(Number(o.t)).toBe(i + 1);
      expect(Number(o['type=records'])).toBeCloseTo(Number(curve[i].cum_adopters) / 125, 12);
    });
    const towns = { Peoria: 62, Bloomington: 24, Quincy: 21, Galesburg: 18 };
    csv('observed-by-town.csv').forEach((o, i) => {
      for (const [town, n] of Object.entries(towns)) {
        expect(Number(o[`region=${town}`])).toBeCloseTo(Number(curve[i][`cum_${town}_n${n}`]) / n, 6);
      }
    });
    // Month 17 per town: Peoria 55/62, Bloomington 21/24, Quincy 17/21, Galesburg 16/18.
    expect(curve[16]).toMatchObject({ cum_Peoria_n62: '55', cum_Bloomington_n24: '21', cum_Quincy_n21: '17', cum_Galesburg_n18: '16' });
  });

  it('has adoption data for exactly the records type, and toa agrees with the curve', () => {
    const physicians = csv('physicians.csv');
    const records = physicians.filter((p) => p.sample === 'records');
    expect(records.every((p) => p.toa !== '')).toBe(true);
    expect(physicians.filter((p) => p.sample !== 'records').every((p) => p.toa === '')).toBe(true);
    expect(records.filter((p) => Number(p.toa) <= 17).length).toBe(109);
  });
});
