// One CSV node table, row by row: the units in order, with region, type, size and
// any unit attributes the mapping names; every problem names its line.
import { InputError } from '../scenario/errors.js';
import { labelValue, positiveValue, unitValue, type Place } from './cell-values.js';
import { CsvColumns } from './csv-columns.js';
import { GIVEN_ATTRIBUTES, type GivenAttribute, type ImportMapping } from './file-network-schema.js';
import type { NodeIndex } from './node-index.js';
import type { NodeColumns } from './system-table.js';

export class CsvNodeRows {
  private readonly id: number;
  private readonly label: { region: number; type: number; size: number };
  private readonly attrs: [GivenAttribute, number][];
  private readonly header: readonly string[];
  private readonly region: string[] = [];
  private readonly type: string[] = [];
  private readonly size: number[] = [];
  private readonly given = new Map<GivenAttribute, number[]>();

  constructor(
    header: readonly string[],
    headerLine: number,
    mapping: ImportMapping,
    private readonly nodes: NodeIndex,
    private readonly source: string,
  ) {
    const columns = new CsvColumns(header, source, headerLine);
    this.header = header;
    this.id = columns.find(mapping.id ?? 'id', undefined, 'id');
    this.label = {
      region: columns.find(mapping.region, 'region', 'region'),
      type: columns.find(mapping.type, 'type', 'type'),
      size: columns.find(mapping.size, 'size', 'size'),
    };
    this.attrs = GIVEN_ATTRIBUTES.map((a): [GivenAttribute, number] => [a, columns.find(mapping.attributes[a], a, `attributes.${a}`)]).filter(
      ([, i]) => i >= 0,
    );
    for (const [a] of this.attrs) this.given.set(a, []);
  }

  add(record: readonly string[], line: number): void {
    const at: Place = { source: this.source, line };
    this.nodes.define(record[this.id], at);
    const { region, type, size } = this.label;
    if (region >= 0) this.region.push(labelValue(record[region], this.header[region], at));
    if (type >= 0) this.type.push(labelValue(record[type], this.header[type], at));
    if (size >= 0) this.size.push(positiveValue(record[size], this.header[size], at));
    for (const [a, i] of this.attrs) this.given.get(a)!.push(unitValue(record[i], this.header[i], at));
  }

  finish(): NodeColumns {
    if (this.nodes.size === 0) throw new InputError(this.source, [{ path: '', message: 'the node table lists no nodes' }]);
    return {
      ...(this.label.region >= 0 ? { region: this.region } : {}),
      ...(this.label.type >= 0 ? { type: this.type } : {}),
      ...(this.label.size >= 0 ? { size: Float32Array.from(this.size) } : {}),
      given: Object.fromEntries([...this.given].map(([a, values]) => [a, Float64Array.from(values)])),
    };
  }
}
