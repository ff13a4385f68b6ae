// Registers the calibration commands on the `spread` program: `fit` (ABC-SMC on the
// worker pool) and `fit-bass` (classic Bass by least squares).
import type { Command } from 'commander';
import { fitCommand, type FitContext } from './fit.js';
import { fitBassCommand, type FitBassFlags } from './fit-bass.js';
import type { FitFlags } from './fit-flags.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerFitCommands(cli: Command, ctx: FitContext): void {
  cli
    .command('fit')
    .description('Estimate scenario parameters from observed adoption by approximate Bayesian computation (ABC-SMC) on worker threads')
    .argument('<scenario>', 'scenario JSON file')
    .option('--observed <file>', 'CSV of observed cumulative shares: t, then all, region=NAME or type=NAME columns (required)')
    .option('--fit <path=low..high>', 'a parameter to estimate with a uniform prior (log:low..high for log-uniform); repeatable', collect)
    .option('--series <column>', 'fit only this column of the observed file; repeatable (default: every column)', collect)
    .option('--measure <m>', 'ever_adopted (cumulative adoption, default) or in_use')
    .option('--strategy <name>', 'the strategy whose runs are compared (default: the first)')
    .option('--particles <n>', 'particles per ABC population (default 400)')
    .option('--generations <g>', 'most ABC populations, the prior sample included (default 10)')
    .option('--quantile <q>', 'next tolerance = this quantile of the last distances (default 0.5)')
    .option('--min-acceptance <a>', 'stop after a population accepted fewer than this share of proposals (default 0.02)')
    .option('--max-simulations <m>', 'most simulations for one population (default 50 x particles)')
    .option('--predictive <m>', 'posterior draws simulated for the bands (default 200)')
    .option('--point-reps <r>', 'replicates at the point estimate for its mean curve and distance (default 100)')
    .option('--seed <seed>', "seed of the fit (default: the scenario's seed)")
    .option('--workers <w>', 'worker threads (default: all cores); results do not depend on it')
    .option('--set <path=value>', 'override a scenario field before validation; repeatable', collect)
    .option('--out <dir>', 'output directory (default: out/<scenario name>-fit)')
    .option('--force', 'replace DIR if it exists and is not empty')
    .option('--quiet', 'print nothing but errors')
    .action(async (file: string, options: FitFlags) => {
      await fitCommand(file, options, ctx);
    });

  cli
    .command('fit-bass')
    .description('Fit the classic Bass model (p, q) to observed adoption by least squares, curve by curve')
    .option('--observed <file>', 'CSV of observed cumulative shares, as for spread fit (required)')
    .option('--series <column>', 'fit only this column; repeatable (default: every column)', collect)
    .option('--market', 'also estimate the market potential m (default: m = 1, everyone adopts eventually)')
    .option('--out <file>', 'also write the estimates as JSON')
    .option('--force', 'replace --out if it exists')
    .action(async (options: FitBassFlags) => {
      await fitBassCommand(options, process.stdout);
    });
}
