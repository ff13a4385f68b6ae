// Each strategy's levers as periods on the time axis, with the logics of change they
// draw on (from the lever registry), for the charts' lever strips and teach mode.
import type { Logic } from '../../sim/levers/lever.js';
import { LEVERS } from '../../sim/levers/registry.js';
import type { Scenario } from '../../sim/scenario/schema.js';

export interface LeverPeriod {
  readonly type: string;
  readonly label: string;
  readonly start: number;
  /** End on the time axis (the horizon when the lever never ends). */
  readonly end: number;
  /** Runs to the horizon (`end: null`). */
  readonly open: boolean;
  /** Acts once, at its start (champions are seeded at one moment). */
  readonly instant: boolean;
  readonly logics: readonly Logic[];
  readonly summary: string;
}

/** A lever type as words: `peerNetwork` -> `peer network`. */
export function leverTypeLabel(type: string): string {
  return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Levers that act at one moment whatever their `end` says. */
const INSTANT = new Set(['seed']);

export function leverPeriods(scenario: Scenario): LeverPeriod[][] {
  const horizon = scenario.time.steps * scenario.time.dt;
  return scenario.strategies.map((strategy) =>
    strategy.levers.map((spec) => {
      const lever = spec as { type: string; label?: string; start: number; end: number | null };
      const def = LEVERS.find((l) => l.type === lever.type);
      const instant = INSTANT.has(lever.type);
      const open = !instant && lever.end === null;
      const end = instant ? lever.start : Math.min(horizon, lever.end ?? horizon);
      return {
        type: lever.type,
        label: lever.label ?? leverTypeLabel(lever.type),
        start: Math.min(lever.start, horizon),
        end,
        open,
        instant,
        logics: def?.logics ?? [],
        summary: def?.summary ?? '',
      };
    }),
  );
}

/** The logics a strategy draws on, each with the levers that bring it in. */
export function strategyLogics(periods: readonly LeverPeriod[]): { logic: Logic; levers: string[] }[] {
  const order: Logic[] = ['mechanical', 'ecological', 'social'];
  return order
    .map((logic) => ({ logic, levers: periods.filter((p) => p.logics.includes(logic)).map((p) => p.label) }))
    .filter((x) => x.levers.length > 0);
}
