// A replicate's built system (Csr and drawn population) as the importers' common table,
// so any scenario's system can be exported: ties from the rows, labels and attributes per unit.
import type { System } from '../model/system.js';
import { isUndirected } from '../network/csr.js';
import type { GivenAttribute } from './file-network-schema.js';
import { float32Text } from './number-text.js';
import type { SystemTable } from './system-table.js';

const ATTRIBUTES: readonly GivenAttribute[] = ['capacity', 'capability', 'receptiveness', 'leadership', 'threshold', 'fatigue'];

export function builtSystemTable(system: System, ids: readonly string[] | undefined, withAttributes: boolean): SystemTable {
  const { csr, population: pop } = system;
  const n = pop.n;
  const undirected = isUndirected(csr);
  const rows = csr.out; // i influences each unit of its out-row
  const source: number[] = [];
  const target: number[] = [];
  const kind: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let e = rows.starts[i]; e < rows.starts[i + 1]; e++) {
      const j = rows.neighbors[e];
      if (undirected && j < i) continue; // each undirected tie once
      source.push(i);
      target.push(j);
      kind.push(rows.kinds[e]);
      weight.push(rows.weights[e]);
    }
  }
  const given: Partial<Record<GivenAttribute, Float64Array>> = {};
  if (withAttributes) {
    // Shortest decimals of the stored values, so a re-import stores the same numbers.
    for (const a of ATTRIBUTES) given[a] = Float64Array.from(pop[a], (x) => Number(a === 'threshold' ? String(x) : float32Text(x)));
  }
  return {
    ids: ids ?? Array.from({ length: n }, (_, i) => String(i)),
    directed: !undirected,
    ties: {
      source: Uint32Array.from(source),
      target: Uint32Array.from(target),
      kind: Uint8Array.from(kind),
      weight: Float32Array.from(weight),
      repeats: 0,
      selfLoops: 0,
    },
    edgeRows: source.length,
    region: Array.from(pop.region, (r) => pop.regionNames[r]),
    type: Array.from(pop.type, (t) => pop.typeNames[t]),
    size: pop.size,
    given,
  };
}
