// A GraphML file (text) to the importers' common table: parsed safely, checked element
// by element, then read by graphology's GraphML parser (typed keys and defaults).
import Graph from 'graphology';
import type { FileNetworkSpec } from './file-network-schema.js';
import { graphTable } from './graph-table.js';
import type { SystemTable } from './system-table.js';
import { parseXml } from './xml-document.js';
import { scanGraph } from './xml-graph-scan.js';
import { parseGraphmlDocument } from './xml-parsers.js';

export function readGraphml(text: string, spec: FileNetworkSpec, source: string): SystemTable {
  const doc = parseXml(text, source);
  const scan = scanGraph(
    doc,
    {
      root: 'graphml',
      directed(edge, graph) {
        const own = edge.getAttribute('directed');
        if (own === 'true' || own === 'false') return own === 'true';
        return graph.getAttribute('edgedefault') === 'directed';
      },
    },
    spec.limits,
    source,
  );
  // graphology's GraphML parser copies the whole graph for every edge whose direction
  // differs from the default (quadratic on a crafted file). The scan has recorded each
  // edge's direction, so let the parser see one uniform default instead.
  // (The scan's element arrays, not xmldom's live lists: a change to the document would
  // make every later item() walk the whole document again, quadratic once more.)
  scan.graph.setAttribute('edgedefault', scan.directedness === 'undirected' ? 'undirected' : 'directed');
  for (const edge of scan.edges) edge.removeAttribute('directed');
  let graph: Graph;
  try {
    graph = parseGraphmlDocument(Graph, doc);
  } catch (e) {
    throw new Error(`io/graphml: ${(e as Error).message}`);
  }
  return graphTable(graph, scan, spec, source);
}
