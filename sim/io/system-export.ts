// What an export writes, format-neutral: node rows (id, region, type, size, unit
// attributes) and tie rows (source, target, kind, weight), built from a SystemTable.
import { WEAK } from '../network/csr.js';
import { GIVEN_ATTRIBUTES, type GivenAttribute } from './file-network-schema.js';
import { float32Text, float64Text } from './number-text.js';
import type { SystemTable } from './system-table.js';

export interface ExportNode {
  readonly id: string;
  readonly region?: string;
  readonly type?: string;
  /** Decimal text, or '' when not given. */
  readonly size?: string;
  readonly attributes: Partial<Record<GivenAttribute, string>>;
}

export interface ExportTie {
  readonly source: string;
  readonly target: string;
  readonly kind: 'strong' | 'weak';
  readonly weight: string;
}

export interface ExportRows {
  readonly directed: boolean;
  /** Unit attributes present in the table, in the model's order. */
  readonly attributes: readonly GivenAttribute[];
  readonly hasRegion: boolean;
  readonly hasType: boolean;
  readonly hasSize: boolean;
  readonly nodes: readonly ExportNode[];
  readonly ties: readonly ExportTie[];
}

export function exportRows(table: SystemTable): ExportRows {
  const attributes = GIVEN_ATTRIBUTES.filter((a) => table.given[a] !== undefined);
  const nodes = table.ids.map((id, i): ExportNode => {
    const values: Partial<Record<GivenAttribute, string>> = {};
    for (const a of attributes) {
      const x = table.given[a]![i];
      values[a] = Number.isNaN(x) ? '' : float64Text(x);
    }
    return {
      id,
      ...(table.region ? { region: table.region[i] } : {}),
      ...(table.type ? { type: table.type[i] } : {}),
      ...(table.size ? { size: float32Text(table.size[i]) } : {}),
      attributes: values,
    };
  });
  const t = table.ties;
  const ties: ExportTie[] = [];
  for (let e = 0; e < t.source.length; e++) {
    ties.push({
      source: table.ids[t.source[e]],
      target: table.ids[t.target[e]],
      kind: t.kind[e] === WEAK ? 'weak' : 'strong',
      weight: float32Text(t.weight[e]),
    });
  }
  return {
    directed: table.directed,
    attributes,
    hasRegion: table.region !== undefined,
    hasType: table.type !== undefined,
    hasSize: table.size !== undefined,
    nodes,
    ties,
  };
}
