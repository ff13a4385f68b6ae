// Phase 6 (capacity and fatigue) runs in the loop of whichever phase keeps a unit
// waiting: awareness and reconsideration list their units for `recover`, decide and
// implement write the update out. One unit in each state checks each path, to the
// bit, against the equations of docs/model.md 3.3.6 in single precision.
import { describe, expect, it } from 'vitest';
import { tiny } from './support/scenario.js';
import { traceReplicate } from './support/trace.js';

const STEPS = 12;
const BASE = 0.5;
const SUPPORT = 0.2;
const RELAX = 0.1;
const KEEP = 1 - 0.05;
const FATIGUE = 0.4;
/** Capacity an implementing unit uses per step: dt * gamma * min(c, kappa). */
const USE = 0.05;
const ALLOCATION = 0.3;

// Units: 0 stays unaware; 1 aware (told by a mandate too weak to move it, which
// also stops it rejecting); 2 implementing (seeded; effort too long to finish, no
// failure); 3 rejecting (hears, rejects at once, never reconsiders); 4 embedded
// (seeded). The mandate turns the fatigue load on, but adds none at receptiveness 1.
const scenario = tiny({
  n: 5,
  steps: STEPS,
  population: { capacity: BASE, fatigue: FATIGUE },
  intervention: { effort: 1e4, failureRate: 0 },
  dynamics: {
    friction: true,
    adoption: { rejection: 50, reconsiderAfter: 1e6, capacityNeed: 0 },
    capacity: { recovery: RELAX },
    fatigue: { decay: 0.05 },
  },
  levers: [
    { type: 'seed', targets: { units: [2] }, state: 'implementing' },
    { type: 'seed', targets: { units: [4] }, state: 'embedded' },
    { type: 'mandate', intensity: 1e-9, targets: { units: [1] } },
    { type: 'communication', intensity: 1, targets: { units: [1, 3] } },
    // Funded time for every unit, so the target is baseline + support.
    { type: 'incentive', intensity: 0, capacitySupport: SUPPORT, targets: 'all' },
  ],
});

/** One step of phase 6 as the engine computes it: doubles, stored as float32. */
function recovered(capacity: number, fatigue: number): [number, number] {
  const target = Math.fround(BASE) + Math.fround(SUPPORT);
  const next = capacity + RELAX * (target - capacity);
  return [Math.fround(next), Math.fround(fatigue * KEEP)];
}

describe('phase 6: capacity and fatigue', () => {
  const rows = traceReplicate(scenario, 0).rows[0];

  it('puts one unit in each state', () => {
    expect(Array.from(rows[STEPS].state)).toEqual([0, 1, 2, 5, 3]);
  });

  it('recovers unaware, aware and rejecting units alike, whichever phase keeps them', () => {
    for (const unit of [0, 1, 3]) {
      let [c, z] = [Math.fround(BASE), Math.fround(FATIGUE)];
      for (let t = 1; t <= STEPS; t++) {
        [c, z] = recovered(c, z);
        expect(rows[t].capacity[unit], `unit ${unit}, row ${t}`).toBe(c);
        expect(rows[t].fatigue[unit], `unit ${unit}, row ${t}`).toBe(z);
      }
    }
  });

  it('recovers an implementing unit after the capacity it used', () => {
    let [c, z] = [Math.fround(BASE), Math.fround(FATIGUE)];
    for (let t = 1; t <= STEPS; t++) {
      const used = Math.fround(c - USE * Math.min(c, ALLOCATION));
      [c, z] = recovered(used, z);
      expect(rows[t].capacity[2], `row ${t}`).toBe(c);
      expect(rows[t].fatigue[2], `row ${t}`).toBe(z);
    }
  });

  it('leaves an embedded unit as it was', () => {
    for (let t = 1; t <= STEPS; t++) {
      expect(rows[t].capacity[4]).toBe(Math.fround(BASE));
      expect(rows[t].fatigue[4]).toBe(Math.fround(FATIGUE));
    }
  });
});
