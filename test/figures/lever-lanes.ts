// Lever periods for a figure: per strategy, one shaded row per distinct window, naming
// the levers that share it; champions (seeded at an instant) as a marker.
import type { Scenario } from '../../sim/scenario/schema.js';
import type { Lane, LaneBar } from './svg-figure.js';

interface LeverLike {
  type: string;
  label?: string;
  start: number;
  end: number | null;
}

export function leverLanes(scenario: Scenario, colors: readonly string[]): Lane[] {
  const horizon = scenario.time.steps * scenario.time.dt;
  return scenario.strategies.map((strategy, s) => {
    const windows = new Map<string, LaneBar>();
    for (const lever of strategy.levers as unknown as LeverLike[]) {
      const instant = lever.type === 'seed';
      const from = lever.start;
      const to = instant ? lever.start : Math.min(lever.end ?? horizon, horizon);
      const key = `${from}-${to}`;
      const name = lever.label ?? lever.type;
      const bar = windows.get(key);
      windows.set(key, { from, to, label: bar ? `${bar.label} + ${name}` : name });
    }
    const rows = [...windows.values()].sort((a, b) => a.from - b.from || a.to - b.to).map((bar) => [bar]);
    return { label: strategy.name, color: colors[s % colors.length], rows };
  });
}

/** Distinct times at which a lever stops acting, for dashed markers. */
export function leverEnds(scenario: Scenario): number[] {
  const ends = new Set<number>();
  for (const strategy of scenario.strategies) {
    for (const lever of strategy.levers as unknown as LeverLike[]) {
      if (lever.type !== 'seed' && lever.end !== null) ends.add(lever.end);
    }
  }
  return [...ends].sort((a, b) => a - b);
}
