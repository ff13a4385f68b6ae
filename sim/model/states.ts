// Unit states and the transitions the model allows between them.

export const UNAWARE = 0;
export const AWARE = 1;
export const IMPLEMENTING = 2;
export const EMBEDDED = 3;
export const DISCONTINUED = 4;
export const REJECTED = 5;
export type StateCode = 0 | 1 | 2 | 3 | 4 | 5;

export const STATE_NAMES = ['unaware', 'aware', 'implementing', 'embedded', 'discontinued', 'rejected'] as const;
export type StateName = (typeof STATE_NAMES)[number];
export const STATE_COUNT = STATE_NAMES.length;

/** In use: implementing or embedded. */
export function inUse(state: number): boolean {
  return state === IMPLEMENTING || state === EMBEDDED;
}

/** How many of `units` are in use. */
export function countInUse(state: Uint8Array, units: ArrayLike<number>): number {
  let using = 0;
  for (let j = 0; j < units.length; j++) {
    const s = state[units[j]];
    if (s === IMPLEMENTING || s === EMBEDDED) using++;
  }
  return using;
}

/**
 * Legal moves, from -> allowed next states. A unit may pass through several
 * within one step (aware, then implementing, then embedded when embedding is
 * instant), so the invariant checked in tests is reachability along this graph.
 */
export const LEGAL_TRANSITIONS: Readonly<Record<StateCode, readonly StateCode[]>> = {
  [UNAWARE]: [AWARE],
  [AWARE]: [IMPLEMENTING, REJECTED],
  [IMPLEMENTING]: [EMBEDDED, DISCONTINUED],
  [EMBEDDED]: [DISCONTINUED],
  [DISCONTINUED]: [],
  [REJECTED]: [AWARE],
};

/** Extrinsic reasons a unit may be using the intervention for (bit flags). */
export const REASON_MANDATE = 1;
export const REASON_INCENTIVE = 2;
