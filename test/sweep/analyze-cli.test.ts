// `spread analyze` on a small Sobol' sweep: the tables (one row per strategy, output and
// parameter), well-formed SVG charts, the printed ranking, and the same bytes twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, lines, read, spread } from '../cli/helpers.js';
import { listing, scratch, sweepFixture } from './helpers.js';

const out = scratch();
const DIR = out('sobol');
const PARAMS = ['adoption', 'cost', 'complexity'];
const STRATEGIES = ['champions', '"mandate, then stop"'];

beforeAll(() => {
  assertBuilt();
  const r = spread(['sweep', sweepFixture('sobol.json'), '--out', DIR, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
});

it('writes Sobol indices, main effects, importance and SVG charts, and prints the ranking', () => {
  const r = spread(['analyze', DIR, '--output', 'in_use_share_at_horizon,cumulative_benefit', '--bootstrap', '200']);
  expect(r.status, r.stderr).toBe(0);
  const files = listing(join(DIR, 'analysis'));
  expect(files).toEqual([
    'importance.csv',
    'main-effects-cumulative_benefit.svg',
    'main-effects-in_use_share_at_horizon.svg',
    'main-effects.csv',
    'sobol-cumulative_benefit.svg',
    'sobol-in_use_share_at_horizon.svg',
    'sobol.csv',
  ]);
  const sobol = lines(join(DIR, 'analysis', 'sobol.csv'));
  expect(sobol[0]).toBe('strategy,output,parameter,first,first_low,first_high,total,total_low,total_high,base_rows');
  expect(sobol).toHaveLength(1 + 2 * 2 * PARAMS.length);
  for (const row of sobol.slice(1)) {
    const cells = row.match(/("[^"]*"|[^,]+)/g)!;
    expect(STRATEGIES).toContain(cells[0]);
    const [first, lo, hi, total, tlo, thi] = cells.slice(3, 9).map(Number);
    expect(lo).toBeLessThanOrEqual(hi);
    expect(tlo).toBeLessThanOrEqual(thi);
    expect(Number.isFinite(first) && Number.isFinite(total)).toBe(true);
    expect(cells[9]).toBe('16');
  }
  // Cost does not enter the dynamics, so it cannot explain reach: its total index is exactly 0.
  const costReach = sobol.find((l) => l.startsWith('champions,in_use_share_at_horizon,cost,'))!.split(',');
  expect(Number(costReach[6])).toBe(0);
  const importance = lines(join(DIR, 'analysis', 'importance.csv'));
  expect(importance[0]).toBe('strategy,output,rank,parameter,measure,value,eta_squared');
  expect(importance.filter((l) => l.startsWith('champions,in_use_share_at_horizon,')).map((l) => l.split(',')[3]).at(-1)).toBe('cost');

  for (const svg of files.filter((f) => f.endsWith('.svg'))) {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (_level, message) => errors.push(message) }).parseFromString(read(join(DIR, 'analysis', svg)), 'image/svg+xml');
    expect(errors, svg).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe('svg');
  }
  expect(read(join(DIR, 'analysis', 'main-effects-in_use_share_at_horizon.svg'))).toContain('>complexity</text>');
  expect(r.stdout).toMatch(/^in_use_share_at_horizon: Sobol' indices \(base N = 16; 95% bootstrap intervals\), by total index$/m);
  expect(r.stdout).toMatch(/^ {4} 1\. adoption +total \d\.\d\d \[/m);
});

it('gives the same bytes when run again (seeded bootstrap)', () => {
  const a = readFileSync(join(DIR, 'analysis', 'sobol.csv'));
  expect(spread(['analyze', DIR, '--output', 'in_use_share_at_horizon,cumulative_benefit', '--bootstrap', '200', '--quiet']).status).toBe(0);
  expect(readFileSync(join(DIR, 'analysis', 'sobol.csv')).equals(a)).toBe(true);
});
