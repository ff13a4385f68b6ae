// `spread fit` and `spread fit-bass` through the built CLI on the Medical Innovation data:
// the files and chart they write, the same bytes on 1 or 2 workers, bad input refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entries, read, spread, tempDir } from '../cli/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO = join(ROOT, 'scenarios', 'medical-innovation.json');
const OBSERVED = join(ROOT, 'scenarios', 'data', 'medical-innovation', 'observed.csv');
const { dir, cleanup } = tempDir();
afterAll(cleanup);
beforeAll(assertBuilt);

const small = ['--particles', '40', '--generations', '3', '--predictive', '20', '--point-reps', '10', '--quiet'];
const fitArgs = ['--fit', 'dynamics.adoption.base=0.001..0.5', '--fit', 'dynamics.adoption.imitation=0..3'];

describe('spread fit on the Medical Innovation data (small budget)', () => {
  const out1 = join(dir, 'fit-w1');
  const out2 = join(dir, 'fit-w2');
  beforeAll(() => {
    for (const [out, workers] of [[out1, '1'], [out2, '2']]) {
      const r = spread(['fit', SCENARIO, '--observed', OBSERVED, ...fitArgs, ...small, '--workers', workers, '--out', out]);
      if (r.status !== 0) throw new Error(r.stderr);
    }
  });

  it('writes estimates with 90% credible intervals, distances, the posterior, the populations and curves', () => {
    expect(entries(out1)).toEqual(['curves.csv', 'fit.json', 'fit.svg', 'populations.csv', 'posterior.csv', 'summary.json']);
    const summary = JSON.parse(read(join(out1, 'summary.json')));
    expect(summary.parameters.map((p: { name: string }) => p.name)).toEqual(['dynamics.adoption.base', 'dynamics.adoption.imitation']);
    for (const p of summary.parameters) {
      expect(p.ci90[0]).toBeLessThanOrEqual(p.estimate);
      expect(p.estimate).toBeLessThanOrEqual(p.ci90[1]);
      expect(p.ci90[0]).toBeGreaterThanOrEqual(p.prior.low);
      expect(p.ci90[1]).toBeLessThanOrEqual(p.prior.high);
    }
    expect(summary.distance.pointEstimateMeanCurve).toBeGreaterThan(0);
    expect(summary.distance.pointEstimateMeanCurve).toBeLessThan(summary.distance.finalTolerance * 2);
    expect(summary.abc).toMatchObject({ particles: 40, populations: 3 });
    const posterior = read(join(out1, 'posterior.csv')).trimEnd().split('\n');
    expect(posterior[0]).toBe('particle,dynamics.adoption.base,dynamics.adoption.imitation,weight,distance');
    expect(posterior).toHaveLength(41);
    const weights = posterior.slice(1).map((l) => Number(l.split(',')[3]));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // Curves: every quarter-month step of 17 months, the 17 observed months filled in.
    const curves = read(join(out1, 'curves.csv')).trimEnd().split('\n');
    expect(curves).toHaveLength(1 + 69);
    expect(curves.filter((l) => l.split(',')[2] !== '').length - 1).toBe(17);
    expect(curves.find((l) => l.startsWith('type=records,17,'))).toMatch(/^type=records,17,0\.872,/);
  });

  it('draws observed points over the simulated band, median and point-estimate curve', () => {
    const svg = read(join(out1, 'fit.svg'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<circle class="observed"/g)).toHaveLength(17);
    for (const cls of ['band', 'median', 'point']) expect(svg).toContain(`<path class="${cls}" d="M`);
    expect(svg).toContain('data-curve="type=records"');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('gives the same bytes on 1 and 2 workers', () => {
    for (const f of ['summary.json', 'posterior.csv', 'populations.csv', 'curves.csv', 'fit.svg', 'fit.json']) {
      expect(readFileSync(join(out2, f)), f).toEqual(readFileSync(join(out1, f)));
    }
  });
});

describe('spread fit: bad input exits 2 and writes nothing', () => {
  it.each([
    [['--fit', 'dynamics.adoption.bogus=0..1'], /--fit dynamics\.adoption\.bogus=0\.\.1: .*adoption has no field 'bogus'/],
    [['--fit', 'dynamics.adoption.base=0..1', '--strategy', 'Nope'], /--strategy: no strategy "Nope"/],
    [['--fit', 'dynamics.adoption.base=0..1', '--particles', '3'], /--particles: expected a whole number from 10/],
    [['--fit', 'dynamics.adoption.base=0..1', '--series', 'region=Nowhere'], /observed\.csv: line 1: no column "region=Nowhere"/],
    [[], /--fit: give at least one parameter/],
  ])('%j', (extra, message) => {
    const out = join(dir, 'never');
    const r = spread(['fit', SCENARIO, '--observed', OBSERVED, ...extra, '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('an observed curve for a group the system does not have, or off the step grid', () => {
    writeFileSync(join(dir, 'bad-group.csv'), 't,region=Chicago\n1,0.1\n');
    writeFileSync(join(dir, 'off-grid.csv'), 't,all\n1.1,0.1\n');
    const a = spread(['fit', SCENARIO, '--observed', join(dir, 'bad-group.csv'), ...fitArgs, '--out', join(dir, 'never'), '--quiet']);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/bad-group\.csv: line 1: column "region=Chicago": the system has no region of that name \(regions: "Peoria", "Bloomington", "Quincy", "Galesburg"\)/);
    const b = spread(['fit', SCENARIO, '--observed', join(dir, 'off-grid.csv'), ...fitArgs, '--out', join(dir, 'never'), '--quiet']);
    expect(b.stderr).toMatch(/off-grid\.csv: line 2: t = 1\.1 is not a whole number of steps of time\.dt = 0\.25/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

describe('spread fit-bass', () => {
  it('fits p and q per curve and writes them as JSON', () => {
    const out = join(dir, 'bass.json');
    const r = spread(['fit-bass', '--observed', join(ROOT, 'scenarios', 'data', 'medical-innovation', 'observed-by-town.csv'), '--market', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/region=Peoria/);
    const json = JSON.parse(read(out));
    expect(json.curves.map((c: { curve: string }) => c.curve)).toEqual(['region=Peoria', 'region=Bloomington', 'region=Quincy', 'region=Galesburg']);
    for (const c of json.curves) {
      expect(c.p).toBeGreaterThan(0);
      expect(c.m).toBeLessThanOrEqual(1.2);
      expect(c.r2).toBeGreaterThan(0.9);
    }
  });

  it('needs --observed', () => {
    const r = spread(['fit-bass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--observed: required/);
  });
});
