// One row of outputs per step, written from the run's running totals (Tally), and the
// same row computed by a pass over the units (scanRow), which the totals are tested against.
import type { RunState } from '../model/run-state.js';
import { NEVER } from '../model/run-state.js';
import { EMBEDDED, IMPLEMENTING, STATE_COUNT } from '../model/states.js';
import type { Population } from '../model/system.js';
import { COLUMN, COLUMN_COUNT, GROUP_COLUMN_COUNT } from './columns.js';

export interface BenefitParams {
  readonly advantage: number;
  readonly alpha: number;
  readonly beta: number;
}

/** Number of equity groups: the regions, then the types. */
export function groupCount(pop: Population): number {
  return pop.regionNames.length + pop.typeNames.length;
}

/**
 * Writes rows of OUTPUT_COLUMNS into `series` and of GROUP_COLUMNS per group into
 * `groups`, from the run's Tally. Benefit is the sum over units in use of
 * w * advantage * f^alpha * g^beta.
 */
export class Recorder {
  private readonly groupSize: Float64Array;

  constructor(
    private readonly pop: Population,
    private readonly benefit: BenefitParams,
    readonly series: Float64Array,
    readonly groups: Float64Array,
  ) {
    this.groupSize = groupSizes(pop);
  }

  record(units: RunState, cost: number, step: number): void {
    const t = units.tally;
    writeRow(this.series, step, t.counts, t.everAdopted, t.everEmbedded, t.sumFidelity, t.sumFit, t.sumBenefit * this.benefit.advantage, cost);
    writeGroups(this.groups, step, this.groupSize, t.groupInUse, t.groupAdopted);
  }
}

/**
 * The same row computed from the units' state alone, by one pass over them: the
 * reference the Tally is tested against.
 */
export function scanRow(units: RunState, pop: Population, benefit: BenefitParams, cost: number): { row: Float64Array; groups: Float64Array } {
  const counts = new Float64Array(STATE_COUNT);
  const g = groupCount(pop);
  const regions = pop.regionNames.length;
  const groupInUse = new Float64Array(g);
  const groupAdopted = new Float64Array(g);
  let everAdopted = 0;
  let everEmbedded = 0;
  let sumFidelity = 0;
  let sumFit = 0;
  let sumBenefit = 0;
  for (let i = 0; i < pop.n; i++) {
    const s = units.state[i];
    counts[s]++;
    if (units.tEmbedded[i] !== NEVER) everEmbedded++;
    if (units.tStart[i] === NEVER) continue;
    everAdopted++;
    groupAdopted[pop.region[i]]++;
    groupAdopted[regions + pop.type[i]]++;
    if (s !== IMPLEMENTING && s !== EMBEDDED) continue;
    groupInUse[pop.region[i]]++;
    groupInUse[regions + pop.type[i]]++;
    const f = units.fidelity[i];
    const q = units.fit[i];
    sumFidelity += f;
    sumFit += q;
    sumBenefit += pop.size[i] * Math.pow(f, benefit.alpha) * Math.pow(q, benefit.beta);
  }
  const row = new Float64Array(COLUMN_COUNT);
  writeRow(row, 0, counts, everAdopted, everEmbedded, sumFidelity, sumFit, sumBenefit * benefit.advantage, cost);
  const groups = new Float64Array(g * GROUP_COLUMN_COUNT);
  writeGroups(groups, 0, groupSizes(pop), groupInUse, groupAdopted);
  return { row, groups };
}

function groupSizes(pop: Population): Float64Array {
  const size = new Float64Array(groupCount(pop));
  const regions = pop.regionNames.length;
  for (let i = 0; i < pop.n; i++) {
    size[pop.region[i]]++;
    size[regions + pop.type[i]]++;
  }
  return size;
}

function writeRow(
  series: Float64Array,
  step: number,
  counts: Float64Array,
  everAdopted: number,
  everEmbedded: number,
  sumFidelity: number,
  sumFit: number,
  benefit: number,
  cost: number,
): void {
  const inUse = counts[IMPLEMENTING] + counts[EMBEDDED];
  const row = step * COLUMN_COUNT;
  for (let s = 0; s < STATE_COUNT; s++) series[row + s] = counts[s];
  series[row + COLUMN.in_use] = inUse;
  series[row + COLUMN.ever_adopted] = everAdopted;
  series[row + COLUMN.mean_fidelity] = inUse > 0 ? sumFidelity / inUse : 0;
  series[row + COLUMN.mean_fit] = inUse > 0 ? sumFit / inUse : 0;
  series[row + COLUMN.benefit] = benefit;
  series[row + COLUMN.cost] = cost;
  series[row + COLUMN.ever_embedded] = everEmbedded;
}

function writeGroups(groups: Float64Array, step: number, size: Float64Array, inUse: Float64Array, adopted: Float64Array): void {
  const base = step * size.length * GROUP_COLUMN_COUNT;
  for (let q = 0; q < size.length; q++) {
    groups[base + q * GROUP_COLUMN_COUNT] = size[q];
    groups[base + q * GROUP_COLUMN_COUNT + 1] = inUse[q];
    groups[base + q * GROUP_COLUMN_COUNT + 2] = adopted[q];
  }
}
