// `--set path=value` overrides, applied to the raw scenario JSON before validation.
// Paths are checked against the Zod schema, so a typo is an error naming the path.
import type { z } from 'zod';
import { formatPath, type FieldLookup, type Problem } from './errors.js';

export type PathKey = string | number;

/** One `--set` argument, parsed: `dynamics.awareness.external=0.01`. */
export interface Override {
  /** The argument as given, for run.json and messages. */
  readonly text: string;
  readonly path: readonly PathKey[];
  /** Parsed as JSON when it parses, else the string itself. */
  readonly value: unknown;
}

/** Split a path such as `strategies[1].levers.0.start` or `byType["GP practice"].capacity`. */
export function parsePath(text: string): PathKey[] | undefined {
  const keys: PathKey[] = [];
  const token = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/y;
  let at = 0;
  while (at < text.length) {
    if (keys.length > 0 && text[at] === '.') at += 1;
    token.lastIndex = at;
    const m = token.exec(text);
    if (!m) return undefined;
    if (m[1] !== undefined) keys.push(Number(m[1]));
    else if (m[2] !== undefined) keys.push(JSON.parse(`"${m[2]}"`) as string);
    else keys.push(/^\d+$/.test(m[3]) ? Number(m[3]) : m[3]);
    at = token.lastIndex;
  }
  return keys.length > 0 ? keys : undefined;
}

/** Parse `path=value`; the problem says what is wrong with the argument itself. */
export function parseOverride(arg: string): Override | Problem {
  const eq = arg.indexOf('=');
  const pathText = eq < 0 ? arg : arg.slice(0, eq);
  if (eq < 0) return { path: pathText, message: 'expected path=value' };
  const path = parsePath(pathText);
  if (!path) return { path: pathText, message: 'not a valid path (write it like dynamics.awareness.external or strategies[0].name)' };
  const valueText = arg.slice(eq + 1);
  let value: unknown = valueText;
  try {
    value = JSON.parse(valueText);
  } catch {
    // Not JSON: the value is the string as written.
  }
  return { text: arg, path, value };
}

// ---- Walking a Zod schema alongside the raw JSON --------------------------------

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  element?: z.core.$ZodType;
  items?: readonly z.core.$ZodType[];
  rest?: z.core.$ZodType | null;
  valueType?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  discriminator?: string;
  values?: readonly unknown[];
}

const def = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/** Strip optional/default/pipe wrappers down to the schema that describes the value's shape. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  for (;;) {
    const d = def(schema);
    if (WRAPPERS.has(d.type) && d.innerType) schema = d.innerType;
    else if (d.type === 'pipe' && d.in) schema = d.in;
    else if (d.type === 'lazy' && d.getter) schema = d.getter();
    else return schema;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Literal values a (wrapped) schema accepts, or undefined when it is not a literal/enum. */
function literalValues(schema: z.core.$ZodType): readonly unknown[] | undefined {
  const d = def(unwrap(schema));
  if (d.type === 'literal') return d.values;
  if (d.type === 'enum') return Object.values((d as unknown as { entries: Record<string, unknown> }).entries);
  return undefined;
}

/** Union options that fit the raw value's tags (e.g. `dist: 'beta'`), most specific first. */
function unionCandidates(schema: z.core.$ZodType, raw: unknown): z.core.$ZodType[] {
  const d = def(schema);
  const options = (d.options ?? []).map(unwrap);
  if (!isRecord(raw)) return options;
  return options.filter((option) => {
    const shape = def(option).shape;
    if (!shape) return true;
    return Object.entries(shape).every(([key, field]) => {
      const values = literalValues(field);
      return values === undefined || !(key in raw) || values.includes(raw[key]);
    });
  });
}

/** Field names an object (or a union of objects) accepts. */
function fieldNames(schema: z.core.$ZodType, raw: unknown): string[] | undefined {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  if (d.type === 'union') {
    const names = new Set<string>();
    for (const option of unionCandidates(s, raw)) for (const name of fieldNames(option, raw) ?? []) names.add(name);
    return names.size > 0 ? [...names] : undefined;
  }
  return undefined;
}

type Step = { schema: z.core.$ZodType } | { error: string };

/** The schema of `raw[key]` inside `schema`, or why there is none. */
function childSchema(schema: z.core.$ZodType, raw: unknown, key: PathKey, where: string): Step {
  const s = unwrap(schema);
  const d = def(s);
  const here = where || 'the scenario';
  switch (d.type) {
    case 'object': {
      const field = typeof key === 'string' ? d.shape?.[key] : undefined;
      if (field) return { schema: field };
      if (d.catchall && def(d.catchall).type !== 'never' && typeof key === 'string') return { schema: d.catchall };
      return { error: `${here} has no field '${String(key)}' (expected one of: ${Object.keys(d.shape ?? {}).join(', ')})` };
    }
    case 'record':
      return typeof key === 'string' && d.valueType ? { schema: d.valueType } : { error: `${here} needs a name, not [${key}]` };
    case 'array':
      return typeof key === 'number' && d.element ? { schema: d.element } : { error: `${here} is a list: expected an index such as [0]` };
    case 'tuple': {
      if (typeof key !== 'number') return { error: `${here} is a list: expected an index such as [0]` };
      const item = d.items?.[key] ?? d.rest ?? undefined;
      return item ? { schema: item } : { error: `${here} has ${d.items?.length ?? 0} entries` };
    }
    case 'union': {
      if (d.discriminator && isRecord(raw) && d.discriminator in raw && key !== d.discriminator) {
        const tag = raw[d.discriminator];
        const option = (d.options ?? []).map(unwrap).find((o) => literalValues(def(o).shape?.[d.discriminator!] ?? o)?.includes(tag));
        if (!option) return { error: `${here}.${d.discriminator} is ${JSON.stringify(tag)}, which is not a known ${d.discriminator}` };
        return childSchema(option, raw, key, `${here} (${d.discriminator} '${String(tag)}')`);
      }
      for (const option of unionCandidates(s, raw)) {
        const step = childSchema(option, raw, key, where);
        if ('schema' in step) return step;
      }
      const names = fieldNames(s, raw);
      if (!names) return { error: `${here} is a single value, with no field '${String(key)}'` };
      return { error: `${here} has no field '${String(key)}' (expected one of: ${names.join(', ')})` };
    }
    default:
      return { error: `${here} is a single value, with no field '${String(key)}'` };
  }
}

/** The fields an object in the scenario accepts at `path`, given the raw JSON (for error hints). */
export function fieldLookup(schema: z.core.$ZodType, raw: unknown): FieldLookup {
  return (path) => {
    let s = schema;
    let value = raw;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as PathKey;
      const step = childSchema(s, value, key, formatPath(path.slice(0, i)));
      if ('error' in step) return undefined;
      s = step.schema;
      value = isRecord(value) || Array.isArray(value) ? (value as Record<PathKey, unknown>)[key] : undefined;
    }
    return fieldNames(s, value);
  };
}

/**
 * Apply overrides in order to a deep copy of the raw scenario. Each path must exist in
 * the schema (following lists by index and tagged unions by the object's tag); missing
 * objects on the way are created, a list may grow by one at its end. Returns the new
 * raw JSON, or one problem per bad override.
 */
export function applyOverrides(
  schema: z.core.$ZodType,
  raw: unknown,
  overrides: readonly Override[],
): { value: unknown } | { problems: Problem[] } {
  const root: unknown = structuredClone(raw);
  const problems: Problem[] = [];
  for (const override of overrides) {
    const problem = applyOne(schema, root, override);
    if (problem) problems.push(problem);
  }
  return problems.length > 0 ? { problems } : { value: root };
}

function applyOne(schema: z.core.$ZodType, root: unknown, override: Override): Problem | undefined {
  const { path } = override;
  const fail = (message: string): Problem => ({ path: formatPath(path), message: `unknown path in --set: ${message}` });
  let s = schema;
  let container = root;
  for (let i = 0; i < path.length; i++) {
    const where = formatPath(path.slice(0, i));
    let key = path[i];
    const kind = def(unwrap(s)).type;
    if (typeof key === 'number' && kind !== 'array' && kind !== 'tuple') key = String(key);
    const step = childSchema(s, container, key, where);
    if ('error' in step) return fail(step.error);
    s = step.schema;
    const last = i === path.length - 1;
    if (Array.isArray(container)) {
      const index = key as number;
      if (index > container.length) {
        return { path: formatPath(path), message: `${where} has ${container.length} entries: index ${index} is past the end` };
      }
    } else if (!isRecord(container)) {
      return {
        path: formatPath(path),
        message: `${where || 'the scenario'} is ${JSON.stringify(container)}, not an object: set it whole, e.g. --set '${where}={...}'`,
      };
    }
    const box = container as Record<PathKey, unknown>;
    if (last) {
      box[key] = override.value;
    } else {
      if (box[key] === undefined || box[key] === null) {
        const nextKind = def(unwrap(s)).type;
        box[key] = nextKind === 'array' || nextKind === 'tuple' ? [] : {};
      }
      container = box[key];
    }
  }
  return undefined;
}
