// 6. Capacity relaxes toward baseline plus funded support less competing demands;
// fatigue decays, and grows in proportion to unreceptiveness under a mandate or
// another imposed load. Only units that read capacity or fatigue again (still
// unaware, aware, rejecting, or implementing) are updated: for the others they no
// longer enter any equation.
//
// Units that decide and implement keep waiting recover as the last act of those
// loops, which write out the equations below: units are independent within a step,
// each is kept by one phase only, and no later phase of the step reads a kept unit's
// capacity or fatigue, so this is the same update as a pass at the end of the step.
// But the unit's values are still in cache, and nothing lists it for a later pass:
// 5% fewer instructions per replicate of the default scenario at 5,000 units
// (cachegrind), 2-3% less time. Units that awareness and reconsideration keep
// (fewer, in loops that read no other unit field) are listed and recover in
// `recover`, after phase 5.
import type { KernelContext } from './kernel.js';
import { RECOVERING } from './unit-lists.js';
import { F32, F32_EFFECT } from './run-state.js';

/** Phase 6's constants for one step: which effects act, and the rates. */
export interface Recovery {
  readonly supportOn: boolean;
  readonly demandOn: boolean;
  readonly mandateOn: boolean;
  readonly loadOn: boolean;
  /** A mandate or a fatigue load acts: fatigue is updated even where it is zero. */
  readonly fatigueOn: boolean;
  /** Share of the gap to the capacity target closed in a step. */
  readonly relax: number;
  /** Share of fatigue kept from one step to the next. */
  readonly fatigueKeep: number;
  /** Fatigue per step from a mandate, times unreceptiveness. */
  readonly imposed: number;
}

/** This step's recovery: the effects written in phase 1 hold for the whole step. */
export function recoveryStep(k: KernelContext): Recovery {
  const { p, effects } = k;
  const mandateOn = effects.isActive('mandate');
  const loadOn = effects.isActive('fatigueLoad');
  return {
    supportOn: effects.isActive('capacitySupport'),
    demandOn: effects.isActive('demand'),
    mandateOn,
    loadOn,
    fatigueOn: mandateOn || loadOn,
    relax: p.dt * p.recovery,
    fatigueKeep: 1 - p.dt * p.fatigueDecay,
    imposed: p.dt * p.fatigueImposed,
  };
}

/** Phase 6 for the units listed to recover (those awareness and reconsideration kept). */
export function recover(k: KernelContext, r: Recovery): void {
  const { units: u, lists } = k;
  const { relax, fatigueKeep, imposed } = r;
  // `=== true` makes these known booleans in the loop (phase-use.ts says why).
  const supportOn = r.supportOn === true;
  const demandOn = r.demandOn === true;
  const mandateOn = r.mandateOn === true;
  const loadOn = r.loadOn === true;
  const fatigueOn = r.fatigueOn === true;
  const dt = k.p.dt;
  // One array per number type, indexed by slot (run-state.ts: F32).
  const n = u.n;
  const f = u.f32;
  const CAPACITY = F32.capacity * n;
  const BASE = F32.baseCapacity * n;
  const FATIGUE = F32.fatigue * n;
  const RECEPTIVE = F32.receptiveness * n;
  const SUPPORT = F32_EFFECT.capacitySupport * n;
  const DEMAND = F32_EFFECT.demand * n;
  const MANDATE = F32_EFFECT.mandate * n;
  const LOAD = F32_EFFECT.fatigueLoad * n;
  const list = lists.index;
  const from = RECOVERING * n;
  const to = from + lists.recoveringCount;
  for (let q = from; q < to; q++) {
    const i = list[q];
    let target = f[BASE + i];
    if (supportOn) target += f[SUPPORT + i];
    if (demandOn) target -= f[DEMAND + i];
    const level = f[CAPACITY + i];
    // Most units sit at their target: leave them be.
    if (level !== target) {
      const next = level + relax * ((target < 0 ? 0 : target > 1 ? 1 : target) - level);
      f[CAPACITY + i] = next < 0 ? 0 : next > 1 ? 1 : next;
    }
    let z = f[FATIGUE + i];
    if (z > 0 || fatigueOn) {
      z *= fatigueKeep;
      if (fatigueOn) {
        const load = (mandateOn && f[MANDATE + i] > 0 ? imposed : 0) + (loadOn ? dt * f[LOAD + i] : 0);
        z += load * (1 - f[RECEPTIVE + i]);
      }
      f[FATIGUE + i] = z < 0 ? 0 : z > 1 ? 1 : z;
    }
  }
}
