// Reading one cell (CSV) or attribute value (GEXF, GraphML) as the model needs it,
// with a message that names the column and the line or element when it cannot.
import { describeValue, InputError } from '../scenario/errors.js';
import { KIND_CODES } from './tie-list.js';

/**
 * Where a value is, for messages: the file and `line 12` or `line 12: <node id="a">`.
 * Formatted only on failure: a million rows must not build a million messages.
 */
export interface Place {
  readonly source: string;
  line: number;
  /** The XML element, described. */
  element?: () => string;
}

export function placeText(at: Place): string {
  return `line ${at.line}${at.element ? `: ${at.element()}` : ''}`;
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A number written in decimal (no hex, no empty string as 0); NaN otherwise. */
export function decimal(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
  return Number.NaN;
}

/** A value as written, for messages (a typed XML attribute that failed to parse is NaN). */
function shown(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value) ? 'a value that is not a number' : describeValue(value);
}

function fail(at: Place, message: string): never {
  throw new InputError(at.source, [{ path: placeText(at), message }]);
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** A unit attribute in [0, 1]; blank means "draw it" (NaN). */
export function unitValue(value: unknown, column: string, at: Place): number {
  if (blank(value)) return Number.NaN;
  const x = decimal(value);
  if (!(x >= 0 && x <= 1)) fail(at, `${column}: expected a number in [0, 1], got ${shown(value)}`);
  return x;
}

/** A positive number (weight, size); blank means `fallback`. */
export function positiveValue(value: unknown, column: string, at: Place, fallback = 1): number {
  if (blank(value)) return fallback;
  const x = decimal(value);
  if (!(x > 0 && Number.isFinite(x) && x <= 3.4e38)) fail(at, `${column}: expected a number > 0, got ${shown(value)}`);
  return x;
}

/** A region or type name. */
export function labelValue(value: unknown, column: string, at: Place): string {
  const text = blank(value) ? '' : String(value).trim();
  if (text === '') fail(at, `${column}: is empty (every unit needs a ${column === 'type' ? 'type' : 'label'} when the column is mapped)`);
  return text;
}

/**
 * Tie kind code from a value: through the mapping's `kinds` table when given, else the
 * words strong and weak; a blank cell is a strong tie.
 */
export function kindCode(value: unknown, kinds: Readonly<Record<string, 'strong' | 'weak'>> | undefined, column: string, at: Place): number {
  if (blank(value)) return KIND_CODES.strong;
  const text = String(value);
  const kind = kinds ? (Object.hasOwn(kinds, text) ? kinds[text] : undefined) : text === 'strong' || text === 'weak' ? text : undefined;
  if (kind === undefined) {
    const known = kinds ? Object.keys(kinds).map((k) => JSON.stringify(k)).join(', ') : '"strong", "weak"';
    fail(at, `${column}: ${shown(value)} is not a tie kind (expected ${known}; map others with mapping.kinds)`);
  }
  return KIND_CODES[kind];
}
