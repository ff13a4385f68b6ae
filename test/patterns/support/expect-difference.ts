// Pattern assertions: the 95% paired bootstrap interval of a difference must lie above
// zero; the message states the pattern in plain words with the measured numbers.
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import { pairedDifference, type Interval } from './bootstrap.js';

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(4));

export function describeInterval(d: Interval): string {
  return `mean ${fmt(d.mean)}, 95% interval [${fmt(d.lo)}, ${fmt(d.hi)}] over ${d.replicates} paired replicates`;
}

/**
 * Expect mean(a - b) > 0 with its interval excluding zero. `what` names the difference
 * ("weeks to 50% in use, peer networks minus mandate"), `pattern` says what it shows.
 * With PATTERN_REPORT=<file> each result is appended there as a JSON line.
 */
export function expectAboveZero(a: ArrayLike<number>, b: ArrayLike<number>, what: string, pattern: string): Interval {
  const d = pairedDifference(a, b, what);
  const report = process.env.PATTERN_REPORT;
  if (report) appendFileSync(report, `${JSON.stringify({ what, ...d })}\n`);
  expect(d.lo, `${pattern} Expected ${what} above zero: ${describeInterval(d)}.`).toBeGreaterThan(0);
  return d;
}
