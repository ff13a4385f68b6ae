// An imported system in the importers' common form (ids, ties, node columns), and its
// conversion to the arrays the engine builds its Csr and labels from.
import { namedLabels } from '../network/labels.js';
import { InputError } from '../scenario/errors.js';
import type { GivenAttribute } from './file-network-schema.js';
import { ResolvedNetwork, type ImportSummary } from './resolved-network.js';
import type { MergedTies } from './tie-list.js';

/** Per-node values: labels, size and given attributes (NaN: not given). */
export interface NodeColumns {
  readonly region?: readonly string[];
  readonly type?: readonly string[];
  readonly size?: Float32Array;
  readonly given: Partial<Record<GivenAttribute, Float64Array>>;
}

export interface SystemTable extends NodeColumns {
  /** Node ids in unit order. */
  readonly ids: readonly string[];
  readonly directed: boolean;
  readonly ties: MergedTies;
  /** Edge rows or elements read, before merging. */
  readonly edgeRows: number;
}

type SummaryFields = Omit<ImportSummary, 'units' | 'edgeRows' | 'ties' | 'repeats' | 'selfLoops' | 'directed'>;

/** Region and type codes are 16-bit: more distinct labels than that is bad input. */
const MAX_GROUPS = 65536;

export function resolveTable(table: SystemTable, fields: SummaryFields): ResolvedNetwork {
  const n = table.ids.length;
  for (const [what, names] of [['region', table.region], ['type', table.type]] as const) {
    const distinct = names ? new Set(names).size : 1;
    if (distinct > MAX_GROUPS) {
      throw new InputError(fields.nodesFile ?? fields.file, [{ path: '', message: `${distinct} distinct ${what} labels; at most ${MAX_GROUPS} are supported (mapping.${what})` }]);
    }
  }
  const labels = namedLabels(n, table.region, table.type);
  return new ResolvedNetwork({
    n,
    directed: table.directed,
    source: table.ties.source,
    target: table.ties.target,
    kind: table.ties.kind,
    weight: table.ties.weight,
    region: labels.region,
    regionNames: labels.regionNames,
    type: labels.type,
    typeNames: labels.typeNames,
    ...(table.size ? { size: table.size } : {}),
    given: table.given,
    summary: {
      ...fields,
      units: n,
      edgeRows: table.edgeRows,
      ties: table.ties.source.length,
      repeats: table.ties.repeats,
      selfLoops: table.ties.selfLoops,
      directed: table.directed,
    },
  }, table.ids);
}
