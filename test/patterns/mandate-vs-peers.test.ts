// Pattern: a mandate is fast but what it spreads is not kept (scenarios/default.json,
// 'Push mandate' vs 'Peer networks').
import { describe, it } from 'vitest';
import { ensemble, leverEnd, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { shareAt, timeTo } from './support/series.js';

const MANDATE = 'Push mandate';
const PEERS = 'Peer networks';

describe('default.json: push mandate vs peer networks', () => {
  it('a mandate reaches 50% in use sooner than peer networks alone, but three years after enforcement ends its in-use share is lower', async () => {
    const scenario = libraryScenario('default', [], [MANDATE, PEERS]);
    const later = leverEnd(scenario, MANDATE, 'mandate') + 156;
    const m = await ensemble(scenario, {
      mandateTo50: (r) => timeTo(r, MANDATE, 0.5),
      peersTo50: (r) => timeTo(r, PEERS, 0.5),
      mandateLater: (r) => shareAt(r, MANDATE, 'in_use', later),
      peersLater: (r) => shareAt(r, PEERS, 'in_use', later),
    });
    expectAboveZero(
      m.peersTo50,
      m.mandateTo50,
      'weeks to 50% in use, peer networks minus mandate',
      'A mandate presses every unit to adopt by a deadline, so half the units are using it sooner than when only peers persuade.',
    );
    expectAboveZero(
      m.peersLater,
      m.mandateLater,
      `share in use at week ${later}, peer networks minus mandate`,
      'Units that complied symbolically, with little ownership or fidelity, drop out once enforcement ends; what peers spread is owned and kept.',
    );
  });
});
