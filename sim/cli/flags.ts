// Checks the run command's numeric flags and turns --reps/--seed/--steps into
// overrides of the scenario (validated with it, recorded in run.json).
import { InputError, type Problem } from '../scenario/errors.js';
import type { Override } from '../scenario/overrides.js';

export interface RunFlags {
  readonly reps?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly steps?: string;
  readonly set?: readonly string[];
  readonly out?: string;
  readonly quiet?: boolean;
  readonly force?: boolean;
}

export interface CheckedFlags {
  readonly reps?: number;
  readonly seed?: number | string;
  readonly workers?: number;
  readonly steps?: number;
  /** --reps, --seed, --steps as overrides of replicates, seed, time.steps. */
  readonly overrides: readonly Override[];
}

function positiveInteger(flag: string, text: string | undefined, max: number, problems: Problem[]): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < 1 || value > max) {
    problems.push({ path: flag, message: `expected a whole number from 1 to ${max}, got ${JSON.stringify(text)}` });
    return undefined;
  }
  return value;
}

export function checkFlags(flags: RunFlags): CheckedFlags {
  const problems: Problem[] = [];
  const reps = positiveInteger('--reps', flags.reps, 1_000_000, problems);
  const workers = positiveInteger('--workers', flags.workers, 1024, problems);
  const steps = positiveInteger('--steps', flags.steps, 1_000_000, problems);
  let seed: number | string | undefined;
  if (flags.seed !== undefined) {
    if (flags.seed.trim() === '') problems.push({ path: '--seed', message: 'expected an integer or a word, got ""' });
    else seed = /^-?\d+$/.test(flags.seed) && Number.isSafeInteger(Number(flags.seed)) ? Number(flags.seed) : flags.seed;
  }
  if (problems.length > 0) throw new InputError('', problems);
  const overrides: Override[] = [];
  if (reps !== undefined) overrides.push({ text: `--reps ${reps}`, path: ['replicates'], value: reps });
  if (seed !== undefined) overrides.push({ text: `--seed ${seed}`, path: ['seed'], value: seed });
  if (steps !== undefined) overrides.push({ text: `--steps ${steps}`, path: ['time', 'steps'], value: steps });
  return { reps, seed, workers, steps, overrides };
}
