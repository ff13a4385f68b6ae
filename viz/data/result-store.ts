// The replicates of one run as they arrive, kept by replicate index, so every view
// computed from them is the same whatever order (or number of workers) they came in.
import { strategyMetrics, SummaryAccumulator, type ReplicateMetrics, type Summary } from '../../sim/metrics/summary.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';

/** What a run is: enough to interpret every replicate's arrays. */
export interface RunShape {
  readonly strategies: readonly string[];
  readonly replicates: number;
  readonly sustainAfter: number;
}

export class ResultStore {
  private readonly byRep: (ReplicateResult | undefined)[];
  private readonly metricsByRep: (readonly ReplicateMetrics[] | undefined)[];
  private added = 0;

  constructor(readonly shape: RunShape) {
    this.byRep = new Array(shape.replicates).fill(undefined);
    this.metricsByRep = new Array(shape.replicates).fill(undefined);
  }

  /** Replicates received so far. */
  get count(): number {
    return this.added;
  }

  get complete(): boolean {
    return this.added === this.shape.replicates;
  }

  add(result: ReplicateResult): void {
    const { rep } = result;
    if (!(rep >= 0 && rep < this.shape.replicates)) throw new Error(`results: replicate ${rep} is outside 0..${this.shape.replicates - 1}`);
    if (this.byRep[rep]) throw new Error(`results: replicate ${rep} arrived twice`);
    const names = result.strategies.map((s) => s.strategy);
    if (names.join('\u0000') !== this.shape.strategies.join('\u0000')) {
      throw new Error(`results: replicate ${rep} has strategies ${names.join(', ')}, expected ${this.shape.strategies.join(', ')}`);
    }
    this.byRep[rep] = result;
    const shape = { n: result.n, steps: result.steps, dt: result.dt, groupCount: result.groups.length };
    this.metricsByRep[rep] = result.strategies.map((s) => strategyMetrics(s, shape, this.shape.sustainAfter));
    this.added++;
  }

  /** The results received, in replicate order. */
  results(): ReplicateResult[] {
    return this.byRep.filter((r): r is ReplicateResult => r !== undefined);
  }

  /** Per-replicate scalar metrics of one strategy, in replicate order. */
  metrics(strategy: number): ReplicateMetrics[] {
    const out: ReplicateMetrics[] = [];
    for (const m of this.metricsByRep) if (m) out.push(m[strategy]);
    return out;
  }

  /** Any one result, for the run's dimensions (n, steps, dt, groups); undefined before the first. */
  first(): ReplicateResult | undefined {
    return this.byRep.find((r) => r !== undefined);
  }

  /**
   * The engine's summary over the replicates received (the CLI's summary.csv numbers),
   * renumbered 0..count-1 in replicate order so a partial run summarises what it has.
   */
  summary(): Summary {
    const results = this.results();
    const acc = new SummaryAccumulator(this.shape.strategies, Math.max(1, results.length), this.shape.sustainAfter);
    results.forEach((r, i) => acc.add(r, i));
    return acc.finish();
  }
}
