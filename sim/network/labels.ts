// Region and type labels for generated and hand-written networks: equal index blocks
// "R1".."Rk" for textbook generators, or names given unit by unit.
import type { Labels } from '../model/system.js';

const MAX_GROUPS = 65536; // labels are Uint16

/** Units split into `regions` equal contiguous index blocks named R1..Rk; one type "unit". */
export function blockLabels(n: number, regions: number): Labels {
  if (!(Number.isInteger(regions) && regions >= 1 && regions <= MAX_GROUPS)) {
    throw new Error(`network/labels: regions must be an integer in 1..${MAX_GROUPS}, got ${regions}`);
  }
  const region = new Uint16Array(n);
  for (let i = 0; i < n; i++) region[i] = Math.floor((i * regions) / n);
  return {
    region,
    type: new Uint16Array(n),
    regionNames: Array.from({ length: regions }, (_, r) => `R${r + 1}`),
    typeNames: ['unit'],
  };
}

/**
 * Labels from one name per unit; groups are numbered in order of first appearance.
 * A missing list means one region "R1" or one type "unit".
 */
export function namedLabels(n: number, regionOf?: readonly string[], typeOf?: readonly string[]): Labels {
  const regions = codes(n, regionOf, 'R1', 'regionOf');
  const types = codes(n, typeOf, 'unit', 'typeOf');
  return { region: regions.codes, type: types.codes, regionNames: regions.names, typeNames: types.names };
}

function codes(n: number, names: readonly string[] | undefined, fallback: string, what: string) {
  if (!names) return { codes: new Uint16Array(n), names: [fallback] };
  if (names.length !== n) throw new Error(`network/labels: ${what} has ${names.length} names for ${n} units`);
  const index = new Map<string, number>();
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let code = index.get(names[i]);
    if (code === undefined) {
      code = index.size;
      if (code >= MAX_GROUPS) throw new Error(`network/labels: more than ${MAX_GROUPS} groups in ${what}`);
      index.set(names[i], code);
    }
    out[i] = code;
  }
  return { codes: out, names: [...index.keys()] };
}
