// `spread convert`: a network file read with the importers (limits, safe XML, a mapping
// from flags) and written in another format, without a scenario.
import { join } from 'node:path';
import { edgesCsv, nodesCsv } from '../io/csv-write.js';
import { FileNetworkSchema, IMPORT_FORMATS, type ImportFormat } from '../io/file-network-schema.js';
import { gexfText } from '../io/gexf-write.js';
import { graphmlText } from '../io/graphml-write.js';
import { exportRows } from '../io/system-export.js';
import { InputError, zodProblems } from '../scenario/errors.js';
import { nodesPathFor } from './convert-export.js';
import { writeOutputFiles, type OutputFile } from './convert-write.js';
import { importFormat, importSystem } from './import-system.js';

export interface ConvertFlags {
  readonly out: string;
  readonly from?: string;
  readonly format?: string;
  readonly nodes?: string;
  readonly nodesOut?: string;
  readonly directed?: boolean;
  readonly undirected?: boolean;
  readonly map?: readonly string[];
  readonly kinds?: string;
  readonly repeated?: string;
  readonly force?: boolean;
}

function format(flag: string, text: string | undefined): ImportFormat | undefined {
  if (text === undefined) return undefined;
  if (!(IMPORT_FORMATS as readonly string[]).includes(text)) {
    throw new InputError('', [{ path: flag, message: `expected one of ${IMPORT_FORMATS.join(', ')}, got ${JSON.stringify(text)}` }]);
  }
  return text as ImportFormat;
}

/** --map field=column arguments as a mapping object (attributes.x nests). */
function mapping(args: readonly string[], kinds: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0 || eq === arg.length - 1) throw new InputError('', [{ path: '--map', message: `expected field=column, got ${JSON.stringify(arg)}` }]);
    const [field, column] = [arg.slice(0, eq), arg.slice(eq + 1)];
    if (field.startsWith('attributes.')) {
      const attrs = (out.attributes ??= {}) as Record<string, string>;
      attrs[field.slice('attributes.'.length)] = column;
    } else out[field] = column;
  }
  if (kinds !== undefined) {
    try {
      out.kinds = JSON.parse(kinds);
    } catch {
      throw new InputError('', [{ path: '--kinds', message: `expected a JSON object such as {"advice":"strong"}, got ${JSON.stringify(kinds)}` }]);
    }
  }
  return out;
}

export async function convertCommand(input: string, flags: ConvertFlags): Promise<string> {
  if (flags.directed && flags.undirected) throw new InputError('', [{ path: '--directed', message: 'cannot be given with --undirected' }]);
  const from = importFormat(input, format('--from', flags.from), '', '--from');
  const to = importFormat(flags.out, format('--format', flags.format), '', '--format');
  if (flags.nodesOut !== undefined && to !== 'csv') {
    throw new InputError('', [{ path: '--nodes-out', message: `only a CSV export has a separate node table (this one is ${to})` }]);
  }
  const raw = {
    kind: 'file',
    path: input,
    format: from,
    ...(flags.nodes !== undefined ? { nodes: flags.nodes } : {}),
    ...(flags.directed ? { directed: true } : flags.undirected ? { directed: false } : {}),
    ...(flags.repeated !== undefined ? { repeated: flags.repeated } : {}),
    mapping: mapping(flags.map ?? [], flags.kinds),
  };
  const spec = FileNetworkSchema.safeParse(raw, { reportInput: true });
  if (!spec.success) throw new InputError('', zodProblems(spec.error).map((p) => ({ path: p.path.replace(/^mapping\./, '--map '), message: p.message })));
  // Paths on the command line are relative to the working directory.
  const { table } = await importSystem(spec.data, join(process.cwd(), 'spread-convert'));
  const rows = exportRows(table);
  const files: OutputFile[] =
    to === 'csv'
      ? [
          { path: flags.out, text: edgesCsv(rows) },
          { path: flags.nodesOut ?? nodesPathFor(flags.out), text: nodesCsv(rows) },
        ]
      : [{ path: flags.out, text: to === 'gexf' ? gexfText(rows) : graphmlText(rows) }];
  await writeOutputFiles(files, flags.force ?? false);
  return `${input}: wrote ${files.map((f) => f.path).join(' and ')}: ${rows.nodes.length} units, ${rows.ties.length} ${rows.directed ? 'directed' : 'undirected'} ties\n`;
}
