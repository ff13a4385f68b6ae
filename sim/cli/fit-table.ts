// The table `spread fit` prints: each parameter's estimate and 90% credible interval,
// then the fit's distances and what ABC did.
import Table from 'cli-table3';
import type { ParameterEstimate } from '../calibrate/fit-summary.js';

const g = (x: number) => (Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(3) : x.toPrecision(4));

export function fitTable(
  est: readonly ParameterEstimate[],
  distance: { pointEstimateMeanCurve: number; pointEstimateRunsMedian: number; finalTolerance: number },
  abc: { particles: number; populations: number; simulations: number; stopped: string; finalEss: number },
): string {
  const table = new Table({ head: ['parameter', 'estimate\n(posterior median)', '90% credible\ninterval', 'prior'], style: { head: [], border: [] } });
  for (const e of est) {
    table.push([e.name, g(e.estimate), `${g(e.ci90[0])} – ${g(e.ci90[1])}`, `${e.prior.scale === 'log' ? 'log-uniform' : 'uniform'} ${g(e.prior.low)} – ${g(e.prior.high)}`]);
  }
  return (
    `${table.toString()}\n` +
    `Distance (RMSE of shares): ${g(distance.pointEstimateMeanCurve)} for the mean curve at the estimate; ` +
    `${g(distance.pointEstimateRunsMedian)} median single run; final ABC tolerance ${g(distance.finalTolerance)}.\n` +
    `ABC-SMC: ${abc.populations} populations of ${abc.particles} particles, ${abc.simulations} simulations, ` +
    `stopped by ${abc.stopped}; effective sample size ${abc.finalEss.toFixed(0)}.\n`
  );
}
