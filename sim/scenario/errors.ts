// Bad input as data: one problem per JSON path, worded for the person who wrote the file.
// Pure (no node:), so the CLI and the web app report scenario problems the same way.
import type { z } from 'zod';

/** One thing wrong with the input: where (a JSON path such as `strategies[1].levers[0].start`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Input the user can fix (file, JSON, schema, flags). The CLI prints it and exits with status 2. */
export class InputError extends Error {
  constructor(
    /** The file or flag the problems are in, e.g. `scenarios/default.json` or `--reps`. */
    readonly source: string,
    readonly problems: readonly Problem[],
  ) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
    this.name = 'InputError';
  }
}

/** `spread: <source>: <path>: <problem>`, one line per problem. */
export function formatInputError(error: InputError, program = 'spread'): string[] {
  return error.problems.map((p) =>
    [program, error.source, p.path, p.message].filter((part) => part !== '').join(': '),
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON path as people write it: `a.b[0].c`, with odd keys quoted (`byType["GP practice"]`). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short rendering of an input value for messages: `-3`, `"abc"`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  record: 'an object',
  null: 'null',
  nan: 'NaN',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function literalList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(' | ');
}

function bound(issue: { origin: string; inclusive?: boolean; exact?: boolean }, limit: number | bigint, below: boolean) {
  const n = Number(limit);
  if (issue.origin === 'array' || issue.origin === 'set') {
    const items = `${n} item${n === 1 ? '' : 's'}`;
    return issue.exact ? `exactly ${items}` : below ? `at least ${items}` : `at most ${items}`;
  }
  if (issue.origin === 'string') {
    const chars = `${n} character${n === 1 ? '' : 's'}`;
    return issue.exact ? `exactly ${chars}` : below ? `at least ${chars}` : `at most ${chars}`;
  }
  const op = below ? (issue.inclusive === false ? '>' : '>=') : issue.inclusive === false ? '<' : '<=';
  return `a number ${op} ${n}`;
}

/** What the branches of a failed (non-discriminated) union would have accepted. */
function unionAlternatives(errors: readonly (readonly z.core.$ZodIssue[])[]): string[] {
  const types: string[] = [];
  const literals = new Map<string, unknown[]>();
  for (const branch of errors) {
    const rootType = branch.find((i) => i.code === 'invalid_type' && i.path.length === 0);
    if (rootType && rootType.code === 'invalid_type') {
      const name = typeName(rootType.expected);
      if (!types.includes(name)) types.push(name);
      continue;
    }
    const tag = branch.find((i) => i.code === 'invalid_value' && i.path.length === 1);
    if (tag && tag.code === 'invalid_value') {
      const key = String(tag.path[0]);
      literals.set(key, [...(literals.get(key) ?? []), ...tag.values]);
    }
  }
  const tagged = [...literals].map(([key, values]) => `an object with ${key} ${literalList(values)}`);
  // An object alternative is named by its tag when it has one, so drop the bare "an object".
  return tagged.length > 0 ? [...types.filter((t) => t !== 'an object'), ...tagged] : types;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return `required: expected ${typeName(issue.expected)}`;
      return `expected ${typeName(issue.expected)}, ${got}`;
    case 'too_small':
      return `expected ${bound(issue, issue.minimum, true)}, ${got}`;
    case 'too_big':
      return `expected ${bound(issue, issue.maximum, false)}, ${got}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${literalList(issue.values)}, ${got}`
        : `expected one of ${literalList(issue.values)}, ${got}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}, ${got}`;
    case 'invalid_format':
      return `expected a ${issue.format} string, ${got}`;
    case 'custom':
      return issue.message;
    case 'invalid_union': {
      const alternatives = 'errors' in issue && issue.errors.length > 0 ? unionAlternatives(issue.errors) : [];
      if (alternatives.length === 0) return `${issue.message.replace(/^Invalid input:?\s*/, '') || 'invalid value'}, ${got}`;
      return `expected ${alternatives.join(', or ')}; ${got}`;
    }
    default:
      return issue.message;
  }
}

/** Fields an object accepts at a path, for "unknown field" messages; undefined when not known. */
export type FieldLookup = (path: readonly PropertyKey[]) => readonly string[] | undefined;

/**
 * One problem per issue, e.g. `strategies[1].levers[0].start: expected a number >= 0, got -3`.
 * Parse with `{ reportInput: true }` so messages can say what was found.
 */
export function zodProblems(error: z.core.$ZodError, fieldsAt?: FieldLookup): Problem[] {
  const problems: Problem[] = [];
  const visit = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt?.(path);
      for (const key of issue.keys) {
        const hint = allowed && allowed.length > 0 ? ` (expected one of: ${allowed.join(', ')})` : '';
        problems.push({ path: formatPath([...path, key]), message: `unknown field${hint}` });
      }
      return;
    }
    if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
      for (const inner of issue.issues) visit(inner, path);
      return;
    }
    if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      // A discriminated union whose tag matched no option; zod's path already ends at the tag.
      const input = issue.input as Record<string, unknown> | undefined;
      const tag = input && typeof input === 'object' ? input[issue.discriminator] : undefined;
      const options = 'options' in issue ? (issue.options ?? []) : [];
      const expected = options.length > 0 ? `one of ${literalList(options)}` : 'a known value (none are registered)';
      const tail = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
      problems.push({
        path: formatPath(tail),
        message: tag === undefined ? `required: expected ${expected}` : `expected ${expected}, got ${describeValue(tag)}`,
      });
      return;
    }
    problems.push({ path: formatPath(path), message: issueMessage(issue) });
  };
  for (const issue of error.issues) visit(issue, []);
  return problems;
}
