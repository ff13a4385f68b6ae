// Draws every unit's attributes from the scenario's distributions, by type and
// region where the scenario overrides them (region beats type beats default).
import type { Labels, Population } from '../model/system.js';
import { sampler, type Sampler } from '../random/distributions.js';
import type { Random } from '../random/rng.js';
import type { Distribution } from '../scenario/distribution-schema.js';
import type { PopulationSpec } from '../scenario/model-schema.js';
import { ScenarioError } from '../scenario/scenario-error.js';

/** Attributes drawn per unit, in the order their draws are taken. */
export const ATTRIBUTE_ORDER = ['capacity', 'capability', 'receptiveness', 'leadership', 'threshold', 'fatigue'] as const;
type Attribute = (typeof ATTRIBUTE_ORDER)[number] | 'context';

export function buildPopulation(spec: PopulationSpec, labels: Labels, random: Random): Population {
  const n = labels.region.length;
  const d = spec.contextDims;
  const columns = {
    capacity: new Float32Array(n),
    capability: new Float32Array(n),
    receptiveness: new Float32Array(n),
    leadership: new Float32Array(n),
    threshold: new Float64Array(n),
    fatigue: new Float32Array(n),
  };
  const context = new Float32Array(n * d);
  // Samplers and columns as arrays in draw order: no lookups by name per unit.
  const table = samplerTable(spec, labels);
  const cells = table.map((cell) => ATTRIBUTE_ORDER.map((a) => cell[a]));
  const contextSamplers = table.map((cell) => cell.context);
  const targets: (Float32Array | Float64Array)[] = ATTRIBUTE_ORDER.map((a) => columns[a]);
  drawUnits(labels, cells, targets, contextSamplers, context, d, random);
  applyGiven(columns, labels.given);
  return {
    n,
    ...columns,
    context,
    contextDims: d,
    size: labels.size ?? new Float32Array(n).fill(1),
    region: labels.region,
    type: labels.type,
    regionNames: labels.regionNames,
    typeNames: labels.typeNames,
  };
}

/**
 * Every unit's attributes in draw order, then its context. A function of its own:
 * run once per system, small enough that the JIT compiles it quickly and keeps it.
 */
function drawUnits(
  labels: Labels,
  cells: readonly (readonly Sampler[])[],
  targets: readonly (Float32Array | Float64Array)[],
  contextSamplers: readonly Sampler[],
  context: Float32Array,
  d: number,
  random: Random,
): void {
  const { region, type } = labels;
  const typeCount = labels.typeNames.length;
  for (let i = 0; i < region.length; i++) {
    const c = region[i] * typeCount + type[i];
    const cell = cells[c];
    for (let a = 0; a < cell.length; a++) targets[a][i] = cell[a](random);
    const drawContext = contextSamplers[c];
    for (let k = 0; k < d; k++) context[i * d + k] = drawContext(random);
  }
}

/** Values given unit by unit (imported node tables) replace the draws; NaN keeps the draw. */
function applyGiven(columns: Record<(typeof ATTRIBUTE_ORDER)[number], Float32Array | Float64Array>, given: Labels['given']): void {
  if (!given) return;
  for (const a of ATTRIBUTE_ORDER) {
    const values = given[a];
    if (!values) continue;
    const column = columns[a];
    for (let i = 0; i < column.length; i++) if (!Number.isNaN(values[i])) column[i] = values[i];
  }
}

/** One sampler per attribute for every (region, type) cell, built once. */
function samplerTable(spec: PopulationSpec, labels: Labels): Record<Attribute, Sampler>[] {
  const unknown = (names: string[], known: readonly string[], what: string) => {
    for (const name of names) {
      if (!known.includes(name)) {
        throw new ScenarioError(
          `system.population.by${what}.${name}`,
          `no ${what.toLowerCase()} of that name (known: ${known.join(', ')})`,
        );
      }
    }
  };
  unknown(Object.keys(spec.byRegion), labels.regionNames, 'Region');
  unknown(Object.keys(spec.byType), labels.typeNames, 'Type');
  const table: Record<Attribute, Sampler>[] = [];
  for (const region of labels.regionNames) {
    for (const type of labels.typeNames) {
      const pick = (a: Attribute): Distribution => spec.byRegion[region]?.[a] ?? spec.byType[type]?.[a] ?? spec[a];
      table.push(
        Object.fromEntries(
          [...ATTRIBUTE_ORDER, 'context' as const].map((a) => [a, clamped(sampler(pick(a), 0, 1))]),
        ) as Record<Attribute, Sampler>,
      );
    }
  }
  return table;
}

/** Every attribute lives in [0, 1]; the schema rejects distributions that leave it. */
function clamped(s: Sampler): Sampler {
  return (random) => {
    const x = s(random);
    return x < 0 ? 0 : x > 1 ? 1 : x;
  };
}
