// The figures of docs/scenarios.md: one job per SVG in docs/figures/, each run from a
// library scenario (with --set overrides where the case needs a variant).
import type { Scenario } from '../../sim/scenario/schema.js';
import { adaptationSweepFigure } from './adaptation-sweep.js';
import type { EnsembleOptions } from './ensemble-bands.js';
import { networkContrastFigure } from './network-contrast.js';
import { EVER_ADOPTED, IN_USE, groupShare, meanInUse, share, strategyFigure, type PanelSpec } from './strategy-figure.js';

export interface FigureContext {
  /** scenarios/<name>.json with --set overrides, validated. */
  load(name: string, sets?: readonly string[]): Scenario;
  readonly options: EnsembleOptions;
}

export interface FigureJob {
  /** File name in docs/figures/, without .svg. */
  readonly name: string;
  make(ctx: FigureContext): Promise<string>;
}

const FIT: PanelSpec = { title: 'Mean fit to local context, units in use', curve: meanInUse('mean_fit') };
const FIDELITY: PanelSpec = { title: 'Mean fidelity to the core, units in use', curve: meanInUse('mean_fidelity') };
const CHAMPIONS_REGION: PanelSpec = {
  title: "The champions' own region (R1, 60 units): share ever adopted",
  curve: groupShare('region', ['R1'], 'ever_adopted'),
};
const EVER_EMBEDDED: PanelSpec = { title: 'Reach: share of units that have ever embedded it', curve: share('ever_embedded') };

/** The capable, itemised-core variant of fidelity-vs-adaptation.json. */
export const CAPABLE = 'system.population.capability={"dist":"beta","alpha":8,"beta":2}';

function simple(name: string, title: string, subtitle: string, panels: readonly PanelSpec[], sets: string[] = []): FigureJob {
  return {
    name: sets.length > 0 ? `${name}-${sets.map((s) => s.split('=')[1]).join('-')}` : name,
    make: (ctx) => strategyFigure({ scenario: ctx.load(name, sets), title, subtitle, panels }, ctx.options),
  };
}

export const FIGURES: readonly FigureJob[] = [
  simple('default', 'Push mandate vs peer networks vs incentives', 'A regional system of 300 units; every strategy runs for two years, then support ends.', [
    IN_USE,
    EVER_ADOPTED,
  ]),
  simple(
    'checklist-two-countries',
    'Same checklist, two countries: social movement vs national programme',
    '200 ICUs; the same phased plan, competing infection policies and tired low-performing units.',
    [IN_USE, { title: 'Low-performing ICUs in use', curve: groupShare('type', ['Low-performing ICU'], 'in_use') }, EVER_ADOPTED],
  ),
  simple(
    'prompt-train-the-trainer',
    'PROMPT: train-the-trainer vs central training on the same budget',
    '150 maternity units over ten years; the same 300,000 for training, spent two ways, and a reference with none.',
    [IN_USE, EVER_EMBEDDED],
  ),
  simple(
    'frailsafe-collaborative',
    'Frailsafe: a collaborative of 12 hospitals in a system of 150',
    'Members are one group; the collaborative has no strong ties outside unless the second strategy adds them.',
    [
      { title: 'Members (12 hospitals): share ever adopted', curve: groupShare('region', ['Frailsafe'], 'ever_adopted') },
      { title: 'Members: share in use', curve: groupShare('region', ['Frailsafe'], 'in_use') },
      { title: 'Other hospitals (138): share ever adopted', curve: groupShare('region', ['North', 'Midlands', 'South'], 'ever_adopted') },
    ],
  ),
  simple(
    'school-programme',
    'School programme: trials and a resourced scale-up vs a quick mandate',
    '350 schools in seven districts over twelve years.',
    [IN_USE, FIDELITY],
  ),
  simple('incentive-cliff', 'Incentive cliff: what remains when payments stop', '200 GP practices paid for two years; with and without peer support and assurance.', [
    IN_USE,
    EVER_ADOPTED,
  ]),
  simple(
    'fidelity-vs-adaptation',
    'Fidelity vs adaptation over time: mixed capability, core poorly specified',
    'The same programme at five adaptation allowances.',
    [IN_USE, FIT, FIDELITY],
  ),
  {
    name: 'fidelity-vs-adaptation-sweep',
    make: (ctx) =>
      adaptationSweepFigure(
        { mixed: ctx.load('fidelity-vs-adaptation'), capable: ctx.load('fidelity-vs-adaptation', [CAPABLE]), mixedCore: 0.1, capableCore: 0.9 },
        ctx.options,
      ),
  },
  simple(
    'innovation-vs-improvement',
    'A complex improvement: strong ties alone vs weak and strong ties',
    'As written (kind improvement): complex, adapted locally, needs twice the peer reinforcement of an innovation.',
    [IN_USE, EVER_ADOPTED, CHAMPIONS_REGION],
  ),
  simple(
    'innovation-vs-improvement',
    'A product-like innovation: strong ties alone vs weak and strong ties',
    'The same system and strategies with --set intervention.kind=innovation: simple, mostly hard core, half the thresholds.',
    [IN_USE, EVER_ADOPTED, CHAMPIONS_REGION],
    ['intervention.kind=innovation'],
  ),
  {
    name: 'innovation-vs-improvement-networks',
    make: (ctx) =>
      networkContrastFigure(
        {
          load: (sets) => {
            const scenario = ctx.load('innovation-vs-improvement', sets);
            return { ...scenario, strategies: scenario.strategies.filter((s) => s.name === 'Strong ties') };
          },
          rewired: 'system.network.strongRewire=1',
          zeroThresholds: 'system.population.threshold=0',
          strategy: 'Strong ties',
        },
        share('ever_adopted'),
        ctx.options,
      ),
  },
  simple('three-logics', 'The three logics of change, and one that combines them', '200 practices and community services; three years of support, then three without.', [
    IN_USE,
    FIT,
    FIDELITY,
  ]),
];
