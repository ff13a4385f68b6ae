// Reads the files a `file` network names (relative to the scenario file) into the
// importers' common table and the engine's arrays, with the spec's limits.
import { extname, isAbsolute, relative, resolve, dirname } from 'node:path';
import { CsvEdgeRows } from '../io/csv-edge-rows.js';
import { CsvNodeRows } from '../io/csv-node-rows.js';
import type { FileNetworkSpec, ImportFormat } from '../io/file-network-schema.js';
import { readGexf } from '../io/gexf-read.js';
import { readGraphml } from '../io/graphml-read.js';
import { NodeIndex } from '../io/node-index.js';
import type { ResolvedNetwork } from '../io/resolved-network.js';
import { resolveTable, type NodeColumns, type SystemTable } from '../io/system-table.js';
import { TieList } from '../io/tie-list.js';
import { InputError } from '../scenario/errors.js';
import { readLimitedText, streamCsv } from './import-read.js';

const EXTENSIONS: Record<string, ImportFormat> = { '.csv': 'csv', '.gexf': 'gexf', '.graphml': 'graphml' };

/** The format a spec or file name says; bad input when neither does. */
export function importFormat(path: string, format: ImportFormat | undefined, source: string, field: string): ImportFormat {
  if (format) return format;
  const f = EXTENSIONS[extname(path).toLowerCase()];
  if (!f) {
    throw new InputError(source, [
      { path: field, message: `cannot tell the format of ${JSON.stringify(path)} from its extension (give one of csv, gexf, graphml)` },
    ]);
  }
  return f;
}

/** How a data file is named in messages: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

export interface ImportedSystem {
  readonly table: SystemTable;
  readonly resolved: ResolvedNetwork;
}

/** Read a CSV edge list, with its node table first when there is one. */
async function readCsv(spec: FileNetworkSpec, edgesPath: string, nodesPath: string | undefined) {
  const edgesSource = displayPath(edgesPath);
  let columns: NodeColumns = { given: {} };
  let nodesSha256: string | undefined;
  const nodes = new NodeIndex(!nodesPath, spec.limits.nodes);
  if (nodesPath) {
    const source = displayPath(nodesPath);
    let rows: CsvNodeRows | undefined;
    const nodeIndex = new NodeIndex(false, spec.limits.nodes);
    ({ sha256: nodesSha256 } = await streamCsv(nodesPath, source, spec.limits.bytes, {
      header: (record, line) => void (rows = new CsvNodeRows(record, line, spec.mapping, nodeIndex, source)),
      row: (record, line) => rows!.add(record, line),
    }));
    columns = rows!.finish();
    for (let i = 0; i < nodeIndex.size; i++) nodes.define(nodeIndex.ids[i], { source, line: nodeIndex.lines[i] });
  }
  const ties = new TieList();
  let edges: CsvEdgeRows | undefined;
  const { sha256 } = await streamCsv(edgesPath, edgesSource, spec.limits.bytes, {
    header: (record, line) => void (edges = new CsvEdgeRows(record, line, spec.mapping, nodes, ties, edgesSource, spec.limits.edges)),
    row: (record, line) => edges!.add(record, line),
  });
  if (nodes.size === 0) throw new InputError(edgesSource, [{ path: '', message: 'no edges and no node table: the system has no units' }]);
  const directed = spec.directed ?? false;
  const table: SystemTable = {
    ids: nodes.ids,
    directed,
    ties: ties.merge(nodes.size, directed, spec.repeated, edgesSource),
    edgeRows: edges!.rows,
    ...columns,
  };
  return { table, sha256, nodesSha256 };
}

/**
 * Read the network files of a `file` spec. `scenarioFile` is where the spec was written
 * (paths are relative to its folder) and names the spec's own problems.
 */
export async function importSystem(spec: FileNetworkSpec, scenarioFile: string): Promise<ImportedSystem> {
  const base = dirname(resolve(scenarioFile));
  const edgesPath = resolve(base, spec.path);
  const format = importFormat(spec.path, spec.format, scenarioFile, 'system.network.path');
  if (spec.nodes !== undefined && format !== 'csv') {
    throw new InputError(scenarioFile, [
      { path: 'system.network.nodes', message: `a node table goes with a CSV edge list; a ${format.toUpperCase()} file carries its own node attributes` },
    ]);
  }
  const nodesPath = spec.nodes === undefined ? undefined : resolve(base, spec.nodes);
  let table: SystemTable;
  let sha256: string;
  let nodesSha256: string | undefined;
  if (format === 'csv') {
    ({ table, sha256, nodesSha256 } = await readCsv(spec, edgesPath, nodesPath));
  } else {
    const source = displayPath(edgesPath);
    const read = await readLimitedText(edgesPath, source, spec.limits.xmlBytes, 'xmlBytes');
    sha256 = read.sha256;
    table = format === 'gexf' ? readGexf(read.text, spec, source) : readGraphml(read.text, spec, source);
  }
  const resolved = resolveTable(table, {
    file: spec.path,
    format,
    sha256,
    ...(spec.nodes !== undefined ? { nodesFile: spec.nodes, nodesSha256 } : {}),
  });
  return { table, resolved };
}
