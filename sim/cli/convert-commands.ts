// Registers the import/export commands on the `spread` program: `export` (a scenario's
// system to CSV, GEXF or GraphML) and `convert` (a network file to another format).
import type { Command } from 'commander';
import { convertCommand, type ConvertFlags } from './convert.js';
import { exportCommand, type ExportFlags } from './convert-export.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerConvertCommands(cli: Command): void {
  cli
    .command('export')
    .description("Write a scenario's system (replicate R's ties, regions, types, sizes and unit attributes) as CSV, GEXF or GraphML")
    .argument('<scenario>', 'scenario JSON file')
    .requiredOption('--out <file>', 'file to write: .csv (with a .nodes.csv node table beside it), .gexf or .graphml')
    .option('--format <format>', 'csv, gexf or graphml (default: from the extension of --out)')
    .option('--nodes-out <file>', 'node table of a CSV export (default: OUT with .nodes.csv)')
    .option('--rep <r>', 'replicate whose system to write (networks and attributes are drawn per replicate; default 0)')
    .option('--no-attributes', 'leave out the drawn unit attributes (capacity, capability, ...)')
    .option('--set <path=value>', 'override a scenario field before validation; repeatable', collect)
    .option('--force', 'replace files that exist')
    .action(async (file: string, options: ExportFlags) => {
      process.stderr.write(await exportCommand(file, options));
    });

  cli
    .command('convert')
    .description('Read a network file (CSV edge list with optional node table, GEXF, GraphML) and write it in another format')
    .argument('<input>', 'network file: .csv, .gexf or .graphml')
    .requiredOption('--out <file>', 'file to write: .csv (with a .nodes.csv node table beside it), .gexf or .graphml')
    .option('--from <format>', 'format of INPUT (default: from its extension)')
    .option('--format <format>', 'format of --out (default: from its extension)')
    .option('--nodes <file>', 'node table of a CSV INPUT')
    .option('--nodes-out <file>', 'node table of a CSV export (default: OUT with .nodes.csv)')
    .option('--directed', 'read the ties as directed (source influences target); default: as the file says (CSV: undirected)')
    .option('--undirected', 'read the ties as undirected')
    .option('--map <field=column>', 'mapping of a field to a column or attribute, e.g. --map source=from --map region=town --map attributes.capacity=cap; repeatable', collect)
    .option('--kinds <json>', 'tie kind of each value of the kind column, e.g. \'{"advice":"strong","friend":"weak"}\'')
    .option('--repeated <policy>', 'a tie listed twice: first, sum or error (default first)')
    .option('--force', 'replace files that exist')
    .action(async (input: string, options: ConvertFlags) => {
      process.stderr.write(await convertCommand(input, options));
    });
}
