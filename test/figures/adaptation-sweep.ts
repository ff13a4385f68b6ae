// Realised benefit against the adaptation allowance: the scenario's programme at nine
// allowances, for units of mixed capability with a poorly specified core and for
// capable units with an itemised core. Per replicate, benefit relative to a = 0.
import { runPool } from '../../sim/headless/pool.js';
import { COLUMN, COLUMN_COUNT } from '../../sim/metrics/columns.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { bandOf, type EnsembleOptions } from './ensemble-bands.js';
import { COLORS, renderFigure } from './svg-figure.js';

export const ALLOWANCES = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1];

/** The first strategy's programme repeated at every allowance (common random numbers). */
export function sweepScenario(scenario: Scenario, coreSpecified: number): Scenario {
  const template = scenario.strategies[0];
  return {
    ...scenario,
    strategies: ALLOWANCES.map((a) => ({ ...template, name: `a = ${a}`, adaptationAllowance: a, coreSpecified })),
  };
}

function cumulativeBenefit(r: ReplicateResult, s: number): number {
  const series = r.strategies[s].series;
  let total = 0;
  for (let step = 1; step <= r.steps; step++) total += series[step * COLUMN_COUNT + COLUMN.benefit] * r.dt;
  return total;
}

/** Per allowance, each replicate's cumulative benefit divided by its own at a = 0. */
async function relativeBenefit(scenario: Scenario, options: EnsembleOptions): Promise<Float64Array[]> {
  const out = ALLOWANCES.map(() => new Float64Array(options.reps));
  await runPool(
    scenario,
    Array.from({ length: options.reps }, (_, i) => i),
    (r) => {
      const base = cumulativeBenefit(r, 0);
      ALLOWANCES.forEach((_, s) => (out[s][r.rep] = cumulativeBenefit(r, s) / base));
    },
    { workerUrl: options.workerUrl },
  );
  return out;
}

export interface SweepSettings {
  readonly mixed: Scenario;
  readonly capable: Scenario;
  readonly mixedCore: number;
  readonly capableCore: number;
}

export async function adaptationSweepFigure(settings: SweepSettings, options: EnsembleOptions): Promise<string> {
  const mixed = await relativeBenefit(sweepScenario(settings.mixed, settings.mixedCore), options);
  const capable = await relativeBenefit(sweepScenario(settings.capable, settings.capableCore), options);
  const settings2 = [
    { title: `Mixed capability, core poorly specified (coreSpecified ${settings.mixedCore})`, color: COLORS[2], values: mixed },
    { title: `Capable units, core itemised (coreSpecified ${settings.capableCore})`, color: COLORS[0], values: capable },
  ];
  const panels = settings2.map((p) => {
    const band = bandOf(ALLOWANCES, (k) => p.values[k]);
    // Each panel on its own range, in steps of 0.05, so the shape of each curve shows.
    const yMin = Math.min(1, Math.floor(Math.min(...band.lo) * 20) / 20);
    const yMax = Math.ceil(Math.max(...band.hi) * 20) / 20;
    return { title: `${p.title}: benefit relative to a = 0`, yMin, yMax, percent: false, reference: 1, series: [{ label: p.title, color: p.color, band }] };
  });
  return renderFigure({
    title: 'Fidelity vs adaptation: realised benefit against adaptation allowance',
    subtitle: [
      'Cumulative benefit over five years (population served x advantage x fidelity x fit, over units in use), relative to ' +
        `standardising by format (a = 0) in the same replicate. scenarios/fidelity-vs-adaptation.json, ${options.reps} replicates: median and 90% band.`,
    ],
    xLabel: 'adaptation allowance a (0: standardise by format, 1: by function)',
    xMax: 1,
    panels,
    // Each panel names its setting; no legend needed.
    legend: [],
  });
}
