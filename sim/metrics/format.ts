// Deterministic text for numbers and CSV fields, so output files are byte-identical
// for the same results on any worker count.

/** Significant digits kept for non-integers in output files. */
export const SIGNIFICANT_DIGITS = 6;

/**
 * Integers as integers; other finite numbers to 6 significant digits in JavaScript's
 * shortest form (`0.123457`, `1.5e-7`); NaN (undefined) as an empty field; infinities as Inf/-Inf.
 */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x); // String(-0) is "0"
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  const rounded = Number(x.toPrecision(SIGNIFICANT_DIGITS));
  return String(rounded === 0 ? 0 : rounded);
}

/** A number or null (undefined) as a CSV field. */
export function formatNullable(x: number | null | undefined): string {
  return x === null || x === undefined ? '' : formatNumber(x);
}

/** A text field, quoted only when it must be (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, with its newline. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.join(',')}\n`;
}
