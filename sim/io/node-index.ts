// Node ids to unit indices: fixed by a node table (an unknown id is a dangling edge) or
// growing in order of first appearance when the edge list is all there is.
import { InputError } from '../scenario/errors.js';

export class NodeIndex {
  private readonly index = new Map<string, number>();
  /** Ids in unit order. */
  readonly ids: string[] = [];
  /** Line each id was first listed on (node table) or first named on (edge list). */
  readonly lines: number[] = [];

  constructor(
    /** May edges add nodes the node table did not list? */
    private readonly open: boolean,
    private readonly maxNodes: number,
    private readonly source: string,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** Add a node from a node table; a second listing of an id is an error. */
  define(id: string, line: number, where = `line ${line}`): number {
    if (id === '') throw new InputError(this.source, [{ path: where, message: 'node id is empty' }]);
    const at = this.index.get(id);
    if (at !== undefined) {
      throw new InputError(this.source, [
        { path: where, message: `duplicate node id ${JSON.stringify(id)} (first listed on line ${this.lines[at]})` },
      ]);
    }
    return this.push(id, line, where);
  }

  /** The unit an edge names: known, or new when the index is open. */
  resolve(id: string, line: number, column: string, source = this.source, where = `line ${line}`): number {
    const at = this.index.get(id);
    if (at !== undefined) return at;
    if (id === '') throw new InputError(source, [{ path: where, message: `${column} is empty` }]);
    if (!this.open) {
      throw new InputError(source, [{ path: where, message: `${column} ${JSON.stringify(id)} is not a node (dangling edge)` }]);
    }
    return this.push(id, line, where, source);
  }

  private push(id: string, line: number, where: string, source = this.source): number {
    if (this.ids.length >= this.maxNodes) {
      throw new InputError(source, [{ path: where, message: `more than ${this.maxNodes} nodes (limits.nodes)` }]);
    }
    const i = this.ids.length;
    this.index.set(id, i);
    this.ids.push(id);
    this.lines.push(line);
    return i;
  }
}
