// Benchmark workload si_100k: SI with p = 0.05 per adopted neighbour per step, 50 steps,
// on the shared 100k BA network and its seeds (fixed stream). Target < 100 ms.
import { si } from '../../../sim/kernels/si.js';
import { stream } from '../../../sim/random/rng.js';
import { loadBenchNetwork } from '../bench-network.js';
import { median, pairedMetrics, rss, timeOnce, timePaired } from '../measure.js';
import type { Workload } from '../workload.js';

const TARGET_S = 0.1;
const P = 0.05;
const STEPS = 50;

export const si100k: Workload = {
  name: 'si_100k',
  async run() {
    rss.reset();
    const { seconds: buildSeconds, result: bench } = timeOnce(() => loadBenchNetwork('ba_N100000_m3_s42'));
    // The same stream every repetition: identical work, so the timings are comparable.
    const run = () => si(bench.csr, bench.seeds, { p: P, steps: STEPS, random: stream(42, 'bench', 'si') });
    const times = timePaired(run, bench.csr, 9, 3);
    const finalAdopted = times.result.adoptedPerStep[STEPS];
    return {
      ...pairedMetrics(times, {
        buildSeconds,
        units: bench.csr.n,
        steps: STEPS,
        edgeVisits: times.result.edgeVisits,
        finalAdopted,
      }),
      n: bench.csr.n,
      steps: STEPS,
      edge_visits: times.result.edgeVisits,
      final_share: Number((finalAdopted / bench.csr.n).toFixed(5)),
      target_wall_s: TARGET_S,
      meets_target: median(times.seconds) < TARGET_S,
      ok: true,
    };
  },
};
