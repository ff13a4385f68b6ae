// A GEXF file (text) to the importers' common table: parsed safely, checked element by
// element, then read by graphology's GEXF parser (typed attributes, defaults, kinds).
import Graph from 'graphology';
import { decimal } from './cell-values.js';
import type { FileNetworkSpec } from './file-network-schema.js';
import { graphTable } from './graph-table.js';
import type { SystemTable } from './system-table.js';
import { parseXml } from './xml-document.js';
import { scanGraph } from './xml-graph-scan.js';
import { parseGexfDocument } from './xml-parsers.js';

export function readGexf(text: string, spec: FileNetworkSpec, source: string): SystemTable {
  const doc = parseXml(text, source);
  const scan = scanGraph(
    doc,
    {
      root: 'gexf',
      directed(edge, graph) {
        const type = edge.getAttribute('type') || graph.getAttribute('defaultedgetype') || 'undirected';
        return type === 'directed';
      },
      checkEdge(edge) {
        const w = edge.getAttribute('weight');
        if (w !== null && w !== '' && !(decimal(w) > 0)) return `weight: expected a number > 0, got ${JSON.stringify(w)}`;
        return undefined;
      },
    },
    spec.limits,
    source,
  );
  let graph: Graph;
  try {
    graph = parseGexfDocument(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (e) {
    throw new Error(`io/gexf: ${(e as Error).message}`);
  }
  return graphTable(graph, scan, spec, source);
}
