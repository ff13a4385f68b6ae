// Pattern: complex contagion. With thresholds, clustered strong ties carry spread
// further than the same ties rewired at random; without thresholds, rewiring speeds
// it (scenarios/innovation-vs-improvement.json, the 'Strong ties' strategy).
import { describe, it } from 'vitest';
import { ensemble, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { shareAt, timeTo } from './support/series.js';

const STRATEGY = 'Strong ties';
const REWIRED = 'system.network.strongRewire=1';

/** The same replicates on the clustered network as written and on its rewired twin. */
async function bothNetworks(sets: string[], measure: (r: Parameters<typeof timeTo>[0]) => number) {
  const clustered = await ensemble(libraryScenario('innovation-vs-improvement', sets, [STRATEGY]), { value: measure });
  const rewired = await ensemble(libraryScenario('innovation-vs-improvement', [...sets, REWIRED], [STRATEGY]), { value: measure });
  return { clustered: clustered.value, rewired: rewired.value };
}

describe('innovation-vs-improvement.json: clustered vs rewired strong ties', () => {
  it('with thresholds above zero, a clustered network spreads further than a rewired random one of the same degree', async () => {
    const horizon = libraryScenario('innovation-vs-improvement').time.steps;
    const m = await bothNetworks([], (r) => shareAt(r, STRATEGY, 'ever_adopted', horizon));
    expectAboveZero(
      m.clustered,
      m.rewired,
      `share ever adopted at week ${horizon}, clustered minus rewired network`,
      'A unit needs several strong-tie peers in use before it is persuaded; in a clustered network the neighbours of adopters share neighbours and reinforce each other, while rewired ties scatter the adopters so no one sees enough of them.',
    );
  });

  it('with zero thresholds, rewiring speeds spread', async () => {
    // Everyone is half-way there within two years; the rest is not read.
    const m = await bothNetworks(['system.population.threshold=0', 'time.steps=104'], (r) => timeTo(r, STRATEGY, 0.5));
    expectAboveZero(
      m.clustered,
      m.rewired,
      'weeks to 50% in use, clustered minus rewired network, thresholds zero',
      'When one peer in use is enough, long random ties carry the intervention across the region in fewer steps than a lattice of close neighbours.',
    );
  });
});
