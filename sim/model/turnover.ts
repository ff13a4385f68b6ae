// Champion turnover: each unit loses a key person at a constant hazard; when it
// happens, capability drops and, for a unit in use, embeddedness and ownership too.
import type { Random } from '../random/rng.js';
import type { RunState } from './run-state.js';
import { EMBEDDED, IMPLEMENTING } from './states.js';

export interface TurnoverParams {
  /** Hazard per time unit that a unit's champion leaves. */
  readonly rate: number;
  readonly capabilityLoss: number;
  readonly embeddednessLoss: number;
  readonly ownershipLoss: number;
}

/** Far enough in the future to mean never within any run. */
const NEVER_STEP = 2 ** 30;

export class Turnover {
  /** Step of each unit's next departure: one draw per event, not per step. */
  readonly next: Int32Array;
  private readonly logStay: number;

  constructor(
    private readonly params: TurnoverParams,
    private readonly units: RunState,
    dt: number,
    private readonly random: Random,
  ) {
    // Per step the chance is 1 - exp(-rate dt), so ln(stay) = -rate dt.
    this.logStay = -params.rate * dt;
    this.next = new Int32Array(units.n);
    // The first departure falls in the gap-th step, whose index is gap - 1.
    for (let i = 0; i < units.n; i++) this.next[i] = this.gap() - 1;
  }

  /** Apply a departure at step t and schedule the next one. */
  leave(i: number, t: number, state: number): void {
    const u = this.units;
    const p = this.params;
    u.capability[i] *= 1 - p.capabilityLoss;
    if (state === IMPLEMENTING || state === EMBEDDED) {
      u.embeddedness[i] *= 1 - p.embeddednessLoss;
      u.ownership[i] *= 1 - p.ownershipLoss;
    }
    this.next[i] = t + this.gap();
  }

  /**
   * Steps until the next departure, at least 1: geometric on {1, 2, ...} with
   * P(stay) = exp(-rate dt) per step, drawn as ceil(E / (rate dt)), E ~ Exp(1).
   */
  private gap(): number {
    const steps = Math.max(1, Math.ceil(Math.log(1 - this.random()) / this.logStay));
    return Number.isFinite(steps) && steps < NEVER_STEP ? steps : NEVER_STEP;
  }
}
