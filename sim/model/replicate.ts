// One replicate: build the system once from the replicate's streams, then run
// every strategy on it with the same dynamics stream (common random numbers).
import { TargetResolver } from '../levers/targets.js';
import { buildNetwork } from '../network/build-network.js';
import { buildPopulation } from '../population/build-population.js';
import { stream } from '../random/rng.js';
import type { Scenario } from '../scenario/schema.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import { initialFit } from './hazards.js';
import { resolveIntervention } from './presets.js';
import type { ReplicateResult } from './replicate-result.js';
import type { FitProfile } from './run-state.js';
import { runStrategy, type ReplicateShared } from './strategy-run.js';
import type { Population, System } from './system.js';

export function buildSystem(scenario: Scenario, rep: number): System {
  const { csr, labels } = buildNetwork(scenario.system.network, stream(scenario.seed, rep, 'network'));
  const population = buildPopulation(scenario.system.population, labels, stream(scenario.seed, rep, 'population'));
  return { csr, population };
}

/** Fit at adoption, g0, and the most adaptation can reach: the core never adapts. */
export function fitProfile(scenario: Scenario, pop: Population): FitProfile {
  const iv = resolveIntervention(scenario.intervention, scenario.time.unit);
  const origin = iv.origin ?? new Array(pop.contextDims).fill(0.5);
  if (origin.length !== pop.contextDims) {
    throw new ScenarioError(
      'intervention.origin',
      `has ${origin.length} coordinates but system.population.contextDims is ${pop.contextDims}`,
    );
  }
  const g0 = new Float32Array(pop.n);
  const ceiling = new Float32Array(pop.n);
  fillFitProfile(pop.context, pop.contextDims, origin, iv.fitWidth, iv.coreShare, g0, ceiling);
  return { initialFit: g0, fitCeiling: ceiling };
}

/**
 * fitProfile's loop, in a function that returns nothing after it. V8 compiles a long
 * loop while it first runs (on-stack replacement), before the code after it has ever
 * run; code there then had no type feedback and deoptimised on later calls
 * (`--trace-deopt`: fitProfile, 9 times in 40 replicates).
 */
function fillFitProfile(
  context: Float32Array,
  dims: number,
  origin: readonly number[],
  width: number,
  coreShare: number,
  g0: Float32Array,
  ceiling: Float32Array,
): void {
  for (let i = 0; i < g0.length; i++) {
    g0[i] = initialFit(context, i * dims, origin, width);
    ceiling[i] = g0[i] + (1 - coreShare) * (1 - g0[i]);
  }
}

/**
 * Build replicate 0's system and every strategy's levers, and run one step, so
 * that problems only the built system reveals (names, unit ids) surface as
 * ScenarioErrors before a long run starts.
 */
export function checkScenario(scenario: Scenario): void {
  try {
    runReplicate({ ...scenario, time: { ...scenario.time, steps: 1 } }, 0);
  } catch (e) {
    if (e instanceof ScenarioError) throw e;
    // Generators and compilers name the field in their message, prefixed by module.
    const message = (e as Error).message;
    if (/^network\//.test(message)) throw new ScenarioError('system.network', message.replace(/^network\/[a-zA-Z]+: /, ''));
    throw e;
  }
}

export function runReplicate(scenario: Scenario, rep: number): ReplicateResult {
  const system = buildSystem(scenario, rep);
  const pop = system.population;
  const shared: ReplicateShared = {
    system,
    targets: new TargetResolver(system, stream(scenario.seed, rep, 'ranking')),
    ...fitProfile(scenario, pop),
  };
  const strategies = scenario.strategies.map((s) => runStrategy(scenario, s, rep, shared));
  return {
    rep,
    n: pop.n,
    steps: scenario.time.steps,
    dt: scenario.time.dt,
    groups: [
      ...pop.regionNames.map((name) => ({ kind: 'region' as const, name })),
      ...pop.typeNames.map((name) => ({ kind: 'type' as const, name })),
    ],
    strategies,
  };
}
