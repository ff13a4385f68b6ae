// A unit's attributes and its history in one replicate, as text for the hover card:
// the steps at which its state changed, and its fidelity and fit at the step shown.
import { inUse, STATE_NAMES, UNAWARE } from '../../sim/model/states.js';
import type { SystemView, UnitHistories } from './unit-histories.js';

export interface UnitStory {
  readonly id: number;
  readonly region: string;
  readonly type: string;
  readonly attributes: readonly [string, string][];
  readonly state: string;
  readonly fidelity: number | null;
  readonly fit: number | null;
  /** State changes in order: the time and the state entered. */
  readonly changes: readonly { time: number; state: string }[];
}

const two = (x: number) => x.toFixed(2);

export function unitStory(system: SystemView, h: UnitHistories, strategy: number, unit: number, step: number): UnitStory {
  const states = h.states[strategy];
  const n = h.n;
  const changes: { time: number; state: string }[] = [];
  let last = -1;
  for (let t = 0; t <= h.steps; t++) {
    const s = states[t * n + unit];
    if (s !== last) {
      if (t > 0 || s !== UNAWARE) changes.push({ time: t * h.dt, state: STATE_NAMES[s] });
      last = s;
    }
  }
  const now = states[step * n + unit];
  const using = inUse(now);
  return {
    id: unit,
    region: system.regionNames[system.region[unit]],
    type: system.typeNames[system.type[unit]],
    attributes: [
      ['population served', Math.round(system.size[unit]).toLocaleString('en-GB')],
      ['capacity', two(system.capacity[unit])],
      ['capability', two(system.capability[unit])],
      ['receptiveness', two(system.receptiveness[unit])],
      ['leadership (0 hierarchical, 1 distributed)', two(system.leadership[unit])],
      ['threshold (share of peers needed)', two(system.threshold[unit])],
      ['ties', String(system.starts[unit + 1] - system.starts[unit])],
    ],
    state: STATE_NAMES[now],
    fidelity: using ? h.fidelity[strategy][step * n + unit] / 255 : null,
    fit: using ? h.fit[strategy][step * n + unit] / 255 : null,
    changes,
  };
}

/** Units in each state at one step, in STATE_NAMES order. */
export function stateCounts(h: UnitHistories, strategy: number, step: number): number[] {
  const counts = new Array<number>(STATE_NAMES.length).fill(0);
  const states = h.states[strategy];
  for (let i = step * h.n, end = i + h.n; i < end; i++) counts[states[i]]++;
  return counts;
}
