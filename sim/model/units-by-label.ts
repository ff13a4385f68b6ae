// The units of the named regions and/or types, ascending; shared by lever targets
// and competing demands. An unknown name is bad input, reported at `region` or `type`.
import { ScenarioError } from '../scenario/scenario-error.js';
import type { Population } from './system.js';

export type Names = string | readonly string[] | undefined;

export function unitsByLabel(pop: Population, region: Names, type: Names): Int32Array {
  const regions = codes(region, pop.regionNames, 'region');
  const types = codes(type, pop.typeNames, 'type');
  const out: number[] = [];
  for (let i = 0; i < pop.n; i++) {
    if (regions && !regions.has(pop.region[i])) continue;
    if (types && !types.has(pop.type[i])) continue;
    out.push(i);
  }
  return Int32Array.from(out);
}

function codes(names: Names, known: readonly string[], what: 'region' | 'type'): Set<number> | undefined {
  if (names === undefined) return undefined;
  const list = typeof names === 'string' ? [names] : names;
  return new Set(
    list.map((name) => {
      const code = known.indexOf(name);
      if (code < 0) throw new ScenarioError(what, `no ${what} '${name}' (known: ${known.join(', ')})`);
      return code;
    }),
  );
}
