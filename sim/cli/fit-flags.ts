// `spread fit` flags: checked up front (bad ones are bad input, exit 2) and given their
// defaults (400 particles, 10 populations, median tolerances...).
import { MEASURES, type Measure } from '../calibrate/curve-plan.js';
import { InputError, type Problem } from '../scenario/errors.js';

export interface FitFlags {
  readonly observed?: string;
  readonly fit?: readonly string[];
  readonly series?: readonly string[];
  readonly measure?: string;
  readonly strategy?: string;
  readonly particles?: string;
  readonly generations?: string;
  readonly quantile?: string;
  readonly minAcceptance?: string;
  readonly maxSimulations?: string;
  readonly predictive?: string;
  readonly pointReps?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly set?: readonly string[];
  readonly out?: string;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

export interface FitSettings {
  readonly observed: string;
  readonly measure: Measure;
  readonly particles: number;
  readonly generations: number;
  readonly quantile: number;
  readonly minAcceptance: number;
  readonly maxSimulations: number;
  readonly predictive: number;
  readonly pointReps: number;
  readonly seed?: number | string;
  readonly workers?: number;
}

export function checkFitFlags(flags: FitFlags): FitSettings {
  const problems: Problem[] = [];
  const whole = (flag: string, text: string | undefined, fallback: number, min: number, max: number) => {
    if (text === undefined) return fallback;
    const x = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || x < min || x > max) problems.push({ path: flag, message: `expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}` });
    return x;
  };
  const fraction = (flag: string, text: string | undefined, fallback: number, open: boolean) => {
    if (text === undefined) return fallback;
    const x = Number(text);
    if (text.trim() === '' || !(x >= 0 && x <= 1) || (open && !(x > 0 && x < 1))) {
      problems.push({ path: flag, message: `expected a number ${open ? 'strictly between 0 and 1' : 'from 0 to 1'}, got ${JSON.stringify(text)}` });
    }
    return x;
  };
  if (!flags.observed) problems.push({ path: '--observed', message: 'required: the CSV file of observed adoption (t, then all, region=NAME or type=NAME columns)' });
  let measure: Measure = 'ever_adopted';
  if (flags.measure !== undefined) {
    if ((MEASURES as readonly string[]).includes(flags.measure)) measure = flags.measure as Measure;
    else problems.push({ path: '--measure', message: `expected one of ${MEASURES.join(', ')}, got ${JSON.stringify(flags.measure)}` });
  }
  const particles = whole('--particles', flags.particles, 400, 10, 1_000_000);
  const settings: FitSettings = {
    observed: flags.observed ?? '',
    measure,
    particles,
    generations: whole('--generations', flags.generations, 10, 1, 1000),
    quantile: fraction('--quantile', flags.quantile, 0.5, true),
    minAcceptance: fraction('--min-acceptance', flags.minAcceptance, 0.02, false),
    maxSimulations: whole('--max-simulations', flags.maxSimulations, 50 * particles, 1, 1e9),
    predictive: whole('--predictive', flags.predictive, 200, 2, 1_000_000),
    pointReps: whole('--point-reps', flags.pointReps, 100, 1, 1_000_000),
    ...(flags.workers !== undefined ? { workers: whole('--workers', flags.workers, 1, 1, 1024) } : {}),
  };
  let seed: number | string | undefined;
  if (flags.seed !== undefined) {
    if (flags.seed.trim() === '') problems.push({ path: '--seed', message: 'expected an integer or a word, got ""' });
    else seed = /^-?\d+$/.test(flags.seed) && Number.isSafeInteger(Number(flags.seed)) ? Number(flags.seed) : flags.seed;
  }
  if (settings.maxSimulations < particles) problems.push({ path: '--max-simulations', message: `must be at least --particles (${particles})` });
  if (problems.length > 0) throw new InputError('', problems);
  return { ...settings, ...(seed !== undefined ? { seed } : {}) };
}
