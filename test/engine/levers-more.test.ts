// The levers and mechanisms added for the seven approaches: training (with
// train-the-trainer), rollout, communication, assurance, turnover, competing demands
// and strategy budgets, on tiny hand-built systems with hand-computed outcomes.
import { describe, expect, it } from 'vitest';
import { loadAt } from '../../sim/model/competing-demands.js';
import { runReplicate } from '../../sim/model/replicate.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { column, tiny } from './support/scenario.js';
import { binomialTolerance } from './support/stats.js';
import { traceReplicate } from './support/trace.js';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 5);

describe('training', () => {
  it('closes the gap to the ceiling by rate * dt per step for targets only', () => {
    // k(t) = c - (c - k0)(1 - r dt)^t while active (start 0, end 4), unchanged after.
    const scenario = tiny({ n: 3, steps: 6, levers: [{ type: 'training', end: 4, rate: 0.25, ceiling: 0.9, targets: { units: [0] } }] });
    const rows = traceReplicate(scenario, 0).rows[0];
    const k0 = 0.5;
    // Row t shows training applied at times 0..t (levers act before each row is read).
    for (let t = 0; t <= 6; t++) {
      const sessions = Math.min(t + 1, 4);
      close(rows[t].capability[0], 0.9 - (0.9 - k0) * 0.75 ** sessions);
      close(rows[t].capability[1], k0);
    }
  });

  it('refuses a training rate whose product with dt exceeds 1 (the update would overshoot)', () => {
    const input = {
      name: 's',
      time: { dt: 4 },
      system: { network: { kind: 'complete', n: 3 } },
      strategies: [{ name: 'a', levers: [{ type: 'training', rate: 0.5 }] }],
    } as const;
    const result = ScenarioSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['strategies.0.levers.0.rate']);
  });

  it('lets trained units in use train their strong-tie neighbours, and those train theirs', () => {
    // Path 0 - 1 - 2 - 3, weak tie 0 ~ 4. Unit 0 is trained and in use (seed); no
    // central gain (rate 0), so capability spreads only by the cascade, strong ties only.
    const scenario = tiny({
      n: 5,
      steps: 40,
      edges: [[0, 1], [1, 2], [2, 3], [0, 4, 'weak']],
      population: { capability: 0.7 },
      dynamics: { awareness: { external: 1 }, adoption: { base: 50, instant: true } },
      levers: [
        { type: 'seed', targets: { units: [0] } },
        { type: 'training', rate: 0, ceiling: 0.9, trainTheTrainer: true, cascadeRate: 0.5, trainerLevel: 0.6, targets: { units: [0] } },
      ],
    });
    const last = traceReplicate(scenario, 0).rows[0].at(-1)!;
    // Everyone adopts at once (instant), so 1 is trained by 0, then 2 by 1, then 3 by 2.
    for (const i of [1, 2, 3]) expect(last.capability[i]).toBeGreaterThan(0.89);
    close(last.capability[4], 0.7); // a weak tie carries no training
  });
});

describe('rollout', () => {
  it('starts the pilots implementing, then tells and supports each wave on its schedule', () => {
    // 2 pilots, 8 others in 2 waves; pilotPhase 3, interval 4: waves at times 3 and 7.
    const scenario = tiny({
      n: 10,
      steps: 10,
      regionOf: ['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B'],
      levers: [{ type: 'rollout', pilots: { units: [0, 5] }, waves: 2, pilotPhase: 3, waveInterval: 4, intensity: 0 }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    expect(rows[0].tStart[0]).toBe(0);
    expect(rows[0].tStart[5]).toBe(0);
    // Waves go region by region: A's four others, then B's four.
    const told = Array.from(rows[10].tAware);
    expect([1, 2, 3, 4].map((i) => told[i])).toEqual([3, 3, 3, 3]);
    expect([6, 7, 8, 9].map((i) => told[i])).toEqual([7, 7, 7, 7]);
  });

  it('advances on its criterion: the next wave waits until the previous one is half in use', () => {
    const scenario = tiny({
      n: 6,
      steps: 30,
      levers: [{ type: 'rollout', pilots: { units: [0] }, waves: 1, pilotPhase: 0, advanceWhen: 'criterion', criterion: 0.5, intensity: 0 }],
    });
    // The pilot is in use from time 0, so the single wave is told at the first step after.
    const rows = traceReplicate(scenario, 0).rows[0];
    expect(Array.from(rows[30].tAware).slice(1)).toEqual([0, 0, 0, 0, 0]);
  });

  it('raises perceived advantage and initial fit by the share of pilots embedded', () => {
    // With friction off the pilot embeds at once, so evidence is 1 from the next
    // step; the wave (told at time 2, pushed hard) adopts then, with fitGain 0.5:
    // fit g0 + 0.5 (1 - g0) instead of g0.
    const scenario = tiny({
      n: 4,
      steps: 4,
      population: { context: 0 },
      intervention: { origin: [0.5, 0.5], fitWidth: 0.5 },
      levers: [{ type: 'rollout', pilots: { units: [0] }, waves: 1, pilotPhase: 2, fitGain: 0.5, intensity: 50 }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    const g0 = Math.exp(-(0.25 + 0.25) / (2 * 0.25));
    close(rows[0].fit[0], g0);
    for (const i of [1, 2, 3]) {
      expect(rows[4].tStart[i]).toBe(2);
      close(rows[4].fit[i], g0 + 0.5 * (1 - g0));
    }
  });
});

describe('communication', () => {
  it('adds its chance of hearing to the external one, for targets only', () => {
    // P(aware by row k) = 1 - (1 - 0.1)^k for targets, 0 for the others.
    const n = 4000;
    const scenario = tiny({ n, steps: 5, levers: [{ type: 'communication', intensity: 0.1, targets: { units: Array.from({ length: n / 2 }, (_, i) => i) } }] });
    const aware = column(runReplicate(scenario, 0), 'aware');
    for (let k = 1; k <= 5; k++) {
      const P = 1 - 0.9 ** k;
      expect(Math.abs(aware[k] / (n / 2) - P), `row ${k}`).toBeLessThanOrEqual(binomialTolerance(P, n / 2));
    }
  });
});

describe('assurance', () => {
  it('removes its share of the discontinuation hazard of targets in use', () => {
    // Friction on, everyone embedded from the start with e = 1 (champions), no benefit
    // protection: hazard delta0 (1 - 0.9) (1 - strength); survival exp(-h t).
    const n = 4000;
    const common = {
      n,
      steps: 20,
      population: { receptiveness: 1, capacity: 1 },
      dynamics: {
        friction: true,
        sustainment: { discontinuation: 0.5, embeddedProtection: 0.9, benefitProtection: 0, embedding: 0 },
      },
    };
    const scenario = tiny({
      ...common,
      strategies: [
        { name: 'none', levers: [{ type: 'seed', targets: 'all' }] },
        { name: 'assured', levers: [{ type: 'seed', targets: 'all' }, { type: 'assurance', strength: 0.6, fatigue: 0 }] },
      ],
    });
    const r = runReplicate(scenario, 0);
    for (const [s, strength] of [[0, 0], [1, 0.6]] as const) {
      const inUse = column(r, 'in_use', s);
      const h = 0.5 * 0.1 * (1 - strength);
      const P = Math.exp(-h * 20);
      expect(Math.abs(inUse[20] / n - P), `strategy ${s}`).toBeLessThanOrEqual(binomialTolerance(P, n));
    }
  });

  it('adds fatigue at its rate times unreceptiveness', () => {
    const scenario = tiny({
      n: 2,
      steps: 10,
      population: { receptiveness: 0.25 },
      dynamics: { friction: true, fatigue: { decay: 0 } },
      levers: [{ type: 'assurance', fatigue: 0.01 }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    close(rows[10].fatigue[0], 10 * 0.01 * 0.75);
  });
});

describe('turnover', () => {
  it('happens at the exact hazard, and takes its share of capability', () => {
    // rate 0.05 per week: P(no departure in t steps) = exp(-0.05 t); each departure
    // multiplies capability by 0.5, so capability < k0 exactly when one happened.
    const n = 4000;
    const scenario = tiny({
      n,
      steps: 10,
      dynamics: { friction: true, turnover: { rate: 0.05, capabilityLoss: 0.5 } },
    });
    const last = traceReplicate(scenario, 0).rows[0][10];
    let stayed = 0;
    for (let i = 0; i < n; i++) if (last.capability[i] === 0.5) stayed++;
    const P = Math.exp(-0.05 * 10);
    expect(Math.abs(stayed / n - P)).toBeLessThanOrEqual(binomialTolerance(P, n));
  });

  it('repeats at the same hazard after each departure (a Bernoulli chance every step)', () => {
    // rate 0.5 per step: p = 1 - e^-0.5 per step, so over 20 steps a unit loses
    // Binomial(20, p) champions; each halves capability, so the count is log2(k0 / k).
    const n = 2000;
    const scenario = tiny({ n, steps: 20, dynamics: { friction: true, turnover: { rate: 0.5, capabilityLoss: 0.5 } } });
    const last = traceReplicate(scenario, 0).rows[0][20];
    let departures = 0;
    for (let i = 0; i < n; i++) departures += Math.round(Math.log2(0.5 / last.capability[i]));
    const p = 1 - Math.exp(-0.5);
    const sd = Math.sqrt((20 * p * (1 - p)) / n);
    expect(Math.abs(departures / n - 20 * p)).toBeLessThanOrEqual(4.5 * sd);
  });

  it('takes embeddedness and ownership from units in use when their champion leaves', () => {
    const scenario = tiny({
      n: 300,
      steps: 30,
      dynamics: { friction: true, turnover: { rate: 0.05, embeddednessLoss: 1, ownershipLoss: 1, capabilityLoss: 0 }, sustainment: { discontinuation: 0, embedding: 0 } },
      // No adaptation, so ownership does not grow back.
      strategies: [{ name: 'champions', adaptationAllowance: 0, levers: [{ type: 'seed', targets: 'all' }] }],
    });
    const last = traceReplicate(scenario, 0).rows[0][30];
    const lost = Array.from(last.embeddedness).filter((e) => e === 0).length;
    const P = 1 - Math.exp(-0.05 * 30);
    expect(Math.abs(lost / 300 - P)).toBeLessThanOrEqual(binomialTolerance(P, 300));
    for (let i = 0; i < 300; i++) expect(last.ownership[i] === 0).toBe(last.embeddedness[i] === 0);
  });
});

describe('competing demands', () => {
  it('interpolates its load linearly between points and holds it flat beyond', () => {
    const points: [number, number][] = [[10, 0.2], [20, 0.4]];
    expect(loadAt(points, 0)).toBe(0.2);
    close(loadAt(points, 15), 0.3);
    expect(loadAt(points, 99)).toBe(0.4);
  });

  it('lowers the capacity units of the named region recover toward', () => {
    // Capacity relaxes toward c0 - load at rate 1 per step (recovery 1, dt 1).
    const scenario = tiny({
      n: 4,
      steps: 3,
      regionOf: ['A', 'A', 'B', 'B'],
      population: { capacity: 0.8 },
      dynamics: { friction: true, capacity: { recovery: 1 }, competingDemands: [{ region: 'A', load: [[0, 0.3]] }] },
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    close(rows[3].capacity[0], 0.5);
    close(rows[3].capacity[2], 0.8);
  });
});

describe('strategy budget', () => {
  it('stops every lever once the strategy has spent its budget', () => {
    // Communication costs 1 per target per step on 10 targets: 10 a step, so a budget
    // of 35 pays for three full steps and 5 of the fourth, then nothing.
    const scenario = tiny({
      n: 10,
      steps: 8,
      strategies: [{ name: 'capped', budget: 35, levers: [{ type: 'communication', intensity: 0, costPerUnit: 1 }] }],
    });
    expect(column(runReplicate(scenario, 0), 'cost')).toEqual([10, 20, 30, 35, 35, 35, 35, 35, 35]);
  });
});

describe('seed on a short budget', () => {
  it('recruits the best-ranked champions first, and only those it can pay for in full', () => {
    // A star-of-stars: unit 0 has 4 ties, unit 5 has 3, unit 9 has 2. Budget 25 at 10
    // each buys two champions: the two best-connected, 0 and 5; 5 is left over, unspent.
    const scenario = tiny({
      n: 12,
      steps: 1,
      edges: [[0, 1], [0, 2], [0, 3], [0, 4], [5, 6], [5, 7], [5, 8], [9, 10], [9, 11]],
      strategies: [{ name: 'short', budget: 25, levers: [{ type: 'seed', targets: { rule: 'topDegree', k: 3 }, costPerUnit: 10 }] }],
    });
    const rows = traceReplicate(scenario, 0).rows[0];
    const seeded = Array.from(rows[0].tStart).flatMap((t, i) => (t === 0 ? [i] : []));
    expect(seeded).toEqual([0, 5]);
    expect(rows[0].cost).toBe(20);
  });
});
