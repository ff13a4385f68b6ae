// What levers see and do in phase 1 of a step (LeverStep), for one strategy run: a
// class rather than an object of closures made per run, so the methods levers call
// are the same functions in every run and V8 keeps their compiled calls.
import type { LeverStep } from '../levers/lever.js';
import type { Csr } from '../network/csr.js';
import type { Random } from '../random/rng.js';
import { drawClock } from './clock.js';
import type { Effects } from './effects.js';
import type { Exposure } from './exposure.js';
import type { RunState } from './run-state.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING, UNAWARE, inUse } from './states.js';
import type { System } from './system.js';

export class StrategyStep implements LeverStep {
  t = 0;
  time = 0;
  network: Csr;
  newAdopters: Int32Array = new Int32Array(0);
  /** Spent so far: lever spending plus adoption costs. */
  cost = 0;
  /** Ties levers added this step, applied after phase 1. */
  pendingTies: { pairs: Int32Array; weight: number }[] = [];
  private left: number;

  constructor(
    readonly dt: number,
    readonly system: System,
    readonly units: RunState,
    readonly effects: Effects,
    private readonly exposure: Exposure,
    private readonly random: Random,
    private readonly initialFit: Float32Array,
    private readonly adoptionCost: number,
    budget: number,
  ) {
    this.network = system.csr;
    this.left = budget;
  }

  adopt(unit: number, as: 'implementing' | 'embedded'): void {
    const units = this.units;
    const s = units.state[unit];
    // In use already, or discontinued (no way back in the state graph).
    if (inUse(s) || s === DISCONTINUED) return;
    if (s === UNAWARE) {
      units.tAware[unit] = this.t;
      this.exposure.noteAware(unit);
    }
    const embedded = as === 'embedded';
    const next = embedded ? EMBEDDED : IMPLEMENTING;
    units.state[unit] = next;
    units.tally.move(unit, s, next);
    units.tally.adopted(unit);
    if (embedded) units.tally.everEmbedded++;
    units.tStart[unit] = this.t;
    units.progress[unit] = embedded ? 1 : 0;
    if (embedded) units.tEmbedded[unit] = this.t;
    units.fit[unit] = this.initialFit[unit];
    units.fidelity[unit] = 1;
    units.ownership[unit] = 1;
    units.embeddedness[unit] = embedded ? 1 : 0;
    units.reasons[unit] = 0;
    units.clock[unit] = drawClock(this.random);
    units.tally.addInUse(unit, 1, units.fit[unit]);
    this.cost += this.adoptionCost;
    this.exposure.noteInUse(unit, 1);
  }

  get budgetLeft(): number {
    return this.left;
  }

  spend(amount: number): number {
    const granted = Math.max(0, Math.min(amount, this.left));
    this.left -= granted;
    this.cost += granted;
    return granted;
  }

  withdraw(targets: Int32Array, reason: number, strength: number): void {
    withdrawReason(this.units, this.effects.write('shock'), targets, reason, strength / this.dt);
  }

  addTies(pairs: Int32Array, weight: number): void {
    this.pendingTies.push({ pairs, weight });
  }
}

/**
 * Clear `reason` from the targets that adopted under it; those in use get a one-off
 * discontinuation hazard `hazard` this step (a chance spread over the step's length).
 */
function withdrawReason(units: RunState, shock: Float32Array, targets: Int32Array, reason: number, hazard: number): void {
  const { reasons, state } = units;
  for (let j = 0; j < targets.length; j++) {
    const i = targets[j];
    if (!(reasons[i] & reason)) continue;
    reasons[i] &= ~reason;
    if (inUse(state[i])) shock[i] += hazard;
  }
}
