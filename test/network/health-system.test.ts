// Tests for the health-system generator: strong ties stay inside regions, weak ties cross
// them, exact tie counts where the generator is exact, type shares and sizes within tolerance.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../sim/network/build-network.js';
import { STRONG, WEAK } from '../../sim/network/csr.js';
import { stream } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';
import { degree, expectValidCsr, row } from './csr-checks.js';

const build = (raw: unknown, seed = 3) => buildNetwork(NetworkSchema.parse(raw), stream(seed, 'network'));

const regions = 6;
const perRegion = 300;
const n = regions * perRegion;
const spec = {
  kind: 'healthSystem',
  regions: { count: regions, unitsPerRegion: perRegion },
  types: [
    { name: 'gp', share: 3, size: { dist: 'lognormal', median: 8000, sigma: 0.4 } },
    { name: 'hospital', share: 1, size: { dist: 'normal', mean: 200000, sd: 50000 }, extraStrongTies: 8 },
  ],
  strongDegree: 6,
  strongRewire: 0.2,
  weakDegree: 1.5,
};

/** Strong and weak ties (each counted once), and ties of the wrong kind for their ends. */
function census(built: ReturnType<typeof build>) {
  const { csr, labels } = built;
  let strong = 0;
  let weak = 0;
  let misplaced = 0;
  for (let i = 0; i < csr.n; i++) {
    for (let e = csr.starts[i]; e < csr.starts[i + 1]; e++) {
      const j = csr.neighbors[e];
      const sameRegion = labels.region[i] === labels.region[j];
      if (csr.kinds[e] === STRONG) {
        if (!sameRegion) misplaced++;
        if (j > i) strong++;
      } else {
        if (sameRegion) misplaced++;
        if (j > i) weak++;
      }
    }
  }
  return { strong, weak, misplaced };
}

describe('healthSystem', () => {
  const built = build(spec);
  const { csr, labels } = built;

  it('is a sound undirected network with contiguous regions R1..Rk', () => {
    expectValidCsr(csr);
    expect(csr.n).toBe(n);
    expect(labels.regionNames).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    for (let i = 0; i < n; i++) expect(labels.region[i]).toBe(Math.floor(i / perRegion));
    expect(labels.typeNames).toEqual(['gp', 'hospital']);
  });

  it('keeps strong ties inside regions and weak ties between them', () => {
    expect(census(built).misplaced).toBe(0);
  });

  it('has the lattice ties plus each hub exactly its extra ties (rewiring keeps the count)', () => {
    const hubs = labels.type.reduce((sum, t) => sum + (t === 1 ? 1 : 0), 0);
    expect(census(built).strong).toBe((n * 6) / 2 + 8 * hubs);
  });

  it('has weak ties with mean degree weakDegree (round(n * weakDegree / 2) ties)', () => {
    expect(census(built).weak).toBe(Math.round((n * 1.5) / 2));
  });

  it('draws types by share', () => {
    const hubs = labels.type.reduce((sum, t) => sum + (t === 1 ? 1 : 0), 0);
    // Binomial(n, 1/4): four standard deviations.
    expect(Math.abs(hubs / n - 0.25)).toBeLessThan((4 * Math.sqrt(0.25 * 0.75 * n)) / n);
  });

  it('gives hubs their extra strong ties', () => {
    let hubDegree = 0;
    let hubs = 0;
    for (let i = 0; i < n; i++) {
      if (labels.type[i] !== 1) continue;
      hubs++;
      hubDegree += row(csr, i).filter((j) => labels.region[j] === labels.region[i]).length;
    }
    // At least lattice (6) + own extras (8), on average.
    expect(hubDegree / hubs).toBeGreaterThan(14);
  });

  it("draws positive sizes from each type's distribution", () => {
    const size = labels.size!;
    expect(size.length).toBe(n);
    expect(size.every((s) => s > 0 && Number.isFinite(s))).toBe(true);
    const gp = Array.from(size).filter((_, i) => labels.type[i] === 0).sort((a, b) => a - b);
    const median = gp[gp.length >> 1];
    // The sample median of a lognormal: sd ~ 1.25 * sigma * median / sqrt(k) on the log scale.
    expect(Math.abs(Math.log(median / 8000))).toBeLessThan((4 * 1.2533 * 0.4) / Math.sqrt(gp.length));
  });

  it('is a set of region ring lattices when nothing is rewired or added', () => {
    const plain = build({ ...spec, types: [{ name: 'unit', share: 1 }], strongRewire: 0, weakDegree: 0 });
    expectValidCsr(plain.csr);
    for (let i = 0; i < n; i++) {
      expect(degree(plain.csr, i)).toBe(6);
      const base = Math.floor(i / perRegion) * perRegion;
      const local = i - base;
      const expected = [-3, -2, -1, 1, 2, 3].map((d) => base + ((local + d + perRegion) % perRegion)).sort((a, b) => a - b);
      expect(row(plain.csr, i)).toEqual(expected);
    }
  });

  it('takes named regions of different sizes', () => {
    const { csr: c, labels: l } = build({
      ...spec,
      regions: [
        { name: 'North', units: 40 },
        { name: 'South', units: 100 },
        { name: 'Isles', units: 3 },
      ],
    });
    expectValidCsr(c);
    expect(c.n).toBe(143);
    expect(l.regionNames).toEqual(['North', 'South', 'Isles']);
    expect(l.region.filter((r) => r === 2).length).toBe(3);
    expect(census({ csr: c, labels: l }).misplaced).toBe(0);
  });

  it('makes no weak ties with a single region', () => {
    const one = build({ ...spec, regions: { count: 1, unitsPerRegion: 200 } });
    expect(one.csr.kinds.every((k) => k !== WEAK)).toBe(true);
  });
});
