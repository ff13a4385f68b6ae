// A scenario with some fields set to new values, copying only the objects along each
// path: the rest (such as an imported network's arrays) is shared, not cloned.
import type { PathKey } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/schema.js';

function setIn(node: unknown, path: readonly PathKey[], value: number): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = setIn(copy[key as number], rest, value);
    return copy;
  }
  const obj = node as Record<string, unknown>;
  return { ...obj, [key]: setIn(obj[key as string], rest, value) };
}

export function withValues(scenario: Scenario, paths: readonly (readonly PathKey[])[], values: readonly number[]): Scenario {
  let out: unknown = scenario;
  paths.forEach((path, i) => (out = setIn(out, path, values[i])));
  return out as Scenario;
}
