// What one replicate returns: one series per strategy, as flat transferable arrays.
import { COLUMN_COUNT, GROUP_COLUMN_COUNT } from '../metrics/columns.js';

export interface StrategySeries {
  readonly strategy: string;
  /** (steps + 1) rows of OUTPUT_COLUMNS, row-major; row 0 is the initial state. */
  readonly series: Float64Array;
  /**
   * Equity: (steps + 1) rows of groups x GROUP_COLUMNS, row-major; groups are the
   * regions, then the types, in the order of ReplicateResult.groups.
   */
  readonly groupSeries: Float64Array;
  /** Network entries the run read (exposure updates): the engine's edge visits. */
  readonly edgeVisits: number;
  /** Time the last lever of the strategy ends (Infinity when one never ends; 0 with no levers). */
  readonly lastLeverEnd: number;
}

export interface ReplicateResult {
  readonly rep: number;
  readonly n: number;
  readonly steps: number;
  readonly dt: number;
  readonly groups: readonly { kind: 'region' | 'type'; name: string }[];
  readonly strategies: readonly StrategySeries[];
}

export function seriesValue(s: Float64Array, step: number, column: number): number {
  return s[step * COLUMN_COUNT + column];
}

export function groupValue(s: Float64Array, groupCount: number, step: number, group: number, column: number): number {
  return s[(step * groupCount + group) * GROUP_COLUMN_COUNT + column];
}
