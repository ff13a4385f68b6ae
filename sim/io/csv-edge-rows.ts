// One CSV edge list, row by row: source and target ids to units, tie kind and weight
// through the mapping; every problem names its line.
import { InputError } from '../scenario/errors.js';
import { kindCode, positiveValue, type Place } from './cell-values.js';
import { CsvColumns } from './csv-columns.js';
import type { ImportMapping } from './file-network-schema.js';
import type { NodeIndex } from './node-index.js';
import type { TieList } from './tie-list.js';

export class CsvEdgeRows {
  private readonly from: number;
  private readonly to: number;
  private readonly kind: number;
  private readonly weight: number;
  private readonly names: { from: string; to: string; kind: string; weight: string };
  /** Reused for every row (its line updated), so a row allocates nothing for messages. */
  private readonly at: Place;
  rows = 0;

  constructor(
    header: readonly string[],
    headerLine: number,
    private readonly mapping: ImportMapping,
    private readonly nodes: NodeIndex,
    private readonly ties: TieList,
    private readonly source: string,
    private readonly maxEdges: number,
  ) {
    this.at = { source, line: headerLine };
    const columns = new CsvColumns(header, source, headerLine);
    this.from = columns.find(mapping.source ?? 'source', undefined, 'source');
    this.to = columns.find(mapping.target ?? 'target', undefined, 'target');
    this.kind = columns.find(mapping.kind, 'kind', 'kind');
    this.weight = columns.find(mapping.weight, 'weight', 'weight');
    this.names = {
      from: header[this.from],
      to: header[this.to],
      kind: this.kind >= 0 ? header[this.kind] : '',
      weight: this.weight >= 0 ? header[this.weight] : '',
    };
  }

  add(record: readonly string[], line: number): void {
    if (++this.rows > this.maxEdges) {
      throw new InputError(this.source, [{ path: `line ${line}`, message: `more than ${this.maxEdges} edges (limits.edges)` }]);
    }
    const at = this.at;
    at.line = line;
    const u = this.nodes.resolve(record[this.from], this.names.from, at);
    const v = this.nodes.resolve(record[this.to], this.names.to, at);
    const kind = this.kind >= 0 ? kindCode(record[this.kind], this.mapping.kinds, this.names.kind, at) : 0;
    const weight = this.weight >= 0 ? positiveValue(record[this.weight], this.names.weight, at) : 1;
    this.ties.add(u, v, kind, weight, line);
  }
}
