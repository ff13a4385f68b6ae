// An imported system as the engine needs it: typed arrays that cross to worker threads
// by structured clone, and a short summary in place of the arrays when written as JSON.
import type { GivenAttribute, ImportFormat } from './file-network-schema.js';

/** What was read, for run.json and messages: the arrays themselves are not written out. */
export interface ImportSummary {
  readonly file: string;
  readonly format: ImportFormat;
  readonly nodesFile?: string;
  /** SHA-256 of the file(s) read, so a run records exactly which data it used. */
  readonly sha256: string;
  readonly nodesSha256?: string;
  readonly units: number;
  /** Rows or elements of the edge list, as read. */
  readonly edgeRows: number;
  /** Distinct ties after repeats were merged and self-loops dropped. */
  readonly ties: number;
  readonly repeats: number;
  readonly selfLoops: number;
  readonly directed: boolean;
}

export interface ResolvedNetworkData {
  readonly n: number;
  readonly directed: boolean;
  /** Tie e: source[e] influences target[e] (both ways when undirected). */
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  /** STRONG or WEAK per tie. */
  readonly kind: Uint8Array;
  readonly weight: Float32Array;
  readonly region: Uint16Array;
  readonly regionNames: readonly string[];
  readonly type: Uint16Array;
  readonly typeNames: readonly string[];
  /** Population served; absent means 1 for every unit. */
  readonly size?: Float32Array;
  /** Attributes given unit by unit; NaN where the population's distribution draws it. */
  readonly given: Partial<Record<GivenAttribute, Float64Array>>;
  readonly summary: ImportSummary;
}

/**
 * Attached to a validated `file` network spec as `resolved`. A worker receives a plain
 * copy (structured clone drops the prototype); JSON.stringify writes only the summary.
 */
export class ResolvedNetwork implements ResolvedNetworkData {
  readonly n: number;
  readonly directed: boolean;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  readonly kind: Uint8Array;
  readonly weight: Float32Array;
  readonly region: Uint16Array;
  readonly regionNames: readonly string[];
  readonly type: Uint16Array;
  readonly typeNames: readonly string[];
  readonly size?: Float32Array;
  readonly given: Partial<Record<GivenAttribute, Float64Array>>;
  readonly summary: ImportSummary;

  /**
   * Node ids in unit order, for exports. Not enumerable, so structured clone leaves it
   * behind: workers never need it, and it would be copied for every replicate.
   */
  declare readonly ids?: readonly string[];

  constructor(data: ResolvedNetworkData, ids?: readonly string[]) {
    if (ids) Object.defineProperty(this, 'ids', { value: ids, enumerable: false });
    this.n = data.n;
    this.directed = data.directed;
    this.source = data.source;
    this.target = data.target;
    this.kind = data.kind;
    this.weight = data.weight;
    this.region = data.region;
    this.regionNames = data.regionNames;
    this.type = data.type;
    this.typeNames = data.typeNames;
    if (data.size) this.size = data.size;
    this.given = data.given;
    this.summary = data.summary;
  }

  toJSON(): ImportSummary {
    return this.summary;
  }
}
