// Numbers as people read them in the app: shares as percentages, times with their unit,
// money with separators, and signed differences (percentage points for shares).
import type { MetricKind } from './metrics-table.js';

const sig3 = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumSignificantDigits: 3 });

/** 950, 12,500, 1.22m, 1.08bn: whole numbers up to a million, then three figures. */
export function formatAmount(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e6) return compact.format(x);
  return a >= 1000 ? whole.format(x) : sig3.format(x);
}

export function formatShare(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export function plural(unit: string, x: number): string {
  return Math.abs(x) === 1 ? unit : `${unit}s`;
}

/** A metric value of a kind, e.g. `52.3%`, `34 weeks`, `12,500`; `n/a` for null. */
export function formatMetric(x: number | null, kind: MetricKind, timeUnit: string): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  if (kind === 'share') return formatShare(x);
  if (kind === 'time') return `${sig3.format(x)} ${plural(timeUnit, x)}`;
  return formatAmount(x);
}

/** The same without units, for intervals: `41.0-63.2%` reads as `[41.0%, 63.2%]`. */
export function formatBare(x: number | null, kind: MetricKind): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  if (kind === 'share') return formatShare(x);
  return kind === 'time' ? sig3.format(x) : formatAmount(x);
}

/** A signed difference: `+12.3 pts` for shares, `-8 weeks`, `+1,200`. */
export function formatDiff(x: number | null, kind: MetricKind, timeUnit: string): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  const sign = x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1';
  const a = Math.abs(x);
  if (kind === 'share') return `${sign}${(100 * a).toFixed(1)} pts`;
  if (kind === 'time') return `${sign}${sig3.format(a)} ${plural(timeUnit, a)}`;
  return `${sign}${formatAmount(a)}`;
}

export function formatSignedBare(x: number | null, kind: MetricKind): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  const sign = x > 0 ? '+' : x < 0 ? '\u2212' : '';
  const a = Math.abs(x);
  if (kind === 'share') return `${sign}${(100 * a).toFixed(1)}`;
  return `${sign}${kind === 'time' ? sig3.format(a) : formatAmount(a)}`;
}
