// Phases 2-6 of one synchronous step: every unit reads its neighbours' exposure as
// it stood at the end of the last step and updates only itself. Numbered sections
// follow docs/model.md (Details, submodels).
//
// Each phase is a short loop over the units it concerns (UnitLists), in a module
// of its own: units hearing in phase 2 go on to phase 3 in the same step, adopters
// to phase 4, as in one pass over the units, but loops stay small and predictable.
//
// Waiting times: on entering a stage a unit draws a clock E ~ Exp(1); each step
// subtracts hazard * dt and the event fires when the clock runs out. With hazards
// constant within a step this is exactly a per-step chance 1 - exp(-h dt), but
// costs one draw per event instead of one per unit and step.
import type { Random } from '../random/rng.js';
import type { Effects } from './effects.js';
import type { Exposure } from './exposure.js';
import type { KernelParams } from './kernel-params.js';
import { hearNews } from './phase-awareness.js';
import { decide, reconsider } from './phase-decision.js';
import { recover, recoveryStep } from './phase-recovery.js';
import { holdInUse, implement, sustain, type UseTotals } from './phase-use.js';
import type { RunState } from './run-state.js';
import type { Population } from './system.js';
import type { Turnover } from './turnover.js';
import type { UnitLists } from './unit-lists.js';

export interface KernelContext {
  readonly p: KernelParams;
  readonly population: Population;
  readonly units: RunState;
  readonly exposure: Exposure;
  readonly effects: Effects;
  readonly random: Random;
  /** Filled with the units that started implementing this step. */
  readonly newAdopters: Int32Array;
  /** The units of each state, kept up to date by the phases. */
  readonly lists: UnitLists;
  /** Champion turnover, when its rate is above zero. */
  readonly turnover?: Turnover;
}

/** Advance every unit through phases 2-6 of step t. Returns the number of adoptions. */
export function advanceUnits(k: KernelContext, t: number): number {
  const { units, lists } = k;
  lists.startStep();
  // Phase 6 (friction on) for the units decide and implement keep runs in their loops.
  const recovery = recoveryStep(k);
  hearNews(k, t);
  const adoptions = decide(k, t, recovery);
  reconsider(k, t);
  const totals: UseTotals = { sumFidelity: 0, sumFit: 0, sumBenefit: 0 };
  if (k.p.friction) {
    // Units are independent within a step, so the order of phases across units is
    // free: sustainment first leaves out the units that embed in this step.
    sustain(k, t, totals);
    implement(k, t, totals, recovery);
    recover(k, recovery);
  } else {
    holdInUse(k, t, totals);
  }
  const turnover = k.turnover;
  if (turnover) {
    // Every unit, in unit order, whatever its state: departures keep their own stream.
    const next = turnover.next;
    for (let i = 0; i < units.n; i++) if (next[i] === t) turnover.leave(i, t, units.state[i]);
  }
  const tally = units.tally;
  tally.sumFidelity = totals.sumFidelity;
  tally.sumFit = totals.sumFit;
  tally.sumBenefit = totals.sumBenefit;
  return adoptions;
}
