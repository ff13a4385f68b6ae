// Checks a GEXF or GraphML document before any graph is built: the root, counts within
// limits, unique node ids, edges between listed nodes; records each element's line.
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { InputError } from '../scenario/errors.js';
import type { ImportLimits } from './file-network-schema.js';
import type { XmlDocument } from './xml-document.js';

export interface ScannedGraph {
  /** The first <graph> element and every <edge> element, in document order. */
  readonly graph: XmlElement;
  readonly edges: readonly XmlElement[];
  /** Source line of each <node> and <edge> element, in document order. */
  readonly nodeLines: readonly number[];
  readonly edgeLines: readonly number[];
  /** Per edge, as the file says: 1 directed, 0 undirected. */
  readonly edgeDirected: Uint8Array;
  readonly directedness: 'directed' | 'undirected' | 'mixed';
}

export interface ScanRules {
  /** Root element name: gexf or graphml. */
  readonly root: string;
  /** Is an edge directed, given its element and the graph element's default? */
  readonly directed: (edge: XmlElement, graph: XmlElement) => boolean;
  /** Extra per-edge check (e.g. GEXF's weight attribute); returns a problem or undefined. */
  readonly checkEdge?: (edge: XmlElement) => string | undefined;
}

/** `<edge id="e3">` or `<node id="a">`: how an element is named in messages. */
export function describeElement(el: XmlElement): string {
  const id = el.getAttribute('id');
  return id ? `<${el.tagName} id=${JSON.stringify(id)}>` : `<${el.tagName}>`;
}

/**
 * Every element named graph, node or edge, in document order, in one walk. The same
 * elements as getElementsByTagName, which walks the whole document on each call.
 */
function graphElements(doc: XmlDocument): Record<'graph' | 'node' | 'edge', XmlElement[]> {
  const found: Record<'graph' | 'node' | 'edge', XmlElement[]> = { graph: [], node: [], edge: [] };
  let at: XmlNode | null = doc.documentElement;
  while (at) {
    if (at.nodeType === 1) {
      const name = (at as XmlElement).tagName;
      if (name === 'graph' || name === 'node' || name === 'edge') found[name].push(at as XmlElement);
    }
    if (at.firstChild) {
      at = at.firstChild;
      continue;
    }
    while (at && !at.nextSibling) at = at.parentNode === doc ? null : at.parentNode;
    at = at ? at.nextSibling : null;
  }
  return found;
}

export function scanGraph(doc: XmlDocument, rules: ScanRules, limits: ImportLimits, source: string): ScannedGraph {
  const fail = (el: XmlElement | null, message: string): never => {
    const where = el ? `line ${el.lineNumber ?? '?'}: ${describeElement(el)}` : '';
    throw new InputError(source, [{ path: where, message }]);
  };
  const root = doc.documentElement!;
  if (root.localName !== rules.root) fail(root, `expected a <${rules.root}> root element`);
  const found = graphElements(doc);
  const graph = found.graph[0];
  if (!graph) fail(root, 'has no <graph> element');

  const nodes = found.node;
  const edges = found.edge;
  if (nodes.length > limits.nodes) fail(graph, `has ${nodes.length} nodes, more than ${limits.nodes} (limits.nodes)`);
  if (edges.length > limits.edges) fail(graph, `has ${edges.length} edges, more than ${limits.edges} (limits.edges)`);
  if (nodes.length === 0) fail(graph, 'has no nodes');

  const nodeLine = new Map<string, number>();
  const nodeLines: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const el = nodes[i];
    const id = el.getAttribute('id');
    if (!id) fail(el, 'node has no id');
    const first = nodeLine.get(id!);
    if (first !== undefined) fail(el, `duplicate node id ${JSON.stringify(id)} (first on line ${first})`);
    nodeLine.set(id!, el.lineNumber ?? 0);
    nodeLines.push(el.lineNumber ?? 0);
  }

  const edgeIds = new Map<string, number>();
  const edgeLines: number[] = [];
  const edgeDirected = new Uint8Array(edges.length);
  let directed = 0;
  for (let i = 0; i < edges.length; i++) {
    const el = edges[i];
    for (const end of ['source', 'target']) {
      const id = el.getAttribute(end);
      if (!id) fail(el, `edge has no ${end}`);
      if (!nodeLine.has(id!)) fail(el, `${end} ${JSON.stringify(id)} is not a node (dangling edge)`);
    }
    const id = el.getAttribute('id');
    if (id) {
      const first = edgeIds.get(id);
      if (first !== undefined) fail(el, `duplicate edge id ${JSON.stringify(id)} (first on line ${first})`);
      edgeIds.set(id, el.lineNumber ?? 0);
    }
    const problem = rules.checkEdge?.(el);
    if (problem) fail(el, problem);
    edgeDirected[i] = rules.directed(el, graph!) ? 1 : 0;
    directed += edgeDirected[i];
    edgeLines.push(el.lineNumber ?? 0);
  }
  const directedness = directed === 0 ? 'undirected' : directed === edges.length ? 'directed' : 'mixed';
  return { graph, edges, nodeLines, edgeLines, edgeDirected, directedness };
}
