// An exported system as GEXF 1.3 through graphology-gexf's writer: region, type and unit
// attributes as node attributes, size as viz:size, tie kind and weight as edge attributes.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { ExportRows } from './system-export.js';

export function gexfText(rows: ExportRows): string {
  const graph = new Graph({ type: rows.directed ? 'directed' : 'undirected', multi: false });
  for (const n of rows.nodes) {
    const attrs: Record<string, string | number> = {};
    if (n.region !== undefined) attrs.region = n.region;
    if (n.type !== undefined) attrs.type = n.type;
    if (n.size !== undefined && n.size !== '') attrs.size = Number(n.size);
    for (const a of rows.attributes) {
      const v = n.attributes[a];
      if (v !== undefined && v !== '') attrs[a] = Number(v);
    }
    graph.addNode(n.id, attrs);
  }
  for (const t of rows.ties) graph.addEdge(t.source, t.target, { kind: t.kind, weight: Number(t.weight) });
  return writeGexf(graph, { version: '1.3' });
}
