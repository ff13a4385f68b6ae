// 6. Capacity relaxes toward baseline plus funded support less competing demands;
// fatigue decays, and grows in proportion to unreceptiveness under a mandate or
// another imposed load. Only units that read capacity or fatigue again (not yet
// decided, rejecting, or implementing) are updated: for the others they no longer
// enter any equation.
import type { KernelContext } from './kernel.js';
import { RECOVERING } from './unit-lists.js';
import { F32, F32_EFFECT } from './run-state.js';

export function recover(k: KernelContext): void {
  const { p, units: u, effects, lists } = k;
  const supportOn = effects.isActive('capacitySupport');
  const demandOn = effects.isActive('demand');
  const mandateOn = effects.isActive('mandate');
  const loadOn = effects.isActive('fatigueLoad');
  const fatigueOn = mandateOn || loadOn;
  const dt = p.dt;
  const relax = dt * p.recovery;
  const fatigueKeep = 1 - dt * p.fatigueDecay;
  const imposed = dt * p.fatigueImposed;
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
    const c = f[CAPACITY + i];
    // Most units sit at their target: leave them be.
    if (c !== target) {
      const next = c + relax * ((target < 0 ? 0 : target > 1 ? 1 : target) - c);
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
