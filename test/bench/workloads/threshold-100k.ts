// Benchmark workload threshold_100k: linear threshold 0.2, 50 synchronous steps on the
// shared 100k BA network and its seeds; checked against the reference curve. Target < 25 ms.
import { linearThreshold } from '../../../sim/kernels/linear-threshold.js';
import { loadBenchNetwork } from '../bench-network.js';
import { median, pairedMetrics, rss, timeOnce, timePaired } from '../measure.js';
import type { Workload } from '../workload.js';

const TARGET_S = 0.025;

export const threshold100k: Workload = {
  name: 'threshold_100k',
  async run() {
    rss.reset();
    const { seconds: buildSeconds, result: bench } = timeOnce(() => loadBenchNetwork('ba_N100000_m3_s42'));
    const { reference } = bench;
    const steps = reference.iterations;
    const times = timePaired(() => linearThreshold(bench.csr, bench.seeds, { theta: reference.threshold, steps }), bench.csr, 9, 3);
    const { result } = times;
    const matches = Array.from(result.adoptedPerStep).every((x, t) => x === reference.reference_threshold_adopted_per_step[t]);
    return {
      ...pairedMetrics(times, {
        buildSeconds,
        units: bench.csr.n,
        steps,
        edgeVisits: result.edgeVisits,
        finalAdopted: result.adoptedPerStep[steps],
      }),
      n: bench.csr.n,
      steps,
      edge_visits: result.edgeVisits,
      target_wall_s: TARGET_S,
      meets_target: median(times.seconds) < TARGET_S,
      matches_reference: matches,
      ok: matches,
    };
  },
};
