// listsEveryUnit and RunState.countInUse: the whole-system shortcut (running totals)
// must give the count a pass over the states gives.
import { describe, expect, it } from 'vitest';
import { listsEveryUnit } from '../../sim/model/every-unit.js';
import { buildSystem } from '../../sim/model/replicate.js';
import { RunState } from '../../sim/model/run-state.js';
import { EMBEDDED, IMPLEMENTING, REJECTED, countInUse } from '../../sim/model/states.js';
import { tiny } from './support/scenario.js';

describe('listsEveryUnit', () => {
  it('is true for each unit once in any order, false for a repeat or a gap', () => {
    expect(listsEveryUnit(Int32Array.from([2, 0, 3, 1]), 4)).toBe(true);
    expect(listsEveryUnit(Int32Array.from([2, 0, 2, 1]), 4)).toBe(false);
    expect(listsEveryUnit(Int32Array.from([0, 1, 2]), 4)).toBe(false);
    expect(listsEveryUnit(Int32Array.from([0, 1, 2, 4]), 4)).toBe(false);
  });
});

describe('RunState.countInUse', () => {
  it('equals a pass over the states, for the whole system and for part of it', () => {
    const pop = buildSystem(tiny({ n: 6 }), 0).population;
    const units = new RunState(pop, () => 1);
    const moves: [number, number][] = [
      [1, IMPLEMENTING],
      [4, EMBEDDED],
      [5, REJECTED],
    ];
    for (const [i, to] of moves) {
      units.tally.move(i, units.state[i], to);
      units.state[i] = to;
    }
    const all = Int32Array.from([5, 4, 3, 2, 1, 0]);
    const some = Int32Array.from([0, 1, 5]);
    expect(units.countInUse(all)).toBe(2);
    expect(units.countInUse(all)).toBe(countInUse(units.state, all));
    expect(units.countInUse(some)).toBe(countInUse(units.state, some));
    expect(units.countInUse(some)).toBe(1);
  });
});
