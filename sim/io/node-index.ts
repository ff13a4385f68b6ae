// Node ids to unit indices: fixed by a node table (an unknown id is a dangling edge) or
// growing in order of first appearance when the edge list is all there is.
import { InputError } from '../scenario/errors.js';
import { placeText, type Place } from './cell-values.js';

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
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** Add a node from a node table; a second listing of an id is an error. */
  define(id: string, at: Place): number {
    if (id === '') throw new InputError(at.source, [{ path: placeText(at), message: 'node id is empty' }]);
    const known = this.index.get(id);
    if (known !== undefined) {
      throw new InputError(at.source, [
        { path: placeText(at), message: `duplicate node id ${JSON.stringify(id)} (first listed on line ${this.lines[known]})` },
      ]);
    }
    return this.push(id, at);
  }

  /** The unit an edge names: known, or new when the index is open. */
  resolve(id: string, column: string, at: Place): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    if (id === '') throw new InputError(at.source, [{ path: placeText(at), message: `${column} is empty` }]);
    if (!this.open) {
      throw new InputError(at.source, [{ path: placeText(at), message: `${column} ${JSON.stringify(id)} is not a node (dangling edge)` }]);
    }
    return this.push(id, at);
  }

  private push(id: string, at: Place): number {
    if (this.ids.length >= this.maxNodes) {
      throw new InputError(at.source, [{ path: placeText(at), message: `more than ${this.maxNodes} nodes (limits.nodes)` }]);
    }
    const i = this.ids.length;
    this.index.set(id, i);
    this.ids.push(id);
    this.lines.push(at.line);
    return i;
  }
}
