// Reading and changing one field of a scenario as written (plain JSON) by its path,
// without mutating it: the controls edit copies, so nothing a user typed is lost.
export type JsonPath = readonly (string | number)[];

type Json = unknown;

export function getAt(value: Json, path: JsonPath): Json {
  let v: Json = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, Json>)[key];
  }
  return v;
}

/** A copy of `value` with the field at `path` set, creating objects (or arrays, for numeric keys) on the way. */
export function setAt(value: Json, path: JsonPath, next: Json): Json {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const container: Json = value !== null && typeof value === 'object' ? value : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<string | number, Json>;
  copy[key] = setAt(copy[key], rest, next);
  return copy;
}

/** A copy of `value` without the field at `path` (an array element is spliced out). */
export function removeAt(value: Json, path: JsonPath): Json {
  if (path.length === 0) return undefined;
  if (value === null || typeof value !== 'object') return value;
  const [key, ...rest] = path;
  if (rest.length > 0) {
    const child = (value as Record<string | number, Json>)[key];
    if (child === undefined) return value;
    return setAt(value, [key], removeAt(child, rest));
  }
  if (Array.isArray(value)) return value.filter((_, i) => i !== key);
  const copy = { ...(value as Record<string, Json>) };
  delete copy[key];
  return copy;
}
