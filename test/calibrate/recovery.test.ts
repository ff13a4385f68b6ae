// Calibration recovers known parameters from one engine run of the Bass reduction (mean field,
// 400 units, p = 0.03, q = 0.38 per year), within a tolerance derived below.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitBass } from '../../sim/calibrate/bass.js';
import { COLUMN, COLUMN_COUNT } from '../../sim/metrics/columns.js';
import { runReplicate } from '../../sim/model/replicate.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { assertBuilt, spread } from '../cli/helpers.js';

const TRUE = { p: 0.03, q: 0.38 };
const N = 400;
const raw = {
  name: 'bass-recovery',
  seed: 'truth',
  replicates: 1,
  time: { unit: 'year', dt: 0.5, steps: 20 },
  system: {
    network: { kind: 'edges', n: N, edges: [] },
    population: { threshold: 0, leadership: 1, receptiveness: 1, fatigue: 0, capacity: 1 },
  },
  intervention: { kind: 'innovation', advantage: 1 },
  dynamics: {
    friction: false,
    meanField: true,
    awareness: { external: 1, strong: 0, weak: 0 },
    adoption: { base: TRUE.p, imitation: TRUE.q, thresholdWidth: 0, hierarchyBlunting: 0 },
  },
  strategies: [{ name: 'bass' }],
  outputs: { sustainAfter: 0 },
};
const OBSERVED_TIMES = Array.from({ length: 10 }, (_, i) => i + 1); // years 1..10 = steps 2, 4, ..., 20

/** Share ever adopted at years 1..10 in one run with this seed. */
function curve(seed: string): number[] {
  const r = runReplicate(ScenarioSchema.parse({ ...raw, seed }), 0);
  const s = r.strategies[0].series;
  return OBSERVED_TIMES.map((t) => s[t * 2 * COLUMN_COUNT + COLUMN.ever_adopted] / N);
}

const dir = mkdtempSync(join(tmpdir(), 'spread-fit-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spread fit recovers p and q from engine-simulated adoption', () => {
  beforeAll(assertBuilt);

  it('within 3 x sqrt(2) sampling standard deviations plus Monte Carlo error', () => {
    // The sampling sd of an estimate from one run of 400 units, measured: Bass least
    // squares on 40 independent runs. ABC's distance compares the data with one more
    // stochastic run, which adds about as much noise again: hence sqrt(2). Three of
    // those sds cover 99.7% of datasets if the estimator is about normal and unbiased.
    const boot = Array.from({ length: 40 }, (_, k) => fitBass(OBSERVED_TIMES, curve(`boot/${k}`)));
    const sd = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
    };
    const sampling = { p: sd(boot.map((b) => b.p)), q: sd(boot.map((b) => b.q)) };

    writeFileSync(join(dir, 'bass.json'), JSON.stringify(raw));
    const observed = curve('truth');
    writeFileSync(join(dir, 'observed.csv'), `t,all\n${OBSERVED_TIMES.map((t, i) => `${t},${observed[i]}`).join('\n')}\n`);
    const out = join(dir, 'fit');
    const r = spread([
      'fit', join(dir, 'bass.json'), '--observed', join(dir, 'observed.csv'),
      '--fit', 'dynamics.adoption.base=0.002..0.2', '--fit', 'dynamics.adoption.imitation=0..1.5',
      '--particles', '100', '--generations', '6', '--quantile', '0.3', '--predictive', '50', '--point-reps', '20', '--out', out, '--quiet',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const [base, imitation] = summary.parameters;
    // Monte Carlo error of a weighted median: about 1.25 posterior sd / sqrt(ESS); the
    // posterior sd is about the 90% interval's width / 3.29.
    const mc = (e: { ci90: [number, number] }) => (1.25 * (e.ci90[1] - e.ci90[0])) / 3.29 / Math.sqrt(summary.abc.finalEss);
    const tolerance = { p: 3 * Math.SQRT2 * sampling.p + 3 * mc(base), q: 3 * Math.SQRT2 * sampling.q + 3 * mc(imitation) };
    expect(Math.abs(base.estimate - TRUE.p)).toBeLessThan(tolerance.p);
    expect(Math.abs(imitation.estimate - TRUE.q)).toBeLessThan(tolerance.q);
    // Informative: the 90% intervals are far narrower than the priors.
    expect(base.ci90[1] - base.ci90[0]).toBeLessThan((0.2 - 0.002) / 4);
    expect(imitation.ci90[1] - imitation.ci90[0]).toBeLessThan(1.5 / 4);
  });
});
