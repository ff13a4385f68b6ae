// Runs one strategy on one replicate's system: levers (phase 1), the unit kernel
// (phases 2-6), exposure updates, and a recorded row per step (phase 7).
import type { Lever, LeverStep } from '../levers/lever.js';
import { leverDefinition } from '../levers/registry.js';
import type { TargetResolver } from '../levers/targets.js';
import { COLUMN_COUNT, GROUP_COLUMN_COUNT } from '../metrics/columns.js';
import { groupCount, Recorder } from '../metrics/record.js';
import type { Csr } from '../network/csr.js';
import { withExtraTies } from '../network/with-extra-ties.js';
import { stream } from '../random/rng.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { Scenario, StrategySpec } from '../scenario/schema.js';
import { CompetingDemands } from './competing-demands.js';
import { Effects } from './effects.js';
import { Exposure } from './exposure.js';
import { kernelParams } from './kernel-params.js';
import { advanceUnits, drawClock, type KernelContext } from './kernel.js';
import type { StrategySeries } from './replicate-result.js';
import { RunState } from './run-state.js';
import { Turnover } from './turnover.js';
import { UnitLists } from './unit-lists.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING, UNAWARE, inUse } from './states.js';
import type { System } from './system.js';

/** What a replicate computes once and every strategy shares. */
export interface ReplicateShared {
  readonly system: System;
  readonly targets: TargetResolver;
  readonly initialFit: Float32Array;
  readonly fitCeiling: Float32Array;
}

export function runStrategy(scenario: Scenario, strategy: StrategySpec, rep: number, shared: ReplicateShared): StrategySeries {
  const { system } = shared;
  const pop = system.population;
  const n = pop.n;
  const steps = scenario.time.steps;
  const p = kernelParams(scenario, strategy);
  // Common random numbers: every strategy of a replicate draws the same stream.
  const random = stream(scenario.seed, rep, 'dynamics');
  const units = new RunState(pop, () => drawClock(random), {
    alpha: scenario.dynamics.sustainment.benefitAlpha,
    beta: scenario.dynamics.sustainment.benefitBeta,
  });
  const effects = new Effects(n);
  let csr: Csr = system.csr;
  const exposure = new Exposure(csr, {
    betaStrong: scenario.dynamics.awareness.strong,
    betaWeak: scenario.dynamics.awareness.weak,
    once: scenario.dynamics.awareness.transmission === 'once',
    strongCounts: !scenario.dynamics.meanField,
  });
  const kernel: KernelContext = {
    p,
    population: pop,
    units,
    exposure,
    effects,
    random,
    initialFit: shared.initialFit,
    fitCeiling: shared.fitCeiling,
    newAdopters: new Int32Array(n),
    lists: new UnitLists(n),
    turnover:
      scenario.dynamics.turnover.rate > 0 && p.friction
        ? new Turnover(scenario.dynamics.turnover, units, p.dt, stream(scenario.seed, rep, 'turnover'))
        : undefined,
  };
  const demands = new CompetingDemands(scenario.dynamics.competingDemands, pop);

  const levers = createLevers(scenario, strategy, rep, shared);
  const lastLeverEnd = levers.reduce((m, l) => Math.max(m, l.end), 0);
  const benefit = {
    advantage: p.advantage,
    alpha: scenario.dynamics.sustainment.benefitAlpha,
    beta: scenario.dynamics.sustainment.benefitBeta,
  };
  const groups = groupCount(pop);
  const series = new Float64Array((steps + 1) * COLUMN_COUNT);
  const groupSeries = new Float64Array((steps + 1) * groups * GROUP_COLUMN_COUNT);
  let cost = 0;
  let budgetLeft = strategy.budget;
  let adoptions = 0;
  let pendingTies: { pairs: Int32Array; weight: number }[] = [];

  const leverStep = {
    t: 0,
    time: 0,
    dt: p.dt,
    system,
    network: csr,
    units,
    effects,
    newAdopters: new Int32Array(0) as Int32Array,
    adopt(unit: number, as: 'implementing' | 'embedded') {
      const s = units.state[unit];
      // In use already, or discontinued (no way back in the state graph).
      if (inUse(s) || s === DISCONTINUED) return;
      if (s === UNAWARE) {
        units.tAware[unit] = leverStep.t;
        exposure.noteAware(unit);
      }
      const next = as === 'embedded' ? EMBEDDED : IMPLEMENTING;
      units.state[unit] = next;
      units.tally.move(unit, s, next);
      units.tally.adopted(unit);
      if (next === EMBEDDED) units.tally.everEmbedded++;
      units.tStart[unit] = leverStep.t;
      units.progress[unit] = as === 'embedded' ? 1 : 0;
      if (as === 'embedded') units.tEmbedded[unit] = leverStep.t;
      units.fit[unit] = shared.initialFit[unit];
      units.fidelity[unit] = 1;
      units.ownership[unit] = 1;
      units.embeddedness[unit] = as === 'embedded' ? 1 : 0;
      units.reasons[unit] = 0;
      units.clock[unit] = drawClock(random);
      units.tally.addInUse(unit, 1, units.fit[unit]);
      cost += p.adoptionCost;
      exposure.noteInUse(unit, 1);
    },
    get budgetLeft() {
      return budgetLeft;
    },
    spend(amount: number) {
      const granted = Math.max(0, Math.min(amount, budgetLeft));
      budgetLeft -= granted;
      cost += granted;
      return granted;
    },
    withdraw(targets: Int32Array, reason: number, strength: number) {
      withdrawReason(units, effects.write('shock'), targets, reason, strength / p.dt);
    },
    addTies(pairs: Int32Array, weight: number) {
      pendingTies.push({ pairs, weight });
    },
  } satisfies LeverStep & { t: number; time: number; newAdopters: Int32Array; network: Csr };

  const noAdopters: Int32Array = new Int32Array(0);
  const applyLevers = (t: number) => {
    effects.clear();
    leverStep.t = t;
    leverStep.time = t * p.dt;
    leverStep.newAdopters = adoptions > 0 ? kernel.newAdopters.subarray(0, adoptions) : noAdopters;
    demands.apply(leverStep.time, effects);
    for (const lever of levers) lever.apply(leverStep);
    if (pendingTies.length > 0) {
      for (const { pairs, weight } of pendingTies) csr = withExtraTies(csr, pairs, weight);
      pendingTies = [];
      leverStep.network = csr;
      exposure.rebuild(csr, units.state);
    } else {
      exposure.flush(units.state);
    }
  };
  const recorder = new Recorder(pop, benefit, series, groupSeries);
  const record = (t: number) => recorder.record(units, cost, t);

  applyLevers(0);
  record(0);
  for (let t = 0; t < steps; t++) {
    adoptions = advanceUnits(kernel, t);
    cost += adoptions * p.adoptionCost;
    applyLevers(t + 1);
    record(t + 1);
  }
  return { strategy: strategy.name, series, groupSeries, lastLeverEnd, edgeVisits: exposure.edgeVisits };
}

/**
 * Clear `reason` from the targets that adopted under it; those in use get a one-off
 * discontinuation hazard `hazard` this step (a chance spread over the step's length).
 * Module-level, not a per-run closure, so the JIT compiles its loop once.
 */
function withdrawReason(units: RunState, shock: Float32Array, targets: Int32Array, reason: number, hazard: number): void {
  const { reasons, state } = units;
  for (let j = 0; j < targets.length; j++) {
    const i = targets[j];
    if (!(reasons[i] & reason)) continue;
    reasons[i] &= ~reason;
    if (inUse(state[i])) shock[i] += hazard;
  }
}

function createLevers(scenario: Scenario, strategy: StrategySpec, rep: number, shared: ReplicateShared): Lever[] {
  const ordinal = new Map<string, number>();
  const index = scenario.strategies.indexOf(strategy);
  return strategy.levers.map((spec, li) => {
    const def = leverDefinition(spec.type as string);
    const k = ordinal.get(def.type) ?? 0;
    ordinal.set(def.type, k + 1);
    // Keyed by lever type and ordinal, so the same lever in two strategies makes
    // the same random choices (the same champions, say).
    const random = stream(scenario.seed, rep, 'lever', def.type, k);
    const at = `strategies[${index}].levers[${li}]`;
    return def.create(spec, {
      system: shared.system,
      intervention: scenario.intervention,
      dt: scenario.time.dt,
      steps: scenario.time.steps,
      random,
      targets: (t) => {
        try {
          return shared.targets.resolve(t, random);
        } catch (e) {
          if (e instanceof ScenarioError) throw new ScenarioError(`${at}.targets.${e.path}`, e.message.replace(/^[^:]*: /, ''));
          throw e;
        }
      },
    });
  });
}
