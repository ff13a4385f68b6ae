// Pattern: realised benefit against the adaptation allowance (scenarios/fidelity-vs-adaptation.json).
import { describe, it } from 'vitest';
import { ensemble, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { cumulative } from './support/series.js';

const FORMAT = 'Format (a = 0)';
const MIDDLE = 'a = 0.5';
const FUNCTION = 'Function (a = 1)';
const STRATEGIES = [FORMAT, MIDDLE, FUNCTION];

/** Capable units (mean capability 0.8) and an itemised core in every strategy. */
const CAPABLE_WELL_SPECIFIED = [
  'system.population.capability={"dist":"beta","alpha":8,"beta":2}',
  ...[0, 1, 2, 3, 4].map((i) => `strategies[${i}].coreSpecified=0.9`),
];

async function benefits(sets: string[]) {
  const scenario = libraryScenario('fidelity-vs-adaptation', sets, STRATEGIES);
  return ensemble(scenario, {
    format: (r) => cumulative(r, FORMAT, 'benefit'),
    middle: (r) => cumulative(r, MIDDLE, 'benefit'),
    function: (r) => cumulative(r, FUNCTION, 'benefit'),
  });
}

describe('fidelity-vs-adaptation.json: realised benefit against adaptation allowance', () => {
  it('rises then falls when capability is mixed and the core is poorly specified', async () => {
    const b = await benefits([]);
    expectAboveZero(
      b.middle,
      b.format,
      'cumulative benefit, allowance 0.5 minus 0 (mixed capability, core poorly specified)',
      'Some adaptation pays: capable units fit the periphery to their setting, which rigid replication never does.',
    );
    expectAboveZero(
      b.middle,
      b.function,
      'cumulative benefit, allowance 0.5 minus 1 (mixed capability, core poorly specified)',
      'Too much adaptation costs: where the core is unclear, less capable units dilute it and the benefit is lost.',
    );
  });

  it('keeps rising when capability is high and the core is well specified', async () => {
    const b = await benefits(CAPABLE_WELL_SPECIFIED);
    expectAboveZero(
      b.middle,
      b.format,
      'cumulative benefit, allowance 0.5 minus 0 (capable units, core itemised)',
      'Capable units adapt the periphery and keep the itemised core, so adaptation adds fit without losing fidelity.',
    );
    expectAboveZero(
      b.function,
      b.middle,
      'cumulative benefit, allowance 1 minus 0.5 (capable units, core itemised)',
      'With the core protected, standardising by function keeps paying all the way to full adaptation.',
    );
  });
});
