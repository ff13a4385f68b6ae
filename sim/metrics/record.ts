// One row of outputs: a pure function of the run's state, read after each step.
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
 * Writes rows of OUTPUT_COLUMNS into `series` and of GROUP_COLUMNS per group
 * into `groups`. Benefit is the sum over units in use of w * advantage * f^alpha * g^beta.
 */
export class Recorder {
  private readonly counts = new Float64Array(STATE_COUNT);
  private readonly groupSize: Float64Array;
  private readonly groupInUse: Float64Array;
  private readonly groupAdopted: Float64Array;
  private readonly regions: number;

  constructor(
    private readonly pop: Population,
    private readonly benefit: BenefitParams,
    readonly series: Float64Array,
    readonly groups: Float64Array,
  ) {
    const g = groupCount(pop);
    this.regions = pop.regionNames.length;
    this.groupSize = new Float64Array(g);
    this.groupInUse = new Float64Array(g);
    this.groupAdopted = new Float64Array(g);
    for (let i = 0; i < pop.n; i++) {
      this.groupSize[pop.region[i]]++;
      this.groupSize[this.regions + pop.type[i]]++;
    }
  }

  record(units: RunState, cost: number, step: number): void {
    const { pop, counts, groupInUse, groupAdopted, regions } = this;
    const { state, fidelity, fit, tStart, tEmbedded } = units;
    const { size, region, type } = pop;
    const { alpha, beta } = this.benefit;
    const linear = alpha === 1 && beta === 1;
    counts.fill(0);
    groupInUse.fill(0);
    groupAdopted.fill(0);
    let everEmbedded = 0;
    let sumFidelity = 0;
    let sumFit = 0;
    let sumBenefit = 0;
    // Branch-free: states are mixed at random across units, so branches on
    // them mispredict; flags multiply instead.
    for (let i = 0, n = pop.n; i < n; i++) {
      const s = state[i];
      counts[s]++;
      everEmbedded += tEmbedded[i] !== NEVER ? 1 : 0;
      const adopted = tStart[i] !== NEVER ? 1 : 0;
      const used = s === IMPLEMENTING || s === EMBEDDED ? 1 : 0;
      const r = region[i];
      const t = regions + type[i];
      groupAdopted[r] += adopted;
      groupAdopted[t] += adopted;
      groupInUse[r] += used;
      groupInUse[t] += used;
      const f = fidelity[i] * used;
      const g = fit[i] * used;
      sumFidelity += f;
      sumFit += g;
      sumBenefit += size[i] * (linear ? f * g : used * Math.pow(f, alpha) * Math.pow(g, beta));
    }
    let everAdopted = 0;
    for (let q = 0; q < regions; q++) everAdopted += groupAdopted[q];
    const inUse = counts[IMPLEMENTING] + counts[EMBEDDED];
    const series = this.series;
    const row = step * COLUMN_COUNT;
    for (let s = 0; s < STATE_COUNT; s++) series[row + s] = counts[s];
    series[row + COLUMN.in_use] = inUse;
    series[row + COLUMN.ever_adopted] = everAdopted;
    series[row + COLUMN.mean_fidelity] = inUse > 0 ? sumFidelity / inUse : 0;
    series[row + COLUMN.mean_fit] = inUse > 0 ? sumFit / inUse : 0;
    series[row + COLUMN.benefit] = sumBenefit * this.benefit.advantage;
    series[row + COLUMN.cost] = cost;
    series[row + COLUMN.ever_embedded] = everEmbedded;
    const g = this.groupSize.length;
    const base = step * g * GROUP_COLUMN_COUNT;
    for (let q = 0; q < g; q++) {
      this.groups[base + q * GROUP_COLUMN_COUNT] = this.groupSize[q];
      this.groups[base + q * GROUP_COLUMN_COUNT + 1] = groupInUse[q];
      this.groups[base + q * GROUP_COLUMN_COUNT + 2] = groupAdopted[q];
    }
  }
}
