// Benchmark workload threshold_100k: linear threshold 0.2, 50 synchronous steps on the
// shared 100k BA network and its seeds; checked against the reference curve. Target < 25 ms.
import { linearThreshold } from '../../../sim/kernels/linear-threshold.js';
import { loadBenchNetwork } from '../bench-network.js';
import { metrics, rss, scanRate, timeMedian, timeOnce } from '../measure.js';
import type { Workload } from '../workload.js';

const TARGET_S = 0.025;

export const threshold100k: Workload = {
  name: 'threshold_100k',
  async run() {
    rss.reset();
    const { seconds: buildSeconds, result: bench } = timeOnce(() => loadBenchNetwork('ba_N100000_m3_s42'));
    const { reference } = bench;
    const steps = reference.iterations;
    const run = () => linearThreshold(bench.csr, bench.seeds, { theta: reference.threshold, steps });
    const { seconds, result } = timeMedian(run, 9, 3);
    const matches = Array.from(result.adoptedPerStep).every((x, t) => x === reference.reference_threshold_adopted_per_step[t]);
    return {
      ...metrics({
        buildSeconds,
        wallSeconds: seconds,
        units: bench.csr.n,
        steps,
        edgeVisits: result.edgeVisits,
        finalAdopted: result.adoptedPerStep[steps],
        scanPerSecond: scanRate(bench.csr),
      }),
      n: bench.csr.n,
      steps,
      edge_visits: result.edgeVisits,
      target_wall_s: TARGET_S,
      meets_target: seconds < TARGET_S,
      matches_reference: matches,
      ok: matches,
    };
  },
};
