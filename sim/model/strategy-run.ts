// Runs one strategy on one replicate's system: levers (phase 1), the unit kernel
// (phases 2-6), exposure updates, and a recorded row per step (phase 7).
import type { Lever } from '../levers/lever.js';
import { leverDefinition } from '../levers/registry.js';
import type { TargetResolver } from '../levers/targets.js';
import { COLUMN_COUNT, GROUP_COLUMN_COUNT } from '../metrics/columns.js';
import { groupCount, Recorder } from '../metrics/record.js';
import { withExtraTies } from '../network/with-extra-ties.js';
import { stream } from '../random/rng.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import type { Scenario, StrategySpec } from '../scenario/schema.js';
import { CompetingDemands } from './competing-demands.js';
import { Effects } from './effects.js';
import { Exposure } from './exposure.js';
import { kernelParams } from './kernel-params.js';
import { drawClock } from './clock.js';
import { advanceUnits, type KernelContext } from './kernel.js';
import type { StrategySeries } from './replicate-result.js';
import { RunState, type FitProfile } from './run-state.js';
import { Turnover } from './turnover.js';
import { StrategyStep } from './strategy-step.js';
import { UnitLists } from './unit-lists.js';
import type { System } from './system.js';

/** What a replicate computes once and every strategy shares. */
export interface ReplicateShared extends FitProfile {
  readonly system: System;
  readonly targets: TargetResolver;
}

export function runStrategy(scenario: Scenario, strategy: StrategySpec, rep: number, shared: ReplicateShared): StrategySeries {
  const { system } = shared;
  const pop = system.population;
  const n = pop.n;
  const steps = scenario.time.steps;
  const p = kernelParams(scenario, strategy);
  // Common random numbers: every strategy of a replicate draws the same stream.
  const random = stream(scenario.seed, rep, 'dynamics');
  const benefit = { advantage: p.advantage, alpha: p.benefitAlpha, beta: p.benefitBeta };
  const units = new RunState(pop, () => drawClock(random), benefit, shared);
  const effects = new Effects(n, units.effectsBlock());
  const exposure = new Exposure(system.csr, {
    betaStrong: scenario.dynamics.awareness.strong,
    betaWeak: scenario.dynamics.awareness.weak,
    once: scenario.dynamics.awareness.transmission === 'once',
    strongCounts: !scenario.dynamics.meanField,
  }, units.exposureArrays());
  const kernel: KernelContext = {
    p,
    population: pop,
    units,
    exposure,
    effects,
    random,
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
  const groups = groupCount(pop);
  const series = new Float64Array((steps + 1) * COLUMN_COUNT);
  const groupSeries = new Float64Array((steps + 1) * groups * GROUP_COLUMN_COUNT);
  let adoptions = 0;
  const leverStep = new StrategyStep(p.dt, system, units, effects, exposure, random, shared.initialFit, p.adoptionCost, strategy.budget);

  const applyLevers = (t: number) => {
    leverStep.newAdopters = kernel.newAdopters.subarray(0, adoptions);
    runLevers(leverStep, t, levers, demands, exposure);
  };
  const recorder = new Recorder(pop, benefit, series, groupSeries);
  const record = (t: number) => recorder.record(units, leverStep.cost, t);

  applyLevers(0);
  record(0);
  for (let t = 0; t < steps; t++) {
    adoptions = advanceUnits(kernel, t);
    leverStep.cost += adoptions * p.adoptionCost;
    applyLevers(t + 1);
    record(t + 1);
  }
  return { strategy: strategy.name, series, groupSeries, lastLeverEnd, edgeVisits: exposure.edgeVisits };
}

/** Phase 1 of step t: competing demands and the levers act, then exposure catches up. */
function runLevers(step: StrategyStep, t: number, levers: readonly Lever[], demands: CompetingDemands, exposure: Exposure): void {
  const { effects, units } = step;
  effects.clear();
  step.t = t;
  step.time = t * step.dt;
  demands.apply(step.time, effects);
  for (const lever of levers) lever.apply(step);
  effects.settle();
  if (step.pendingTies.length > 0) {
    let csr = step.network;
    for (const { pairs, weight } of step.pendingTies) csr = withExtraTies(csr, pairs, weight);
    step.pendingTies = [];
    step.network = csr;
    exposure.rebuild(csr, units.state);
  } else {
    exposure.flush(units.state);
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
