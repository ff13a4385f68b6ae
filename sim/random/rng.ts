// The one random-number factory. Every stream derives from (seed, path), so a
// replicate's draws never depend on worker count, shard or order.
import seedrandom from 'seedrandom';

export type Random = () => number;

/**
 * A stream for one purpose within one replicate, e.g. stream(seed, 3, 'network').
 * Alea is seedrandom's fastest generator with a long period and good statistics.
 */
export function stream(seed: number | string, ...path: (string | number)[]): Random {
  return seedrandom.alea([String(seed), ...path.map(String)].join('/'));
}
