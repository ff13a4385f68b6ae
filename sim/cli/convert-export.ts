// `spread export`: a scenario's system (replicate R's network and drawn units) written
// as a CSV edge list and node table, GEXF or GraphML, ready to import again.
import { extname } from 'node:path';
import { builtSystemTable } from '../io/built-system-table.js';
import { edgesCsv, nodesCsv } from '../io/csv-write.js';
import { IMPORT_FORMATS, type ImportFormat } from '../io/file-network-schema.js';
import { gexfText } from '../io/gexf-write.js';
import { graphmlText } from '../io/graphml-write.js';
import type { ResolvedNetwork } from '../io/resolved-network.js';
import { exportRows } from '../io/system-export.js';
import { buildSystem } from '../model/replicate.js';
import { InputError } from '../scenario/errors.js';
import { writeOutputFiles, type OutputFile } from './convert-write.js';
import { importFormat } from './import-system.js';
import { readScenario } from './read-scenario.js';

export interface ExportFlags {
  readonly out: string;
  readonly format?: string;
  readonly nodesOut?: string;
  readonly rep?: string;
  readonly attributes?: boolean;
  readonly set?: readonly string[];
  readonly force?: boolean;
}

function checkFormat(text: string | undefined): ImportFormat | undefined {
  if (text === undefined) return undefined;
  if (!(IMPORT_FORMATS as readonly string[]).includes(text)) {
    throw new InputError('', [{ path: '--format', message: `expected one of ${IMPORT_FORMATS.join(', ')}, got ${JSON.stringify(text)}` }]);
  }
  return text as ImportFormat;
}

/** The node table beside a CSV edge list: edges.csv -> edges.nodes.csv. */
export function nodesPathFor(out: string): string {
  const ext = extname(out);
  return `${ext ? out.slice(0, -ext.length) : out}.nodes.csv`;
}

export async function exportCommand(file: string, flags: ExportFlags): Promise<string> {
  const format = importFormat(flags.out, checkFormat(flags.format), '', '--format');
  const rep = flags.rep === undefined ? 0 : Number(flags.rep);
  if (!/^\d+$/.test(flags.rep ?? '0') || !Number.isSafeInteger(rep)) {
    throw new InputError('', [{ path: '--rep', message: `expected a whole number >= 0, got ${JSON.stringify(flags.rep)}` }]);
  }
  if (flags.nodesOut !== undefined && format !== 'csv') {
    throw new InputError('', [{ path: '--nodes-out', message: `only a CSV export has a separate node table (this one is ${format})` }]);
  }
  const { scenario } = await readScenario(file, flags.set ?? [], []);
  const system = buildSystem(scenario, rep);
  const network = scenario.system.network as { resolved?: ResolvedNetwork };
  const table = builtSystemTable(system, network.resolved?.ids, flags.attributes !== false);
  const rows = exportRows(table);
  const files: OutputFile[] =
    format === 'csv'
      ? [
          { path: flags.out, text: edgesCsv(rows) },
          { path: flags.nodesOut ?? nodesPathFor(flags.out), text: nodesCsv(rows) },
        ]
      : [{ path: flags.out, text: format === 'gexf' ? gexfText(rows) : graphmlText(rows) }];
  await writeOutputFiles(files, flags.force ?? false);
  return `${file}: wrote ${files.map((f) => f.path).join(' and ')}: ${rows.nodes.length} units, ${rows.ties.length} ${rows.directed ? 'directed' : 'undirected'} ties (replicate ${rep})\n`;
}
