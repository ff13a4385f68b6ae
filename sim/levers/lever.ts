// The one interface every spread lever implements. A new lever is one new file
// named `<name>.lever.ts` in this folder exporting `lever`; the registry finds it.
import { z } from 'zod';
import type { Effects } from '../model/effects.js';
import type { Csr } from '../network/csr.js';
import type { RunState } from '../model/run-state.js';
import type { System } from '../model/system.js';
import type { InterventionSpec } from '../scenario/model-schema.js';
import { TargetsSchema, type TargetsSpec } from '../scenario/targets-schema.js';
import { param, time } from '../scenario/params.js';

/** The logics of change (Greenhalgh and Papoutsi 2019) a lever draws on. */
export type Logic = 'mechanical' | 'ecological' | 'social';

/** Fields every lever has: when it runs, whom it targets, what it may spend. */
export const leverBase = {
  label: z.string().optional().meta({ description: 'A name for this lever in charts and tables' }),
  start: time(0, 'When the lever starts'),
  end: z
    .number()
    .min(0)
    .nullable()
    .default(null)
    .meta({ description: 'When the lever stops (exclusive); null runs to the horizon', unit: 'time units' }),
  targets: TargetsSchema.default('all'),
  budget: param(0, 1e15, 1e15, 'Most this lever may spend; it stops acting when spent', 'currency'),
};

export interface LeverSetup {
  readonly system: System;
  readonly intervention: InterventionSpec;
  /** Time units per step. */
  readonly dt: number;
  readonly steps: number;
  /** This lever's own random stream, derived from the replicate's seed. */
  readonly random: () => number;
  /**
   * Units a targets spec selects: ascending for labels and lists, best first for a
   * ranking rule, in the order drawn for a random one (so a short budget takes the first).
   */
  targets(spec: TargetsSpec): Int32Array;
}

/** What a lever may read and do during phase 1 of a step. */
export interface LeverStep {
  /** Step index; the step covers times [t*dt, (t+1)*dt). */
  readonly t: number;
  readonly time: number;
  readonly dt: number;
  readonly system: System;
  /** The network as it stands now, with any ties levers have added. */
  readonly network: Csr;
  readonly units: RunState;
  readonly effects: Effects;
  /** Units that started implementing in the previous step. */
  readonly newAdopters: Int32Array;
  /** Put a unit in use now (champions); counts as an adoption the unit chose. */
  adopt(unit: number, state: 'implementing' | 'embedded'): void;
  /** What the strategy may still spend. */
  readonly budgetLeft: number;
  /** Spend from the strategy's budget; returns what was granted (less once it runs out). */
  spend(amount: number): number;
  /**
   * An extrinsic reason ends for these units: each in use for that reason stops
   * with probability 1 - exp(-strength * (1 - ownership)) (less when embedded).
   */
  withdraw(units: Int32Array, reason: number, strength: number): void;
  /** Add strong ties between pairs of units from this step on. */
  addTies(pairs: Int32Array, weight: number): void;
}

export interface Lever {
  readonly label: string;
  /** Start and end on the time axis (end is Infinity when open). */
  readonly start: number;
  readonly end: number;
  apply(step: LeverStep): void;
}

export interface LeverDefinition<S extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly logics: readonly Logic[];
  /** One line for tables, tooltips and docs. */
  readonly summary: string;
  /** The lever's spec, including `type: z.literal(type)` and `...leverBase`. */
  readonly schema: S;
  create(spec: z.output<S>, setup: LeverSetup): Lever;
}

/** Typed helper so each lever file infers its spec type from its schema. */
export function defineLever<S extends z.ZodType>(definition: LeverDefinition<S>): LeverDefinition<S> {
  return definition;
}

/** Is the lever active at this step (start <= time < end)? */
export function isActive(lever: { start: number; end: number }, time: number): boolean {
  return time >= lever.start && time < lever.end;
}
