// An exported system as CSV: an edge list (source, target, kind, weight) and a node table
// (id, then region, type, size and unit attributes where present), csv-stringify quoting.
import { stringify } from 'csv-stringify/sync';
import type { ExportRows } from './system-export.js';

export function edgesCsv(rows: ExportRows): string {
  return stringify(
    rows.ties.map((t) => [t.source, t.target, t.kind, t.weight]),
    { header: true, columns: ['source', 'target', 'kind', 'weight'] },
  );
}

export function nodesCsv(rows: ExportRows): string {
  const columns = [
    'id',
    ...(rows.hasRegion ? ['region'] : []),
    ...(rows.hasType ? ['type'] : []),
    ...(rows.hasSize ? ['size'] : []),
    ...rows.attributes,
  ];
  return stringify(
    rows.nodes.map((n) => [
      n.id,
      ...(rows.hasRegion ? [n.region] : []),
      ...(rows.hasType ? [n.type] : []),
      ...(rows.hasSize ? [n.size] : []),
      ...rows.attributes.map((a) => n.attributes[a]),
    ]),
    { header: true, columns },
  );
}
