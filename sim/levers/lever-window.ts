// When a lever acts: its time window, cut short when its own budget or the
// strategy's runs out.

export type LeverPhase = 'before' | 'starting' | 'active' | 'ending' | 'after';

/** Whether a lever acts in this phase: on its first step and on every step after, until it ends. */
export function acting(phase: LeverPhase): boolean {
  return phase === 'starting' || phase === 'active';
}

export class LeverWindow {
  private spent = 0;
  private started = false;
  private ended = false;
  readonly end: number;

  constructor(
    readonly start: number,
    end: number | null,
    private readonly budget: number,
  ) {
    this.end = end ?? Infinity;
  }

  /**
   * The phase at `time`: 'starting' on the first active step, 'ending' once, on
   * the first step at or after the end or after the budget ran out.
   */
  phase(time: number): LeverPhase {
    if (this.ended) return 'after';
    if (time < this.start) return 'before';
    if (time >= this.end || this.spent >= this.budget) {
      this.ended = true;
      return this.started ? 'ending' : 'after';
    }
    if (!this.started) {
      this.started = true;
      return 'starting';
    }
    return 'active';
  }

  /**
   * Spend `amount` through the step (the strategy's budget), within this lever's
   * own budget; a shortfall on either ends the lever at its next step.
   */
  charge(step: { spend(amount: number): number }, amount: number): number {
    if (amount <= 0) return 0;
    const allowed = Math.min(amount, Math.max(0, this.budget - this.spent));
    const paid = step.spend(allowed);
    this.spent += paid;
    if (paid < amount) this.spent = this.budget;
    return paid;
  }
}

/** What every windowed lever's spec has (leverBase). */
interface WindowedSpec {
  readonly label?: string;
  readonly start: number;
  readonly end: number | null;
  readonly budget: number;
}

/**
 * A lever that acts over a window: its label, start and end, and the window itself.
 * Levers are classes rather than closures made per run, so their methods are the same
 * functions in every run and the JIT compiles them once per process.
 */
export abstract class WindowedLever<S extends WindowedSpec> {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  protected readonly window: LeverWindow;

  constructor(
    protected readonly spec: S,
    defaultLabel: string,
  ) {
    this.label = spec.label ?? defaultLabel;
    this.start = spec.start;
    this.window = new LeverWindow(spec.start, spec.end, spec.budget);
    this.end = this.window.end;
  }
}
