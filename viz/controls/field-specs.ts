// The controls as data: walks the scenario's JSON Schema (made from the zod declarations,
// so ranges, defaults, units and help text are the engine's own) alongside the scenario
// as written, and says which field to show at each path with its current value.
import type { JsonPath } from '../scenario/json-path.js';
import { getAt, setAt } from '../scenario/json-path.js';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  unit?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  additionalProperties?: boolean | JsonSchema;
  minItems?: number;
}

interface Common {
  readonly path: JsonPath;
  readonly label: string;
  readonly description?: string;
  /** No value is written at this path: the default applies. */
  readonly isDefault: boolean;
  /** Removing the written value is allowed (the field has a default or is optional). */
  readonly resettable: boolean;
}

export interface NumberField extends Common {
  readonly kind: 'number';
  readonly value: number | null | undefined;
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
  readonly unit?: string;
  /** `null` is allowed (e.g. a lever's end: runs to the horizon). */
  readonly nullable: boolean;
  readonly nullLabel?: string;
}
export interface BooleanField extends Common {
  readonly kind: 'boolean';
  readonly value: boolean;
}
export interface EnumField extends Common {
  readonly kind: 'enum';
  readonly value: string;
  readonly options: readonly string[];
}
export interface TextField extends Common {
  readonly kind: 'text';
  readonly value: string;
}
export interface GroupField extends Common {
  readonly kind: 'group';
  readonly children: readonly FieldSpec[];
}
/** A union told apart by one property (`kind`, `dist`): a choice, then the chosen branch's fields. */
export interface TaggedField extends Common {
  readonly kind: 'tagged';
  readonly tag: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly children: readonly FieldSpec[];
}
export interface ListField extends Common {
  readonly kind: 'list';
  /** The list as it stands (written, or the default). */
  readonly value: readonly unknown[];
  readonly items: readonly FieldSpec[];
  readonly minItems: number;
  /** A new item for the Add button. */
  readonly template: unknown;
}
/** Anything without a dedicated control: edited as JSON text. */
export interface JsonField extends Common {
  readonly kind: 'json';
  readonly value: unknown;
}

export type FieldSpec = NumberField | BooleanField | EnumField | TextField | GroupField | TaggedField | ListField | JsonField;

/** `adaptationAllowance` -> `Adaptation allowance`. */
export function humanise(key: string | number): string {
  if (typeof key === 'number') return `#${key + 1}`;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const branches = (s: JsonSchema) => s.oneOf ?? s.anyOf;

/** The property that tells a union's object branches apart (each has it as a const), if any. */
export function discriminator(options: readonly JsonSchema[]): string | undefined {
  const objects = options.filter((o) => o.type === 'object' && o.properties);
  if (objects.length === 0) return undefined;
  const keys = Object.keys(objects[0].properties!).filter((k) => objects.every((o) => o.properties?.[k]?.const !== undefined));
  return keys[0];
}

function isNullable(options: readonly JsonSchema[]): JsonSchema | undefined {
  if (options.length !== 2) return undefined;
  const nul = options.find((o) => o.type === 'null');
  const num = options.find((o) => o.type === 'number' || o.type === 'integer');
  return nul && num ? num : undefined;
}

/** A distribution union: a bare number or objects tagged by `dist`. */
function isDistribution(options: readonly JsonSchema[]): boolean {
  return discriminator(options) === 'dist' && options.some((o) => o.type === 'number');
}

/** The choice shown for a distribution: a bare number counts as `constant`. */
export const DISTRIBUTION_NUMBER = 'constant';

/** Starting parameters when the user switches a distribution to another kind. */
export function distributionTemplate(dist: string, current: unknown): unknown {
  const centre = typeof current === 'number' ? current : meanOf(current) ?? 0.5;
  switch (dist) {
    case 'constant':
      return centre;
    case 'uniform':
      return { dist, min: Math.max(0, centre - 0.2), max: Math.min(1, centre + 0.2) };
    case 'normal':
      return { dist, mean: centre, sd: 0.1 };
    case 'beta':
      return { dist, alpha: 2, beta: 2 };
    case 'lognormal':
      return { dist, median: centre > 0 ? centre : 1, sigma: 0.5 };
    default:
      return { dist };
  }
}

function meanOf(d: unknown): number | undefined {
  if (!d || typeof d !== 'object') return undefined;
  const o = d as Record<string, number> & { dist?: string };
  switch (o.dist) {
    case 'constant':
      return o.value;
    case 'uniform':
      return (o.min + o.max) / 2;
    case 'normal':
      return o.mean;
    case 'beta':
      return o.alpha / (o.alpha + o.beta);
    case 'lognormal':
      return o.median;
    default:
      return undefined;
  }
}

/** A value that satisfies a schema well enough to start from (required fields filled). */
export function starterValue(schema: JsonSchema, carry: Record<string, unknown> = {}): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (schema.const !== undefined) return schema.const;
  const options = branches(schema);
  if (options) return starterValue(options.find((o) => o.type !== 'null') ?? options[0], carry);
  switch (schema.type) {
    case 'number':
    case 'integer':
      return Math.max(schema.minimum ?? 0, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0, 1);
    case 'string':
      return schema.enum ? schema.enum[0] : '';
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        out[key] = key in carry ? carry[key] : starterValue(schema.properties?.[key] ?? {}, {});
      }
      return out;
    }
    default:
      return null;
  }
}

/** Fields for `schema` at `path` of the scenario as written (`raw`); `fallback` is the inherited default. */
export function fieldFor(schema: JsonSchema, raw: unknown, path: JsonPath, fallback?: unknown, required = false): FieldSpec {
  const written = getAt(raw, path);
  const isDefault = written === undefined;
  const value = written !== undefined ? written : schema.default !== undefined ? schema.default : fallback;
  const key = path[path.length - 1] ?? '';
  const resettable = schema.default !== undefined || !required;
  const common = { path, label: humanise(key), description: schema.description, isDefault, resettable };
  const options = branches(schema);

  if (options) {
    const nullable = isNullable(options);
    if (nullable) return numberField(nullable, common, value, schema, true);
    if (isDistribution(options)) {
      const dist = typeof value === 'number' ? DISTRIBUTION_NUMBER : String((value as { dist?: string })?.dist ?? DISTRIBUTION_NUMBER);
      const branch = typeof value === 'number' ? undefined : options.find((o) => o.properties?.dist?.const === dist);
      return {
        kind: 'tagged',
        ...common,
        tag: 'dist',
        value: dist,
        options: options.filter((o) => o.properties?.dist).map((o) => String(o.properties!.dist.const)),
        children: typeof value === 'number' ? [numberField({ type: 'number' }, { ...common, label: 'Value' }, value, {}, false)] : objectChildren(branch, raw, path, value, ['dist']),
      };
    }
    const tag = discriminator(options);
    if (tag) {
      const current = String((value as Record<string, unknown>)?.[tag] ?? '');
      const branch = options.find((o) => o.properties?.[tag]?.const === current);
      return {
        kind: 'tagged',
        ...common,
        tag,
        value: current,
        options: options.filter((o) => o.properties?.[tag]).map((o) => String(o.properties![tag].const)),
        children: branch ? objectChildren(branch, raw, path, value, [tag]) : [],
      };
    }
    // An untagged union: the branch the value fits, when one clearly does.
    const fits = options.filter((o) => fitsShape(o, value));
    if (fits.length === 1) return fieldFor({ ...fits[0], description: schema.description, default: schema.default }, raw, path, fallback, required);
    return { kind: 'json', ...common, value };
  }

  switch (schema.type) {
    case 'number':
    case 'integer':
      return numberField(schema, common, value, schema, false);
    case 'boolean':
      return { kind: 'boolean', ...common, value: Boolean(value) };
    case 'string':
      if (schema.enum) return { kind: 'enum', ...common, value: String(value ?? schema.enum[0]), options: schema.enum.map(String) };
      return { kind: 'text', ...common, value: typeof value === 'string' ? value : '' };
    case 'object':
      if (schema.properties) return { kind: 'group', ...common, children: objectChildren(schema, raw, path, value, []) };
      return { kind: 'json', ...common, value };
    case 'array':
      if (schema.items && schema.items.type === 'object' && schema.items.properties && Array.isArray(value)) {
        return {
          kind: 'list',
          ...common,
          value,
          minItems: schema.minItems ?? 0,
          template: starterValue(schema.items),
          items: value.map((_, i) => fieldFor(schema.items!, raw, [...path, i], value[i], true)),
        };
      }
      return { kind: 'json', ...common, value };
    default:
      return { kind: 'json', ...common, value };
  }
}

function numberField(
  schema: JsonSchema,
  common: Omit<NumberField, 'kind' | 'value' | 'integer' | 'nullable'>,
  value: unknown,
  outer: JsonSchema,
  nullable: boolean,
): NumberField {
  const min = schema.minimum ?? schema.exclusiveMinimum;
  const max = schema.maximum ?? schema.exclusiveMaximum;
  return {
    kind: 'number',
    ...common,
    value: typeof value === 'number' || value === null ? value : undefined,
    min,
    max,
    integer: schema.type === 'integer',
    unit: outer.unit ?? schema.unit,
    nullable,
    nullLabel: nullable ? 'never (runs to the horizon)' : undefined,
  };
}

function objectChildren(schema: JsonSchema | undefined, raw: unknown, path: JsonPath, value: unknown, skip: string[]): FieldSpec[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties)
    .filter(([key]) => !skip.includes(key) && key !== '$schema')
    .map(([key, child]) =>
      fieldFor(child, raw, [...path, key], (value as Record<string, unknown> | undefined)?.[key], schema.required?.includes(key) ?? false),
    );
}

/** Does a value have the shape of a schema branch (type, and for objects their required keys)? */
function fitsShape(schema: JsonSchema, value: unknown): boolean {
  if (value === undefined) return false;
  switch (schema.type) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        (schema.required ?? []).every((k) => k in value) &&
        (schema.additionalProperties !== false || Object.keys(value).every((k) => k in (schema.properties ?? {})))
      );
    case 'number':
    case 'integer':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string' && (schema.const === undefined || schema.const === value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** The schema node at a path (following properties, items and the branch the value takes). */
export function schemaAt(root: JsonSchema, raw: unknown, path: JsonPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (let i = 0; i < path.length && node; i++) {
    const key = path[i];
    const options = branches(node);
    if (options) {
      const here = getAt(raw, path.slice(0, i));
      const tag = discriminator(options);
      node =
        (tag ? options.find((o) => o.properties?.[tag]?.const === (here as Record<string, unknown>)?.[tag]) : undefined) ??
        options.find((o) => fitsShape(o, here)) ??
        options.find((o) => o.type === 'object');
    }
    if (!node) return undefined;
    node = typeof key === 'number' ? (node.prefixItems?.[key] ?? node.items) : node.properties?.[key];
  }
  return node;
}

/** Every path a field tree shows, for telling whether its layout changed. */
export function layoutSignature(fields: readonly FieldSpec[]): string {
  const out: string[] = [];
  const visit = (f: FieldSpec) => {
    out.push(`${f.kind}:${f.path.join('.')}${f.kind === 'tagged' ? `=${f.value}` : ''}`);
    if (f.kind === 'group' || f.kind === 'tagged') f.children.forEach(visit);
    if (f.kind === 'list') f.items.forEach(visit);
  };
  fields.forEach(visit);
  return out.join('|');
}

/**
 * `raw` with `value` written at `path`. A union's or a list's default that is not written
 * yet is written first, so editing one item of a default list (or one field of a default
 * tagged object) keeps the rest of it.
 */
export function editAt(root: JsonSchema, raw: unknown, path: JsonPath, value: unknown): unknown {
  let out = raw;
  for (let i = 1; i < path.length; i++) {
    const prefix = path.slice(0, i);
    if (getAt(out, prefix) !== undefined) continue;
    const node = schemaAt(root, out, prefix);
    const d = node?.default;
    if (d !== null && typeof d === 'object' && (Array.isArray(d) || node?.anyOf || node?.oneOf)) out = setAt(out, prefix, structuredClone(d));
  }
  return setAt(out, path, value);
}
