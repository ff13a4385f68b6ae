// The standard case figure: the scenario's strategies overlaid in stacked panels
// (share in use, share ever adopted, or any curve the case needs), levers below.
import { GROUP_COLUMNS, COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT, type OutputColumn } from '../../sim/metrics/columns.js';
import { WEEKS_PER_UNIT } from '../../sim/model/presets.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { curveBands, type Band, type Curve, type EnsembleOptions } from './ensemble-bands.js';
import { leverEnds, leverLanes } from './lever-lanes.js';
import { COLORS, renderFigure, type Figure } from './svg-figure.js';

export interface PanelSpec {
  readonly title: string;
  readonly curve: Curve;
  /** A share in [0, 1] (the default) or a number up to yMax. */
  readonly yMax?: number;
}

/** A column of the strategy's series divided by the number of units. */
export function share(column: OutputColumn): Curve {
  return (r, s, step) => r.strategies[s].series[step * COLUMN_COUNT + COLUMN[column]] / r.n;
}

/** A mean over units in use (mean fit, mean fidelity); undefined (NaN) when none is. */
export function meanInUse(column: 'mean_fit' | 'mean_fidelity'): Curve {
  return (r, s, step) => {
    const row = r.strategies[s].series.subarray(step * COLUMN_COUNT, (step + 1) * COLUMN_COUNT);
    return row[COLUMN.in_use] > 0 ? row[COLUMN[column]] : NaN;
  };
}

/** Share of a group's units (a region or type) in use or ever adopted. */
export function groupShare(kind: 'region' | 'type', names: readonly string[], column: 'in_use' | 'ever_adopted'): Curve {
  let indices: number[] | undefined;
  return (r: ReplicateResult, s, step) => {
    indices ??= names.map((name) => {
      const q = r.groups.findIndex((g) => g.kind === kind && g.name === name);
      if (q < 0) throw new Error(`figures: no ${kind} named '${name}'`);
      return q;
    });
    const g = r.strategies[s].groupSeries;
    const base = step * r.groups.length * GROUP_COLUMN_COUNT;
    let units = 0;
    let count = 0;
    for (const q of indices) {
      units += g[base + q * GROUP_COLUMN_COUNT + GROUP_COLUMNS.indexOf('n')];
      count += g[base + q * GROUP_COLUMN_COUNT + GROUP_COLUMNS.indexOf(column)];
    }
    return count / units;
  };
}

export const IN_USE: PanelSpec = { title: 'In use: share of units implementing or using it in routine', curve: share('in_use') };
export const EVER_ADOPTED: PanelSpec = { title: 'Reach: share of units that have ever adopted it', curve: share('ever_adopted') };

export interface StrategyFigureSpec {
  readonly scenario: Scenario;
  readonly title: string;
  readonly subtitle: string;
  readonly panels: readonly PanelSpec[];
}

export async function strategyFigure(spec: StrategyFigureSpec, options: EnsembleOptions): Promise<string> {
  const { scenario } = spec;
  const curves = Object.fromEntries(spec.panels.map((p, i) => [String(i), p.curve]));
  const bands = await curveBands(scenario, curves, options);
  const colors = scenario.strategies.map((_, s) => COLORS[s % COLORS.length]);
  const figure: Figure = {
    title: spec.title,
    subtitle: [spec.subtitle, ...ensembleNote(scenario, options.reps)],
    xLabel: 'years',
    xMax: scenario.time.steps * scenario.time.dt,
    xScale: 52 / WEEKS_PER_UNIT[scenario.time.unit],
    panels: spec.panels.map((p, i) => ({
      title: p.title,
      yMax: p.yMax ?? shareAxisTop(bands[String(i)]),
      percent: p.yMax === undefined,
      series: scenario.strategies.map((s, k) => ({ label: s.name, color: colors[k], band: bands[String(i)][k] })),
    })),
    lanes: leverLanes(scenario, colors),
    markers: leverEnds(scenario),
    legend: scenario.strategies.map((s, k) => ({ label: s.name, color: colors[k] })),
  };
  return renderFigure(figure);
}

/** Top of a share axis: the next tenth above every band, so low curves are not flattened. */
export function shareAxisTop(bands: readonly Band[]): number {
  const highest = Math.max(0, ...bands.flatMap((b) => b.hi.filter((v) => Number.isFinite(v))));
  return Math.min(1, Math.max(0.1, Math.ceil(highest * 10 - 1e-9) / 10));
}

/** How the curves were made, under every figure's title. */
export function ensembleNote(scenario: Scenario, reps: number): string[] {
  return [
    `scenarios/${scenario.name}.json, ${reps} replicates (seed ${scenario.seed}): median and 90% band; dashed lines: a lever stops.`,
  ];
}
