// Exact and small statistical checks of each mechanism of MODEL.md's step (awareness,
// decision, implementation, sustainment, capacity), on tiny hand-built systems.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPLEXITY_PRESETS, KIND_PRESETS, WEEKS_PER_UNIT, resolveIntervention } from '../../sim/model/presets.js';
import { initialFit, smoothstep, socialProof } from '../../sim/model/hazards.js';
import { buildSystem, fitProfile, runReplicate } from '../../sim/model/replicate.js';
import { AWARE, DISCONTINUED, EMBEDDED, IMPLEMENTING, REJECTED, UNAWARE } from '../../sim/model/states.js';
import { InterventionSchema } from '../../sim/scenario/model-schema.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { column, tiny } from './support/scenario.js';
import { binomialTolerance } from './support/stats.js';
import { traceReplicate, type Row } from './support/trace.js';

const defaultScenario = ScenarioSchema.parse(JSON.parse(readFileSync('scenarios/default.json', 'utf8')));
const count = (a: ArrayLike<number>, pred: (x: number, i: number) => boolean) => {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (pred(a[i], i)) c++;
  return c;
};

describe('awareness', () => {
  it('makes every unit aware in step 0 when p_ext = 1 (dt = 1)', () => {
    const unaware = column(runReplicate(tiny({ n: 200, dynamics: { awareness: { external: 1 } } }), 0), 'unaware');
    expect(unaware.slice(0, 3)).toEqual([200, 0, 0]);
  });

  it('makes every unit aware in step 0 when p_ext = 1, whatever the step length (dt = 0.05)', () => {
    // p_ext is a chance per time unit: 1 is certainty within any part of a time unit.
    const s = tiny({ n: 200, dt: 0.05, dynamics: { awareness: { external: 1 } } });
    expect(column(runReplicate(s, 0), 'unaware').slice(0, 3)).toEqual([200, 0, 0]);
  });

  it('leaves everyone unaware with no external news, no ties and no levers', () => {
    const unaware = column(runReplicate(tiny({ n: 50, steps: 30, dynamics: { awareness: { external: 0.0 } } }), 0), 'unaware');
    expect(new Set(unaware)).toEqual(new Set([50]));
  });

  it('gives external news a per-step chance 1 - (1 - p_ext)^dt', () => {
    // p_ext = 0.3 per time unit, dt = 0.5: still unaware after k steps with chance
    // 0.7^(k/2). 4,000 units; each row within a binomial tolerance (stats.ts).
    const n = 4000;
    const unaware = column(runReplicate(tiny({ n, dt: 0.5, steps: 6, dynamics: { awareness: { external: 0.3 } } }), 0), 'unaware');
    for (let k = 1; k <= 6; k++) {
      const S = 0.7 ** (k * 0.5);
      expect(Math.abs(unaware[k] / n - S), `row ${k}`).toBeLessThanOrEqual(binomialTolerance(S, n));
    }
  });

  it('passes news over a weak tie as over a strong one', () => {
    // A champion (unit 0) and unit 1; the tie between them weak or strong; beta 1 on
    // one kind and 0 on the other. Unit 1 never adopts (base 0): it shows as aware.
    const run = (kind: 'weak' | 'strong', strong: number, weak: number) =>
      column(
        runReplicate(
          tiny({
            n: 2,
            edges: [[0, 1, kind]],
            steps: 3,
            dynamics: { awareness: { strong, weak } },
            levers: [{ type: 'seed', targets: { units: [0] } }],
          }),
          0,
        ),
        'aware',
      );
    expect(run('weak', 0, 1)).toEqual([0, 1, 1, 1]);
    expect(run('weak', 1, 0)).toEqual([0, 0, 0, 0]);
    expect(run('strong', 1, 0)).toEqual([0, 1, 1, 1]);
    expect(run('strong', 0, 1)).toEqual([0, 0, 0, 0]);
  });
});

describe('social proof', () => {
  it('smoothstep is 0 below 0, 1 above 1, 3u^2 - 2u^3 between', () => {
    expect([-1, 0, 0.25, 0.5, 0.75, 1, 2].map(smoothstep)).toEqual([0, 0, 0.15625, 0.5, 0.84375, 1, 1]);
  });

  it('rises from 0 at theta - tau to 1 at theta, and is a hard step when tau = 0', () => {
    expect(socialProof(0.05, 0.3, 0.2)).toBe(0);
    expect(socialProof(0.15, 0.3, 0.2)).toBeCloseTo(0.15625, 12);
    expect(socialProof(0.2, 0.3, 0.2)).toBeCloseTo(0.5, 12);
    expect(socialProof(0.3, 0.3, 0.2)).toBe(1);
    expect(socialProof(0.9, 0.3, 0.2)).toBe(1);
    expect([socialProof(0.29, 0.3, 0), socialProof(0.3, 0.3, 0)]).toEqual([0, 1]);
    expect(socialProof(0, 0, 0.5)).toBe(1);
  });

  /** Threshold dynamics on a small graph: everyone aware, instant adoption at theta. */
  const thresholdOn = (edges: ([number, number, 'strong' | 'weak'] | [number, number, 'strong' | 'weak', number])[], n: number, theta: number) =>
    column(
      runReplicate(
        tiny({
          n,
          edges,
          steps: 3,
          population: { threshold: theta },
          dynamics: { awareness: { external: 1 }, adoption: { base: 1, instant: true } },
          levers: [{ type: 'seed', targets: { units: [0] } }],
        }),
        0,
      ),
      'in_use',
    );

  it('counts strong ties only: a weak neighbour in use does not persuade', () => {
    // Unit 1: a tie to champion 0 and a strong tie to 2. Strong 0-1: share 1/2 >= 1/2,
    // so 1 adopts in step 0 and 2 (1 of 1) in step 1. Weak 0-1: share 0 of 1 strong.
    expect(thresholdOn([[0, 1, 'strong'], [1, 2, 'strong']], 3, 0.5)).toEqual([1, 2, 3, 3]);
    expect(thresholdOn([[0, 1, 'weak'], [1, 2, 'strong']], 3, 0.5)).toEqual([1, 1, 1, 1]);
  });

  it('weighs strong neighbours by tie weight', () => {
    // Unit 1: weight 3 to champion 0 and 1 to unit 2: share 3/4 >= 0.75; reversed, 1/4.
    expect(thresholdOn([[0, 1, 'strong', 3], [1, 2, 'strong', 1]], 3, 0.75).slice(0, 2)).toEqual([1, 2]);
    expect(thresholdOn([[0, 1, 'strong', 1], [1, 2, 'strong', 3]], 3, 0.75).slice(0, 2)).toEqual([1, 1]);
  });
});

describe('decision', () => {
  it('adopts with intrinsic hazard (base + q x peer) r (1-z) advantage proof capacityOk, read from the ownership share', () => {
    // Unit 1 (focal) is tied strongly to champion 0 and to units 2-4, which cannot
    // adopt first (theta 1, exposure 0), so its exposure is 1/4 until it adopts. An
    // incentive of 0.5 on unit 1 competes with its intrinsic hazard I; ownership at
    // adoption is I / (I + 0.5) exactly, so it reveals I. Adaptation 0 keeps ownership
    // fixed afterwards; the state it decided on is the row before (fatigue decays).
    const scenario = tiny({
      n: 5,
      steps: 60,
      edges: [[0, 1], [1, 2], [1, 3], [1, 4]],
      typeOf: ['champion', 'focal', 'far', 'far', 'far'],
      population: {
        byType: {
          focal: { receptiveness: 0.8, fatigue: 0.25, capacity: 0.1, leadership: 0.4, threshold: 0.35 },
          far: { threshold: 1 },
        },
      },
      intervention: { advantage: 1.5 },
      dynamics: {
        friction: true,
        awareness: { external: 1 },
        adoption: { base: 0.2, imitation: 0.8, thresholdWidth: 0.4, hierarchyBlunting: 0.5, capacityNeed: 0.2, rejection: 0 },
        sustainment: { discontinuation: 0 },
      },
      strategies: [
        {
          name: 'focal',
          adaptationAllowance: 0,
          levers: [
            { type: 'seed', targets: { units: [0] } },
            { type: 'incentive', targets: { units: [1] }, intensity: 0.5, capacitySupport: 0 },
          ],
        },
      ],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    const t = rows[60].tStart[1];
    expect(t).toBeGreaterThanOrEqual(0);
    const before = rows[t];
    const exposure = 1 / 4;
    const peer = 1 - 0.5 * (1 - 0.4);
    const proof = smoothstep((exposure - 0.35 + 0.4) / 0.4);
    const receptive = 0.8 * (1 - before.fatigue[1]);
    const capacityOk = Math.min(1, before.capacity[1] / 0.2);
    const I = (0.2 + 0.8 * exposure * peer) * receptive * 1.5 * proof * capacityOk;
    expect(before.fatigue[1]).toBeLessThan(0.25 + 1e-7);
    expect(capacityOk).toBeCloseTo(0.5, 6);
    expect(rows[t + 1].ownership[1]).toBeCloseTo(I / (I + 0.5), 6);
  });

  it('lets an unreceptive unit reject and reconsider after the cooldown', () => {
    // r = 0: no intrinsic hazard, rejection hazard 1e6 (certain within the step).
    // Rejected in step 0 with reconsiderAfter 3: rejected at rows 1-3, aware again
    // from step 3 (row 4), rejects again in step 4, aware at row 8, and so on.
    const scenario = tiny({
      n: 3,
      steps: 12,
      population: { receptiveness: 0 },
      dynamics: { friction: true, awareness: { external: 1 }, adoption: { base: 0.5, rejection: 1e6, reconsiderAfter: 3 } },
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    const U = UNAWARE, A = AWARE, X = REJECTED;
    expect(rows.map((r) => r.state[0])).toEqual([U, X, X, X, A, X, X, X, A, X, X, X, A]);
    expect(column(runReplicate(scenario, 0), 'rejected')).toEqual([0, 3, 3, 3, 0, 3, 3, 3, 0, 3, 3, 3, 0]);
  });

  it('never rejects when fully receptive', () => {
    const scenario = tiny({
      n: 100,
      steps: 20,
      dynamics: { friction: true, awareness: { external: 1 }, adoption: { base: 0.1, rejection: 1e6 } },
    });
    expect(Math.max(...column(runReplicate(scenario, 0), 'rejected'))).toBe(0);
  });

  it('splits decisions between adoption and rejection as their hazards (competing risks)', () => {
    // r = 0.5, z = 0: adoption 0.3 * 0.5, rejection 0.1 * (1 - 0.5); a decided unit
    // rejected with chance 0.05 / (0.15 + 0.05) = 1/4. 60 steps decide all but e^-12.
    const n = 4000;
    const scenario = tiny({
      n,
      steps: 60,
      population: { receptiveness: 0.5 },
      dynamics: { friction: true, awareness: { external: 1 }, adoption: { base: 0.3, rejection: 0.1, reconsiderAfter: 1e6 } },
    });
    const r = runReplicate(scenario, 0);
    const rejected = column(r, 'rejected')[60];
    const adopted = column(r, 'ever_adopted')[60];
    expect(rejected + adopted).toBe(n);
    expect(Math.abs(rejected / n - 0.25)).toBeLessThanOrEqual(binomialTolerance(0.25, n));
  });
});

describe('implementation', () => {
  it('takes effort and failure from the complexity preset, in the scenario time unit', () => {
    for (const complexity of ['simple', 'complicated', 'complex'] as const) {
      for (const unit of ['day', 'week', 'month', 'year'] as const) {
        const iv = resolveIntervention(InterventionSchema.parse({ complexity }), unit);
        const preset = COMPLEXITY_PRESETS[complexity];
        expect(iv.effort).toBeCloseTo(preset.effortWeeks / WEEKS_PER_UNIT[unit], 12);
        expect(iv.failureRate).toBeCloseTo(preset.failurePerWeek * WEEKS_PER_UNIT[unit], 12);
      }
    }
    expect(COMPLEXITY_PRESETS.simple.effortWeeks).toBeLessThan(COMPLEXITY_PRESETS.complicated.effortWeeks);
    expect(COMPLEXITY_PRESETS.complicated.failurePerWeek).toBeLessThan(COMPLEXITY_PRESETS.complex.failurePerWeek);
    const own = resolveIntervention(InterventionSchema.parse({ complexity: 'complex', effort: 3, failureRate: 0 }), 'week');
    expect([own.effort, own.failureRate]).toEqual([3, 0]);
  });

  it('takes the core share from the kind preset unless given', () => {
    expect(resolveIntervention(InterventionSchema.parse({ kind: 'innovation' }), 'week').coreShare).toBe(KIND_PRESETS.innovation.coreShare);
    expect(resolveIntervention(InterventionSchema.parse({ kind: 'improvement' }), 'week').coreShare).toBe(KIND_PRESETS.improvement.coreShare);
    expect(resolveIntervention(InterventionSchema.parse({ kind: 'improvement', coreShare: 0.9 }), 'week').coreShare).toBe(0.9);
    expect(KIND_PRESETS.innovation.coreShare).toBeGreaterThan(KIND_PRESETS.improvement.coreShare);
  });

  it('embeds after ceil(effort / dt) steps of progress at full capability and allocation', () => {
    // Capability 1 and capacity 1 (allocation 0.3 always affordable): progress per step
    // dt / effort, counted from the step of adoption, so embedded ceil(effort/dt) - 1
    // steps after starting. dt = 0.75 weeks keeps effort / dt away from whole numbers.
    for (const [complexity, weeks] of [['simple', 8], ['complicated', 26], ['complex', 52]] as const) {
      const scenario = tiny({
        n: 2,
        dt: 0.75,
        steps: 80,
        population: { capability: 1 },
        intervention: { complexity, failureRate: 0 },
        dynamics: { friction: true, sustainment: { discontinuation: 0 } },
        levers: [{ type: 'seed', state: 'implementing', targets: 'all' }],
      });
      const last = traceReplicate(scenario, 0).rows[0][80];
      expect(last.tStart[0]).toBe(0);
      expect(last.tEmbedded[0], complexity).toBe(Math.ceil(weeks / 0.75) - 1);
    }
  });

  it('fails at the preset hazard: complex twice complicated, four times simple', () => {
    // Implementing for ever (effort 1e4 years), failure hazard = the preset alone
    // (weights 0): discontinued by row k with chance 1 - exp(-h k), h per year.
    const n = 3000;
    for (const complexity of ['simple', 'complicated', 'complex'] as const) {
      const scenario = tiny({
        n,
        steps: 5,
        intervention: { complexity, effort: 1e4 },
        dynamics: { friction: true, implementation: { failureCapacityWeight: 0, failureFitWeight: 0 } },
        levers: [{ type: 'seed', state: 'implementing', targets: 'all' }],
      });
      const yearly = ScenarioSchema.parse({ ...scenario, time: { unit: 'year', dt: 1, steps: 5 } });
      const h = COMPLEXITY_PRESETS[complexity].failurePerWeek * 52;
      const discontinued = column(runReplicate(yearly, 0), 'discontinued');
      for (let k = 1; k <= 5; k++) {
        const P = 1 - Math.exp(-h * k);
        expect(Math.abs(discontinued[k] / n - P), `${complexity} row ${k}`).toBeLessThanOrEqual(binomialTolerance(P, n));
      }
    }
  });
});

describe('adaptation: fit and fidelity', () => {
  it('computes the fit ceiling as g0 + (1 - coreShare)(1 - g0)', () => {
    const scenario = tiny({ n: 20, population: { context: { dist: 'uniform', min: 0, max: 1 } }, intervention: { kind: 'improvement', fitWidth: 0.4 } });
    const pop = buildSystem(scenario, 0).population;
    const { initialFit: g0, fitCeiling } = fitProfile(scenario, pop);
    for (let i = 0; i < pop.n; i++) {
      const dx = pop.context[2 * i] - 0.5;
      const dy = pop.context[2 * i + 1] - 0.5;
      const g = Math.exp(-(dx * dx + dy * dy) / (2 * 0.4 * 0.4));
      expect(g0[i]).toBeCloseTo(g, 6);
      expect(initialFit(pop.context, 2 * i, [0.5, 0.5], 0.4)).toBeCloseTo(g, 12);
      expect(fitCeiling[i]).toBeCloseTo(g + (1 - 0.4) * (1 - g), 6);
    }
  });

  /** Champions far from the origin adapt with full allowance, capability and leadership. */
  const learning = (fitLearning: number) =>
    tiny({
      n: 4,
      steps: 200,
      population: { capability: 1, leadership: 1, context: 0.9 },
      intervention: { kind: 'improvement' },
      dynamics: { friction: true, implementation: { fitLearning }, sustainment: { discontinuation: 0 } },
      strategies: [{ name: 'adapt', adaptationAllowance: 1, levers: [{ type: 'seed', targets: 'all' }] }],
    });

  it('learns fit by doing up to the ceiling and no further', () => {
    const scenario = learning(0.2);
    const { fitCeiling } = fitProfile(scenario, buildSystem(scenario, 0).population);
    const rows = traceReplicate(scenario, 0).rows[0];
    for (const row of rows) for (let i = 0; i < 4; i++) expect(row.fit[i]).toBeLessThanOrEqual(fitCeiling[i] + 1e-6);
    expect(rows[200].fit[0]).toBeCloseTo(fitCeiling[0], 4); // it does get there
    expect(rows[200].fit[0]).toBeGreaterThan(rows[0].fit[0] + 0.05);
  });

  it('never passes the fit ceiling at the fastest learning the schema accepts (rate x dt = 1)', () => {
    const scenario = learning(1);
    const { fitCeiling } = fitProfile(scenario, buildSystem(scenario, 0).population);
    const rows = traceReplicate(scenario, 0).rows[0];
    const over = rows.filter((row) => row.fit[0] > fitCeiling[0] + 1e-6).map((row) => `row ${row.t}: ${row.fit[0]}`);
    expect(over).toEqual([]);
    expect(rows[1].fit[0]).toBeCloseTo(fitCeiling[0], 6); // a full step reaches it at once
  });

  it('rejects a learning rate whose product with dt exceeds 1 (an update that would overshoot)', () => {
    expect(() => learning(2)).toThrow(/fitLearning/);
    expect(() => ScenarioSchema.parse({ ...learning(1), time: { unit: 'week', dt: 1.5, steps: 10 } })).toThrow(/fitLearning/);
  });

  describe('in default.json (every strategy, 156 steps)', () => {
    const scenario = ScenarioSchema.parse({ ...defaultScenario, time: { ...defaultScenario.time, steps: 156 } });
    const names = scenario.strategies.map((s) => s.name);
    let rows: Row[][] = [];
    let fitCeiling: Float32Array = new Float32Array(0);
    beforeAll(() => {
      rows = traceReplicate(scenario, 0).rows;
      fitCeiling = fitProfile(scenario, buildSystem(scenario, 0).population).fitCeiling;
    });
    /** Units in use in rows t-1 and t under the same adoption, as [strategy, t, i]. */
    function* continuing(): Generator<[number, number, number]> {
      for (let k = 0; k < rows.length; k++) {
        for (let t = 1; t < rows[k].length; t++) {
          const a = rows[k][t - 1];
          const b = rows[k][t];
          for (let i = 0; i < a.state.length; i++) {
            const using = (s: number) => s === IMPLEMENTING || s === EMBEDDED;
            if (using(a.state[i]) && using(b.state[i]) && a.tStart[i] === b.tStart[i]) yield [k, t, i];
          }
        }
      }
    }

    it('never raises a unit\'s fidelity once it has adopted (no lever raises it)', () => {
      const up: string[] = [];
      let drifted = 0;
      for (const [k, t, i] of continuing()) {
        const before = rows[k][t - 1].fidelity[i];
        const after = rows[k][t].fidelity[i];
        if (after > before) up.push(`${names[k]} unit ${i} row ${t}: ${before} -> ${after}`);
        if (after < before) drifted++;
      }
      expect(up.slice(0, 5)).toEqual([]);
      expect(drifted).toBeGreaterThan(0); // fidelity does move, so the check has teeth
    });

    it('never takes a unit in use above its fit ceiling g0 + (1 - coreShare)(1 - g0)', () => {
      const over: string[] = [];
      for (let k = 0; k < rows.length; k++) {
        for (const row of rows[k]) {
          for (let i = 0; i < row.state.length; i++) {
            const using = row.state[i] === IMPLEMENTING || row.state[i] === EMBEDDED;
            if (using && row.fit[i] > fitCeiling[i] + 1e-6) over.push(`${names[k]} unit ${i} row ${row.t}: ${row.fit[i]} > ${fitCeiling[i]}`);
          }
        }
      }
      expect(over.slice(0, 5)).toEqual([]);
    });

    it('keeps every unit\'s capacity in [0, 1]', () => {
      for (const strategy of rows) {
        for (const row of strategy) {
          expect(Math.min(...row.capacity)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...row.capacity)).toBeLessThanOrEqual(1);
        }
      }
    });
  });

  it('keeps capacity in [0, 1] under the heaviest use and fastest recovery the schema accepts (rate x dt = 1)', () => {
    const scenario = tiny({
      n: 50,
      steps: 30,
      population: { capacity: { dist: 'uniform', min: 0, max: 1 } },
      intervention: { effort: 1e4, failureRate: 0 },
      dynamics: { friction: true, implementation: { allocation: 1, capacityUse: 1 }, capacity: { recovery: 1 } },
      levers: [
        { type: 'seed', state: 'implementing', targets: { units: Array.from({ length: 25 }, (_, i) => i) } },
        { type: 'incentive', intensity: 0, capacitySupport: 1 },
      ],
    });
    for (const row of traceReplicate(scenario, 0).rows[0]) {
      expect(Math.min(...row.capacity)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...row.capacity)).toBeLessThanOrEqual(1);
    }
  });
});

describe('sustainment', () => {
  it('discontinues at a hazard that falls with embeddedness (exact survival, coupled runs)', () => {
    // Champions start implementing with embeddedness 0 and embed in step 0 (effort
    // ~0, no failure). Fit = fidelity = ownership = 1 (at the origin, adaptation 0),
    // advantage 1, so benefit seen = 1/2. The hazard in step j >= 1 reads e before
    // that step's growth:
    //   0.2 (1 - 0.9 e)(1 - 0.7 / 2), e = 1 - (1 - lambda)^(j - 1),
    // lambda = 0.5 (embedding) or 0 (never embeds). Survival to row k: exp(-sum).
    const n = 2000;
    const run = (embedding: number) =>
      traceReplicate(
        tiny({
          n,
          steps: 10,
          intervention: { effort: 0.001, failureRate: 0 },
          dynamics: { friction: true, sustainment: { embedding, discontinuation: 0.2, embeddedProtection: 0.9, benefitProtection: 0.7 } },
          strategies: [{ name: 'champions', adaptationAllowance: 0, levers: [{ type: 'seed', state: 'implementing', targets: 'all' }] }],
        }),
        0,
      ).rows[0];
    const fast = run(0.5);
    const never = run(0);
    for (const [rows, lambda] of [[fast, 0.5], [never, 0]] as const) {
      let H = 0;
      expect(count(rows[1].state, (s) => s === EMBEDDED)).toBe(n);
      for (let k = 2; k <= 10; k++) {
        H += 0.2 * (1 - 0.9 * (1 - (1 - lambda) ** (k - 2))) * (1 - 0.7 * 0.5);
        const S = Math.exp(-H);
        const alive = count(rows[k].state, (s) => s === EMBEDDED) / n;
        expect(Math.abs(alive - S), `lambda ${lambda} row ${k}`).toBeLessThanOrEqual(binomialTolerance(S, n));
      }
    }
    // Same seed, same clocks: a unit that lasts without embeddedness lasts with it.
    for (let k = 1; k <= 10; k++) {
      const worse = count(fast[k].state, (s, i) => s === DISCONTINUED && never[k].state[i] !== DISCONTINUED);
      expect(worse).toBe(0);
    }
    expect(count(fast[10].state, (s) => s === EMBEDDED)).toBeGreaterThan(count(never[10].state, (s) => s === EMBEDDED));
  });

  it('keeps embeddedness in [0, 1] at the fastest embedding the schema accepts, and rejects faster', () => {
    const champions = (embedding: number) =>
      tiny({
        n: 4,
        steps: 10,
        intervention: { effort: 0.001, failureRate: 0 },
        dynamics: { friction: true, sustainment: { embedding, discontinuation: 0 } },
        strategies: [{ name: 'champions', adaptationAllowance: 0, levers: [{ type: 'seed', state: 'implementing', targets: 'all' }] }],
      });
    const rows = traceReplicate(champions(1), 0).rows[0];
    const out = rows.filter((row) => row.embeddedness[0] < 0 || row.embeddedness[0] > 1).map((row) => `row ${row.t}: ${row.embeddedness[0]}`);
    expect(out).toEqual([]);
    expect(rows[10].embeddedness[0]).toBe(1);
    expect(() => champions(3)).toThrow(/embedding/);
  });
});
