// `spread fit-bass`: the classic Bass model fitted by least squares to each observed
// curve, for comparison with the network model `spread fit` estimates.
import Table from 'cli-table3';
import { fitBass, type BassFit } from '../calibrate/bass.js';
import { parseObserved } from '../calibrate/observed.js';
import { InputError } from '../scenario/errors.js';
import { writeOutputFiles } from './convert-write.js';
import { readObservedText } from './fit.js';

export interface FitBassFlags {
  readonly observed?: string;
  readonly series?: readonly string[];
  readonly market?: boolean;
  readonly out?: string;
  readonly force?: boolean;
}

const Z90 = 1.6448536269514722;
const g = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toPrecision(4));
const ci = (x: number, se: number) => (Number.isNaN(se) ? 'n/a' : `${g(x - Z90 * se)} – ${g(x + Z90 * se)}`);

export interface BassResult extends BassFit {
  readonly curve: string;
  readonly ci90: { readonly p: readonly [number, number]; readonly q: readonly [number, number]; readonly m?: readonly [number, number] };
}

export async function fitBassCommand(flags: FitBassFlags, stdout: NodeJS.WritableStream): Promise<BassResult[]> {
  if (!flags.observed) throw new InputError('', [{ path: '--observed', message: 'required: the CSV file of observed adoption (t, then all, region=NAME or type=NAME columns)' }]);
  const observed = parseObserved(await readObservedText(flags.observed), flags.observed, flags.series ?? []);
  const band = (x: number, se: number): [number, number] => [x - Z90 * se, x + Z90 * se];
  const results = observed.series.map((s): BassResult => {
    let fit: BassFit;
    try {
      fit = fitBass(observed.times, s.values, flags.market ?? false);
    } catch (e) {
      throw new InputError(flags.observed!, [{ path: s.key, message: (e as Error).message.replace(/^calibrate\/bass: /, '') }]);
    }
    return {
      curve: s.key,
      ...fit,
      ci90: { p: band(fit.p, fit.se.p), q: band(fit.q, fit.se.q), ...(fit.fittedM ? { m: band(fit.m, fit.se.m) } : {}) },
    };
  });
  const table = new Table({
    head: ['curve', 'p (external)', '90% CI', 'q (imitation)', '90% CI', ...(flags.market ? ['m (market)', '90% CI'] : []), 'RMSE', 'R²', 'peak at'],
    style: { head: [], border: [] },
  });
  for (const r of results) {
    table.push([r.curve, g(r.p), ci(r.p, r.se.p), g(r.q), ci(r.q, r.se.q), ...(flags.market ? [g(r.m), ci(r.m, r.se.m)] : []), g(r.rmse), g(r.r2), g(r.peak)]);
  }
  stdout.write(
    `${table.toString()}\nBass (1969) least squares on the cumulative shares${flags.market ? '' : ' with market potential m = 1'}; rates per time unit of t. ` +
      'Intervals are asymptotic (estimate ± 1.645 standard errors) and treat the points as independent, which cumulative curves are not: read them as optimistic.\n',
  );
  if (flags.out) {
    await writeOutputFiles([{ path: flags.out, text: `${JSON.stringify({ observed: flags.observed, model: 'bass', fittedM: flags.market ?? false, curves: results }, null, 2)}\n` }], flags.force ?? false);
  }
  return results;
}
