// Pattern: the cliff when an incentive ends, and what softens it
// (scenarios/incentive-cliff.json).
import { describe, it } from 'vitest';
import { ensemble, leverEnd, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { shareAt } from './support/series.js';

const ALONE = 'Payments alone';
const PEERS = 'Payments + peer network';
const ASSURED = 'Payments + assurance';

describe('incentive-cliff.json: what remains when payments stop', () => {
  it('after an incentive ends, in-use share falls, and falls less with peer networks or assurance alongside', async () => {
    const base = libraryScenario('incentive-cliff');
    const end = leverEnd(base, ALONE, 'incentive');
    const after = end + 104;
    // Nothing after the two years that follow the payments is read.
    const scenario = libraryScenario('incentive-cliff', [`time.steps=${after / base.time.dt}`]);
    const fall = (strategy: string) => (r: Parameters<typeof shareAt>[0]) =>
      1 - shareAt(r, strategy, 'in_use', after) / shareAt(r, strategy, 'in_use', end);
    const m = await ensemble(scenario, {
      aloneAtEnd: (r) => shareAt(r, ALONE, 'in_use', end),
      aloneAfter: (r) => shareAt(r, ALONE, 'in_use', after),
      aloneFall: fall(ALONE),
      peersFall: fall(PEERS),
      assuredFall: fall(ASSURED),
    });
    expectAboveZero(
      m.aloneAtEnd,
      m.aloneAfter,
      `share in use at week ${end} (payments stop) minus at week ${after}, payments alone`,
      'Practices that took it up because they were paid stop when the payments do.',
    );
    expectAboveZero(
      m.aloneFall,
      m.peersFall,
      `relative fall in use over the two years after payments stop, payments alone minus with a peer network`,
      'With peer support more of the uptake was chosen rather than bought, so less of it goes when the money does.',
    );
    expectAboveZero(
      m.aloneFall,
      m.assuredFall,
      `relative fall in use over the two years after payments stop, payments alone minus with assurance`,
      'Inspection that continues after the payments lowers the chance that embedded practices stop.',
    );
  });
});
