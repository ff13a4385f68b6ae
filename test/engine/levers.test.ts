// Each lever on tiny hand-built systems: what it does to awareness, hazards, fidelity,
// ownership, ties, capacity and cost, exactly where the outcome is deterministic and
// against the exact chance (binomial tolerance) where it is not.
import { describe, expect, it } from 'vitest';
import { buildSystem, runReplicate } from '../../sim/model/replicate.js';
import { EMBEDDED, IMPLEMENTING } from '../../sim/model/states.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { column, groupColumn, tiny } from './support/scenario.js';
import { binomialTolerance } from './support/stats.js';
import { traceReplicate, type Row } from './support/trace.js';

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);
const inUseUnits = (row: Row) => range(row.state.length).filter((i) => row.state[i] === IMPLEMENTING || row.state[i] === EMBEDDED);

describe('mandate', () => {
  it('makes its targets aware at its start, and only them', () => {
    const scenario = tiny({ n: 6, steps: 6, levers: [{ type: 'mandate', start: 3, intensity: 0, targets: { units: [0, 1] } }] });
    const { result, rows } = traceReplicate(scenario, 0);
    expect(column(result, 'aware')).toEqual([0, 0, 0, 0, 2, 2, 2]);
    expect(Array.from(rows[0][6].tAware)).toEqual([3, 3, -1, -1, -1, -1]);
  });

  it('adds an escalating adoption hazard m (1 + e min(1, (t - start)/(deadline - start)))', () => {
    // Friction off, no intrinsic hazard: adopted by row k with chance
    // 1 - exp(-sum_{j<k} m (1 + e min(1, j / 10))), m = 0.05, e = 2, deadline 10.
    const n = 3000;
    const scenario = tiny({
      n,
      steps: 16,
      strategies: [
        { name: 'none' },
        { name: 'mandate', levers: [{ type: 'mandate', intensity: 0.05, deadline: 10, escalation: 2 }] },
      ],
    });
    const r = runReplicate(scenario, 0);
    expect(new Set(column(r, 'in_use', 0))).toEqual(new Set([0]));
    const inUse = column(r, 'in_use', 1);
    let H = 0;
    for (let k = 1; k <= 16; k++) {
      H += 0.05 * (1 + 2 * Math.min(1, (k - 1) / 10));
      const P = 1 - Math.exp(-H);
      expect(Math.abs(inUse[k] / n - P), `row ${k}`).toBeLessThanOrEqual(binomialTolerance(P, n));
    }
  });

  it('raises in-use faster than no lever on the same system and seed', () => {
    const scenario = tiny({
      n: 400,
      steps: 30,
      dynamics: { friction: true, awareness: { external: 0.05 }, adoption: { base: 0.02 } },
      strategies: [{ name: 'none' }, { name: 'mandate', levers: [{ type: 'mandate', intensity: 0.05 }] }],
    });
    const r = runReplicate(scenario, 0);
    const none = column(r, 'in_use', 0);
    const mandate = column(r, 'in_use', 1);
    for (const k of [5, 10, 20, 30]) expect(mandate[k], `row ${k}`).toBeGreaterThan(none[k] + 20);
  });

  it('buys symbolic compliance: fidelity 1 - phi (m / h)(1 - r), ownership intrinsic / h, fatigue for the unreceptive', () => {
    // Friction on; receptiveness 0, 0.5 and 1 by type; mandate m = 0.5 on everyone, base
    // 0.3, so intrinsic I = 0.3 r and h = I + m. Format forcing 1 stops drift and
    // ownership growth while enforced; fatigue from the mandate set to 0 for type
    // "half" (so r(1 - z) stays 0.5 there) and 0.02 per step elsewhere.
    const types = [...range(10).map(() => 'tense'), ...range(10).map(() => 'half'), ...range(10).map(() => 'open')];
    const scenario = tiny({
      n: 30,
      steps: 20,
      typeOf: types,
      population: { byType: { tense: { receptiveness: 0 }, half: { receptiveness: 0.5 }, open: { receptiveness: 1 } } },
      intervention: { failureRate: 0 },
      dynamics: { friction: true, adoption: { base: 0.3, rejection: 0.5 }, implementation: { symbolicCompliance: 0.5 }, fatigue: { imposed: 0.02, decay: 0.01 } },
      levers: [{ type: 'mandate', intensity: 0.5 }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    const last = rows[20];
    const expected = {
      tense: { fidelity: 1 - 0.5, ownership: 0 },
      half: { fidelity: 1 - 0.5 * (0.5 / 0.65) * 0.5, ownership: 0.15 / 0.65 },
      open: { fidelity: 1, ownership: 0.3 / 0.8 },
    };
    let adopters = 0;
    for (let i = 0; i < 30; i++) {
      if (last.tStart[i] < 0) continue;
      adopters++;
      const e = expected[types[i] as keyof typeof expected];
      if (types[i] === 'half') continue; // fatigue moves r(1 - z) for this type; checked below
      expect(last.fidelity[i], `unit ${i}`).toBeCloseTo(e.fidelity, 6);
      expect(last.ownership[i], `unit ${i}`).toBeCloseTo(e.ownership, 6);
    }
    expect(adopters).toBeGreaterThan(25);
    // Fatigue under the mandate: z_k = 0.02 (1 - r) sum_{j<k} 0.99^j, for the k steps
    // the unit still reads it (until it embeds: no equation reads it after).
    const keep = 0.99;
    const k = last.tEmbedded[0] < 0 ? 20 : last.tEmbedded[0];
    expect(k).toBeGreaterThan(0);
    expect(last.fatigue[0]).toBeCloseTo((0.02 * (1 - keep ** k)) / (1 - keep), 6);
    expect(last.fatigue[25]).toBe(0);
    // Half-receptive units: the formula with the fatigue they had when they decided.
    for (let i = 10; i < 20; i++) {
      const t = last.tStart[i];
      if (t < 0) continue;
      const receptive = 0.5 * (1 - rows[t].fatigue[i]);
      const h = 0.3 * receptive + 0.5;
      expect(last.fidelity[i], `unit ${i}`).toBeCloseTo(1 - 0.5 * (0.5 / h) * (1 - receptive), 6);
      expect(last.ownership[i], `unit ${i}`).toBeCloseTo((0.3 * receptive) / h, 6);
    }
  });

  it('ends with a withdrawal: units in use because of it stop with chance 1 - exp(-shock (1 - ownership))', () => {
    // Friction on but no other way to stop (no failure, no discontinuation, no
    // embeddedness protection); instant implementation. Tense units (r = 0) own 0,
    // open units (r = 1) own 0.5 / (0.5 + 0.5) = 1/2. Mandate ends at 15, shock 1.5:
    // in step 15 they stop with chance 1 - e^-1.5 = 0.777 and 1 - e^-0.75 = 0.528.
    const n = 2000;
    const typeOf = range(n).map((i) => (i % 2 ? 'open' : 'tense'));
    const scenario = tiny({
      n,
      steps: 20,
      typeOf,
      population: { byType: { tense: { receptiveness: 0 }, open: { receptiveness: 1 } } },
      intervention: { effort: 0.001, failureRate: 0 },
      dynamics: {
        friction: true,
        adoption: { base: 0.5, rejection: 0 },
        sustainment: { discontinuation: 0, embeddedProtection: 0 },
        fatigue: { imposed: 0 },
      },
      strategies: [{ name: 'mandate', adaptationAllowance: 0, levers: [{ type: 'mandate', intensity: 0.5, end: 15, withdrawalShock: 1.5 }] }],
    });
    const r = runReplicate(scenario, 0);
    for (const [type, P] of [['tense', 1 - Math.exp(-1.5)], ['open', 1 - Math.exp(-0.75)]] as const) {
      const inUse = groupColumn(r, 'type', type, 'in_use');
      for (let k = 1; k <= 15; k++) expect(inUse[k], `${type} row ${k}`).toBeGreaterThanOrEqual(inUse[k - 1]);
      expect(inUse[15]).toBeGreaterThan(0.99 * (n / 2));
      const stopped = (inUse[15] - inUse[16]) / inUse[15];
      expect(Math.abs(stopped - P), type).toBeLessThanOrEqual(binomialTolerance(P, inUse[15]));
      expect(inUse.slice(16)).toEqual([inUse[16], inUse[16], inUse[16], inUse[16], inUse[16]]);
    }
  });

  it('stops acting when its budget is spent', () => {
    // 100 targets at 1 per target per step: 100, 200, then the last 50 of a 250 budget.
    // Its pressure acts in steps 0-2 only, so in-use is flat from row 3 on.
    const scenario = tiny({
      n: 100,
      steps: 10,
      strategies: [
        { name: 'capped', levers: [{ type: 'mandate', intensity: 0.3, costPerUnit: 1, budget: 250 }] },
        { name: 'open', levers: [{ type: 'mandate', intensity: 0.3, costPerUnit: 1 }] },
      ],
    });
    const r = runReplicate(scenario, 0);
    expect(column(r, 'cost', 0)).toEqual([100, 200, 250, 250, 250, 250, 250, 250, 250, 250, 250]);
    const capped = column(r, 'in_use', 0);
    expect(capped[3]).toBeGreaterThan(0);
    expect(new Set(capped.slice(3))).toEqual(new Set([capped[3]]));
    expect(column(r, 'in_use', 1)[10]).toBeGreaterThan(capped[10]);
  });
});

describe('incentive', () => {
  it('adds its hazard only while active (start 2, end 7)', () => {
    // Everyone aware, no intrinsic hazard: adopted by row k with chance
    // 1 - exp(-0.2 (k - 2)) for 2 <= k <= 7, nothing before, nothing new after.
    const n = 3000;
    const scenario = tiny({ n, steps: 12, dynamics: { awareness: { external: 1 } }, levers: [{ type: 'incentive', start: 2, end: 7, intensity: 0.2 }] });
    const inUse = column(runReplicate(scenario, 0), 'in_use');
    expect(inUse.slice(0, 3)).toEqual([0, 0, 0]);
    for (let k = 3; k <= 7; k++) {
      const P = 1 - Math.exp(-0.2 * (k - 2));
      expect(Math.abs(inUse[k] / n - P), `row ${k}`).toBeLessThanOrEqual(binomialTolerance(P, n));
    }
    expect(new Set(inUse.slice(7))).toEqual(new Set([inUse[7]]));
  });

  it('pays per adoption and per period of use, exactly, while active', () => {
    // dt = 0.5; paid at each step t while active (time < 10, so t < 20): 7 for each
    // target that adopted in the step before (all adopt under it: intensity > 0) and
    // 3 * dt for each target in use; at t = 20, as it ends, only the last adopters.
    const scenario = tiny({
      n: 60,
      dt: 0.5,
      steps: 30,
      dynamics: { awareness: { external: 1 }, adoption: { base: 0.2 } },
      levers: [{ type: 'incentive', end: 10, intensity: 0.01, paymentPerAdoption: 7, paymentPerPeriod: 3 }],
    });
    const r = runReplicate(scenario, 0);
    const ever = column(r, 'ever_adopted');
    const inUse = column(r, 'in_use');
    const expected = [0];
    for (let t = 1; t <= 30; t++) {
      const paid = t < 20 ? 7 * (ever[t] - ever[t - 1]) + 3 * inUse[t] * 0.5 : t === 20 ? 7 * (ever[t] - ever[t - 1]) : 0;
      expected.push(expected[t - 1] + paid);
    }
    expect(column(r, 'cost')).toEqual(expected);
    expect(ever[20]).toBeGreaterThan(ever[19]); // the final step's adopters are paid too
    expect(ever[30]).toBeGreaterThan(ever[20]); // and later ones are not
  });

  it('charges the intervention cost for each adoption', () => {
    const scenario = tiny({ n: 40, steps: 15, intervention: { cost: 100 }, dynamics: { awareness: { external: 1 }, adoption: { base: 0.2 } } });
    const r = runReplicate(scenario, 0);
    expect(column(r, 'ever_adopted')[15]).toBeGreaterThan(0);
    expect(column(r, 'cost')).toEqual(column(r, 'ever_adopted').map((x) => 100 * x));
  });

  it('stops paying, and stops pressing, when its budget is spent', () => {
    const scenario = tiny({
      n: 500,
      steps: 20,
      dynamics: { awareness: { external: 1 } },
      levers: [{ type: 'incentive', intensity: 0.3, paymentPerAdoption: 10, budget: 95 }],
    });
    const r = runReplicate(scenario, 0);
    const cost = column(r, 'cost');
    expect(Math.max(...cost)).toBe(95);
    const spentAt = cost.indexOf(95);
    const inUse = column(r, 'in_use');
    // Spent at row s: the lever ends at the next step, so adoptions stop after step s.
    expect(new Set(inUse.slice(spentAt + 1))).toEqual(new Set([inUse[spentAt + 1]]));
  });

  it('funds capacity: targets recover toward baseline + support while it runs, then back', () => {
    // Baseline 0.5, support 0.2, recovery 0.1 per step: c_k = 0.7 - 0.2 * 0.9^k for
    // k <= 10, then c relaxes back toward 0.5.
    const scenario = tiny({
      n: 3,
      steps: 20,
      population: { capacity: 0.5 },
      dynamics: { friction: true, capacity: { recovery: 0.1 } },
      levers: [{ type: 'incentive', end: 10, intensity: 0, capacitySupport: 0.2 }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    let c = 0.5;
    for (let k = 0; k <= 20; k++) {
      expect(rows[k].capacity[0], `row ${k}`).toBeCloseTo(c, 6);
      c += 0.1 * ((k < 10 ? 0.7 : 0.5) - c);
    }
  });

  it('ends with a withdrawal cliff for units that adopted only because they were paid', () => {
    // 50 paid adopters own nothing (no intrinsic hazard); shock 100 stops all but
    // e^-100 of them in the step the incentive ends. Two champions (reasons none) stay.
    const scenario = tiny({
      n: 52,
      steps: 12,
      intervention: { effort: 0.001, failureRate: 0 },
      dynamics: { friction: true, awareness: { external: 1 }, adoption: { rejection: 0 }, sustainment: { discontinuation: 0 } },
      strategies: [
        {
          name: 'paid',
          adaptationAllowance: 0,
          levers: [
            { type: 'seed', targets: { units: [50, 51] } },
            { type: 'incentive', end: 8, intensity: 5, withdrawalShock: 100, targets: { units: range(50) } },
          ],
        },
      ],
    });
    const inUse = column(runReplicate(scenario, 0), 'in_use');
    expect(inUse[8]).toBe(52);
    expect(inUse.slice(9)).toEqual([2, 2, 2, 2]);
  });
});

describe('peerNetwork', () => {
  /** Threshold dynamics (theta 1/2) on two units with no ties; champion 0. */
  const twoUnits = (levers: unknown[]) =>
    tiny({
      n: 2,
      steps: 6,
      population: { threshold: 0.5 },
      dynamics: { awareness: { external: 1 }, adoption: { base: 1, instant: true } },
      strategies: [
        { name: 'peers', levers: [{ type: 'seed', targets: { units: [0] } }, ...levers] as never },
        { name: 'alone', levers: [{ type: 'seed', targets: { units: [0] } }] },
      ],
    });

  it('ties its members at its start, so in-use members count as peers from then on', () => {
    // Two members, one proposal each: the tie 0-1 from time 3; unit 1 then sees 1/1.
    const r = runReplicate(twoUnits([{ type: 'peerNetwork', start: 3, targets: { units: [0, 1] }, tiesPerMember: 2 }]), 0);
    expect(column(r, 'in_use', 0)).toEqual([1, 1, 1, 1, 2, 2, 2]);
    // The other strategy of the replicate keeps the network as built.
    expect(column(r, 'in_use', 1)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  /**
   * Unit 1 (member) sees champion 0 and unit 2 (theta 1, cannot go first): exposure
   * 1/2. Imitation 0.6, no base hazard, no blunting. An incentive of 0.5 on unit 1
   * reveals its intrinsic hazard I through ownership I / (I + 0.5) (+ boost).
   */
  const ownershipOfUnit1 = (peer: Record<string, unknown> | null) => {
    const scenario = tiny({
      n: 3,
      steps: 80,
      edges: [[0, 1], [1, 2]],
      typeOf: ['a', 'member', 'far'],
      population: { byType: { far: { threshold: 1 } } },
      dynamics: { awareness: { external: 1 }, adoption: { base: 0, imitation: 0.6 } },
      levers: [
        { type: 'seed', targets: { units: [0] } },
        { type: 'incentive', targets: { units: [1] }, intensity: 0.5 },
        ...(peer ? [{ type: 'peerNetwork', targets: { units: [0, 1] }, tiesPerMember: 0, ...peer }] : []),
      ],
    });
    const last = traceReplicate(scenario, 0).rows[0][80];
    expect(last.tStart[1]).toBeGreaterThanOrEqual(0);
    return last.ownership[1];
  };

  it('multiplies peer influence on members by 1 + influence', () => {
    expect(ownershipOfUnit1(null)).toBeCloseTo(0.3 / 0.8, 6);
    expect(ownershipOfUnit1({ influence: 1.5, ownershipBoost: 0 })).toBeCloseTo(0.75 / 1.25, 6);
  });

  it('raises members\' ownership at adoption by ownershipBoost, up to 1', () => {
    expect(ownershipOfUnit1({ influence: 1.5, ownershipBoost: 0.2 })).toBeCloseTo(0.6 + 0.2, 6);
    expect(ownershipOfUnit1({ influence: 1.5, ownershipBoost: 0.9 })).toBe(1);
  });

  /**
   * Members 0 (at the origin, fit 1) and 1 (context 0.7: g0 = exp(-0.16)), tied, both
   * champions; capability 0, so no learning by doing; fitSharing 0.1, similarity 0.3
   * (their distance is 0.28).
   */
  const sharing = (coreShare: number) =>
    traceReplicate(
      tiny({
        n: 2,
        steps: 10,
        edges: [[0, 1]],
        typeOf: ['origin', 'away'],
        population: { capability: 0, byType: { away: { context: 0.7 } } },
        intervention: { kind: 'improvement', coreShare, fitWidth: 0.5 },
        dynamics: { friction: true, sustainment: { discontinuation: 0 } },
        strategies: [
          {
            name: 'share',
            adaptationAllowance: 1,
            levers: [
              { type: 'seed', targets: 'all' },
              { type: 'peerNetwork', targets: 'all', tiesPerMember: 0, fitSharing: 0.1, similarity: 0.3 },
            ],
          },
        ],
      }),
      0,
    ).rows[0];
  const g0 = Math.exp(-(0.2 * 0.2 * 2) / (2 * 0.5 * 0.5));

  it('passes a better fit from a similar member at rate fitSharing', () => {
    // coreShare 0: unit 1's ceiling is 1, and its fit closes 0.1 of the gap each step.
    const rows = sharing(0);
    for (let k = 0; k <= 10; k++) {
      expect(rows[k].fit[0]).toBeCloseTo(1, 6);
      expect(rows[k].fit[1], `row ${k}`).toBeCloseTo(1 - (1 - g0) * 0.9 ** k, 5);
    }
  });

  it('passes a peer\'s fit only up to the receiving unit\'s own ceiling', () => {
    // coreShare 0.5: unit 1 can reach g0 + 0.5 (1 - g0), however good its peer's fit.
    const ceiling = g0 + 0.5 * (1 - g0);
    const rows = sharing(0.5);
    for (let k = 0; k <= 10; k++) expect(rows[k].fit[1], `row ${k}`).toBeCloseTo(ceiling - (ceiling - g0) * 0.9 ** k, 5);
  });
});

describe('seed', () => {
  const champions = (network: { n: number; edges?: [number, number][]; regionOf?: string[] }, targets: unknown, extra: Record<string, unknown> = {}) =>
    inUseUnits(traceReplicate(tiny({ ...network, steps: 1, levers: [{ type: 'seed', targets, ...extra }] }), 0).rows[0][0]);

  it('topDegree on a star picks the hub', () => {
    const star: [number, number][] = [0, 1, 2, 4, 5, 6].map((j) => [3, j]);
    expect(champions({ n: 7, edges: star }, { rule: 'topDegree', k: 1 })).toEqual([3]);
  });

  it('topBetweenness on a path picks the middle', () => {
    const path: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4]];
    expect(champions({ n: 5, edges: path }, { rule: 'topBetweenness', k: 1 })).toEqual([2]);
  });

  it('bridging picks the ends of the tie between two regions', () => {
    const cliques: [number, number][] = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], [4, 5], [4, 6], [4, 7], [5, 6], [5, 7], [6, 7], [3, 4]];
    const regionOf = ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B'];
    expect(champions({ n: 8, edges: cliques, regionOf }, { rule: 'bridging', k: 2 })).toEqual([3, 4]);
  });

  it('mostReceptive picks the units with the highest receptiveness', () => {
    const scenario = tiny({ n: 30, steps: 1, population: { receptiveness: { dist: 'uniform', min: 0, max: 1 } }, levers: [{ type: 'seed', targets: { rule: 'mostReceptive', k: 3 } }] });
    const r = buildSystem(scenario, 0).population.receptiveness;
    const top = range(30).sort((a, b) => r[b] - r[a]).slice(0, 3).sort((a, b) => a - b);
    expect(inUseUnits(traceReplicate(scenario, 0).rows[0][0])).toEqual(top);
  });

  it('cluster picks a whole region, named or drawn', () => {
    const regionOf = ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'C', 'C'];
    expect(champions({ n: 12, regionOf }, { rule: 'cluster', region: 'B' })).toEqual([4, 5, 6, 7, 8]);
    const drawn = champions({ n: 12, regionOf }, { rule: 'cluster' });
    expect([[0, 1, 2, 3], [4, 5, 6, 7, 8], [9, 10, 11]]).toContainEqual(drawn);
  });

  it('random k picks k distinct units, the same in two strategies of a replicate', () => {
    const scenario = tiny({
      n: 40,
      steps: 1,
      strategies: [
        { name: 'one', levers: [{ type: 'seed', targets: { rule: 'random', k: 5 } }] },
        { name: 'two', levers: [{ type: 'mandate', intensity: 0 }, { type: 'seed', targets: { rule: 'random', k: 5 } }] },
      ],
    });
    const { rows } = traceReplicate(scenario, 0);
    const one = inUseUnits(rows[0][0]);
    expect(one).toHaveLength(5);
    expect(inUseUnits(rows[1][0])).toEqual(one);
    expect(inUseUnits(traceReplicate(scenario, 1).rows[0][0])).not.toEqual(one);
  });

  it('starts champions implementing or embedded as asked', () => {
    const r = runReplicate(tiny({ n: 4, steps: 1, levers: [{ type: 'seed', state: 'implementing', targets: { units: [1, 2] } }] }), 0);
    // Friction off: implementing champions embed in the first step.
    expect([column(r, 'implementing')[0], column(r, 'embedded')[0], column(r, 'embedded')[1]]).toEqual([2, 0, 2]);
  });

  it('recruits only the champions its budget pays for', () => {
    const r = runReplicate(tiny({ n: 10, steps: 1, levers: [{ type: 'seed', targets: { units: [1, 2, 3, 4] }, costPerUnit: 10, budget: 25 }] }), 0);
    expect([column(r, 'in_use')[0], column(r, 'cost')[0]]).toEqual([2, 20]);
  });
});

it('a lever spec that names a unit outside the system is rejected with the unit named', () => {
  expect(() => runReplicate(tiny({ n: 3, levers: [{ type: 'seed', targets: { units: [5] } }] }), 0)).toThrow(/unit 5/);
  expect(() => ScenarioSchema.parse({ ...tiny({ n: 3 }), strategies: [{ name: 'x', levers: [{ type: 'mandate', intensity: -1 }] }] })).toThrow();
});
