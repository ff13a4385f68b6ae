// Clustered vs rewired strong ties for one strategy, with the scenario's thresholds and
// with thresholds at zero: the complex-contagion contrast (Centola and Macy 2007).
import { WEEKS_PER_UNIT } from '../../sim/model/presets.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import { curveBands, type Curve, type EnsembleOptions } from './ensemble-bands.js';
import { shareAxisTop } from './strategy-figure.js';
import { COLORS, renderFigure, type Panel } from './svg-figure.js';

export interface NetworkContrast {
  /** Build the scenario (one strategy) with these extra --set overrides. */
  readonly load: (sets: string[]) => Scenario;
  readonly rewired: string;
  readonly zeroThresholds: string;
  readonly strategy: string;
}

function networks(spec: NetworkContrast) {
  return [
    { label: 'clustered (as written)', color: COLORS[0], sets: [] as string[] },
    { label: 'rewired at random, same mean degree', color: COLORS[1], sets: [spec.rewired] },
  ];
}

async function panel(spec: NetworkContrast, title: string, sets: string[], curve: Curve, options: EnsembleOptions): Promise<Panel> {
  const series = [];
  for (const net of networks(spec)) {
    const scenario = spec.load([...sets, ...net.sets]);
    const bands = await curveBands(scenario, { value: curve }, options);
    series.push({ label: net.label, color: net.color, band: bands.value[0] });
  }
  return { title, yMax: shareAxisTop(series.map((s) => s.band)), percent: true, series };
}

export async function networkContrastFigure(spec: NetworkContrast, curve: Curve, options: EnsembleOptions): Promise<string> {
  const scenario = spec.load([]);
  const withThresholds = await panel(spec, `Thresholds as written: share ever adopted ('${spec.strategy}')`, [], curve, options);
  const zero = await panel(spec, `Thresholds zero: share ever adopted ('${spec.strategy}')`, [spec.zeroThresholds], curve, options);
  return renderFigure({
    title: 'Clustered vs rewired strong ties: complex and simple contagion',
    subtitle: [
      `The improvement, ${spec.strategy.toLowerCase()} only. Rewired: ${spec.rewired}; thresholds zero: ${spec.zeroThresholds}.`,
      `scenarios/${scenario.name}.json, ${options.reps} replicates (seed ${scenario.seed}): median and 90% band.`,
    ],
    xLabel: 'years',
    xMax: scenario.time.steps * scenario.time.dt,
    xScale: 52 / WEEKS_PER_UNIT[scenario.time.unit],
    panels: [withThresholds, zero],
    legend: networks(spec).map((n) => ({ label: n.label, color: n.color })),
  });
}
