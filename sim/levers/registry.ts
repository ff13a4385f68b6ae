// Finds every `*.lever.ts` in this folder, so adding a lever is adding one file.
import type { LeverDefinition } from './lever.js';

const modules = import.meta.glob<{ lever: LeverDefinition }>('./*.lever.ts', { eager: true });

/** All levers, sorted by type so schema and docs come out in a stable order. */
export const LEVERS: readonly LeverDefinition[] = Object.values(modules)
  .map((m) => m.lever)
  .sort((a, b) => a.type.localeCompare(b.type));

const byType = new Map(LEVERS.map((l) => [l.type, l]));

export function leverDefinition(type: string): LeverDefinition {
  const def = byType.get(type);
  if (!def) throw new Error(`levers: unknown lever type '${type}'`);
  return def;
}
