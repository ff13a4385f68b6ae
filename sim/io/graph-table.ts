// A graphology graph parsed from GEXF or GraphML to the importers' common table:
// node ids in document order, ties by the mapping, attributes checked element by element.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { InputError } from '../scenario/errors.js';
import { kindCode, labelValue, positiveValue, unitValue, type Place } from './cell-values.js';
import { GIVEN_ATTRIBUTES, type FileNetworkSpec, type GivenAttribute } from './file-network-schema.js';
import type { SystemTable } from './system-table.js';
import { TieList } from './tie-list.js';
import type { ScannedGraph } from './xml-graph-scan.js';

/** The attribute a mapping names, or the default name when some element carries it. */
function attributeName(named: string | undefined, fallback: string, carried: Set<string>, field: string, what: string, source: string): string | undefined {
  if (named !== undefined) {
    if (!carried.has(named)) {
      throw new InputError(source, [{ path: '', message: `no ${what} has the attribute ${JSON.stringify(named)} (mapping.${field})` }]);
    }
    return named;
  }
  return carried.has(fallback) ? fallback : undefined;
}

function carriedNames(forEach: (cb: (attrs: Attributes) => void) => void): Set<string> {
  const names = new Set<string>();
  forEach((attrs) => {
    for (const k in attrs) names.add(k);
  });
  return names;
}

export function graphTable(graph: Graph, scan: ScannedGraph, spec: FileNetworkSpec, source: string): SystemTable {
  const { mapping } = spec;
  const n = graph.order;
  if (n !== scan.nodeLines.length || graph.size !== scan.edgeLines.length) {
    throw new Error(`io/graph-table: parsed ${n} nodes and ${graph.size} edges from ${scan.nodeLines.length} and ${scan.edgeLines.length} elements`);
  }
  const nodePlace = (i: number, id: string): Place => ({ source, line: scan.nodeLines[i], element: () => `<node id=${JSON.stringify(id)}>` });

  // Nodes, in document order.
  const nodeNames = carriedNames((cb) => graph.forEachNode((_k, a) => cb(a)));
  const names = {
    region: attributeName(mapping.region, 'region', nodeNames, 'region', 'node', source),
    type: attributeName(mapping.type, 'type', nodeNames, 'type', 'node', source),
    size: attributeName(mapping.size, 'size', nodeNames, 'size', 'node', source),
  };
  const givenNames = GIVEN_ATTRIBUTES.map((a) => [a, attributeName(mapping.attributes[a], a, nodeNames, `attributes.${a}`, 'node', source)]).filter(
    (pair): pair is [GivenAttribute, string] => pair[1] !== undefined,
  );
  const ids: string[] = [];
  const index = new Map<string, number>();
  const region: string[] = [];
  const type: string[] = [];
  const size = names.size ? new Float32Array(n) : undefined;
  const given = Object.fromEntries(givenNames.map(([a]) => [a, new Float64Array(n)])) as Partial<Record<GivenAttribute, Float64Array>>;
  let i = 0;
  graph.forEachNode((key, attrs) => {
    const at = nodePlace(i, key);
    index.set(key, i);
    ids.push(key);
    if (names.region) region.push(labelValue(attrs[names.region], names.region, at));
    if (names.type) type.push(labelValue(attrs[names.type], names.type, at));
    if (size) size[i] = positiveValue(attrs[names.size!], names.size!, at);
    for (const [a, name] of givenNames) given[a]![i] = unitValue(attrs[name], name, at);
    i++;
  });

  // Edges, in document order; the scan knows what the file said about direction.
  const edgeNames = carriedNames((cb) => graph.forEachEdge((_k, a) => cb(a)));
  const kindName = attributeName(mapping.kind, 'kind', edgeNames, 'kind', 'edge', source);
  const weightName = attributeName(mapping.weight, 'weight', edgeNames, 'weight', 'edge', source);
  const directed = spec.directed ?? scan.directedness !== 'undirected';
  const doubleUndirected = spec.directed === undefined && scan.directedness === 'mixed';
  const ties = new TieList();
  let e = 0;
  graph.forEachEdge((_key, attrs, s, t) => {
    const line = scan.edgeLines[e];
    const at: Place = { source, line, element: () => `<edge source=${JSON.stringify(s)} target=${JSON.stringify(t)}>` };
    const kind = kindName ? kindCode(attrs[kindName], mapping.kinds, kindName, at) : 0;
    const weight = weightName ? positiveValue(attrs[weightName], weightName, at) : 1;
    const u = index.get(s)!;
    const v = index.get(t)!;
    ties.add(u, v, kind, weight, line);
    if (doubleUndirected && scan.edgeDirected[e] === 0) ties.add(v, u, kind, weight, line);
    e++;
  });
  return {
    ids,
    directed,
    ties: ties.merge(n, directed, spec.repeated, source),
    edgeRows: scan.edgeLines.length,
    ...(names.region ? { region } : {}),
    ...(names.type ? { type } : {}),
    ...(size ? { size } : {}),
    given,
  };
}
