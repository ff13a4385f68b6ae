// 6. Capacity relaxes toward baseline plus funded support less competing demands;
// fatigue decays, and grows in proportion to unreceptiveness under a mandate or
// another imposed load. Only units that read capacity or fatigue again (not yet
// decided, rejecting, or implementing) are updated: for the others they no longer
// enter any equation.
import type { KernelContext } from './kernel.js';

export function recover(k: KernelContext): void {
  const { p, population: pop, units: u, effects, lists } = k;
  const { capacity, fatigue } = u;
  const baseCapacity = pop.capacity;
  const receptiveness = pop.receptiveness;
  const { capacitySupport: support, demand, mandate, fatigueLoad } = effects.fields;
  const supportOn = effects.isActive('capacitySupport');
  const demandOn = effects.isActive('demand');
  const mandateOn = effects.isActive('mandate');
  const loadOn = effects.isActive('fatigueLoad');
  const fatigueOn = mandateOn || loadOn;
  const dt = p.dt;
  const relax = dt * p.recovery;
  const fatigueKeep = 1 - dt * p.fatigueDecay;
  const imposed = dt * p.fatigueImposed;
  const list = lists.recovering;
  const count = lists.recoveringCount;
  for (let q = 0; q < count; q++) {
    const i = list[q];
    let target = baseCapacity[i];
    if (supportOn) target += support[i];
    if (demandOn) target -= demand[i];
    const c = capacity[i];
    // Most units sit at their target: leave them be.
    if (c !== target) {
      const next = c + relax * ((target < 0 ? 0 : target > 1 ? 1 : target) - c);
      capacity[i] = next < 0 ? 0 : next > 1 ? 1 : next;
    }
    let z = fatigue[i];
    if (z > 0 || fatigueOn) {
      z *= fatigueKeep;
      if (fatigueOn) {
        const load = (mandateOn && mandate[i] > 0 ? imposed : 0) + (loadOn ? dt * fatigueLoad[i] : 0);
        z += load * (1 - receptiveness[i]);
      }
      fatigue[i] = z < 0 ? 0 : z > 1 ? 1 : z;
    }
  }
}
