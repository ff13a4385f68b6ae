// The units of each state, so each phase loops only over the units it concerns
// (short loops, few unpredictable branches) and discontinued units cost nothing.
//
// Each phase keeps its list up to date as it goes: units that stay are written
// back in place, units that move are added to the list of their new state (where a
// later phase of the same step takes them up), discontinued units are dropped.
// A lever may put a unit in use between steps; the phase that next reads the unit's
// old list finds its state changed and moves it on.
import { DISCONTINUED, STATE_COUNT, UNAWARE } from './states.js';

/**
 * Where the units to recover in a pass of their own (phase-recovery.ts: recover) start
 * in `UnitLists.index`, in units of n: after the state lists, in the same array, so a
 * phase's loop writes both through one array (see F32 in run-state.ts for why).
 */
export const RECOVERING = STATE_COUNT;

export class UnitLists {
  /** Units in state s: index[s * n + j] for j < count[s]; then the units to recover (RECOVERING). */
  readonly index: Int32Array;
  readonly count = new Int32Array(STATE_COUNT);
  /** How many units are listed to recover (at RECOVERING): awareness and reconsideration append. */
  recoveringCount = 0;

  /** Every unit starts unaware. */
  constructor(readonly n: number) {
    this.index = new Int32Array((STATE_COUNT + 1) * n);
    for (let i = 0; i < n; i++) this.index[UNAWARE * n + i] = i;
    this.count[UNAWARE] = n;
  }

  /** Unit i is now in state s: a later phase takes it up (discontinued units leave for good). */
  add(s: number, i: number): void {
    if (s !== DISCONTINUED) this.index[s * this.n + this.count[s]++] = i;
  }

  /** Start of a step: nothing to recover yet. */
  startStep(): void {
    this.recoveringCount = 0;
  }
}
