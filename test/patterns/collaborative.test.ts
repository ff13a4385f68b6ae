// Pattern: a closed collaborative keeps its intervention inside
// (scenarios/frailsafe-collaborative.json).
import { describe, expect, it } from 'vitest';
import { ensemble, libraryScenario } from './support/ensemble.js';
import { describeInterval, expectAboveZero } from './support/expect-difference.js';
import { pairedDifference } from './support/bootstrap.js';
import { groupShareAt } from './support/series.js';

const CLOSED = 'Closed collaborative';
const OPEN = 'Collaborative with ties outside';
const MEMBERS = { kind: 'region' as const, names: ['Frailsafe'] };
const OTHERS = { kind: 'region' as const, names: ['North', 'Midlands', 'South'] };
/** "Few": under a fifth of the non-members. */
const FEW = 0.2;

describe('frailsafe-collaborative.json: a collaborative of 12 hospitals', () => {
  it('members adopt and few non-members do while the collaborative has no ties outside', async () => {
    const scenario = libraryScenario('frailsafe-collaborative');
    const horizon = scenario.time.steps * scenario.time.dt;
    const m = await ensemble(scenario, {
      members: (r) => groupShareAt(r, CLOSED, MEMBERS, 'ever_adopted', horizon),
      others: (r) => groupShareAt(r, CLOSED, OTHERS, 'ever_adopted', horizon),
      othersOpen: (r) => groupShareAt(r, OPEN, OTHERS, 'ever_adopted', horizon),
    });
    expectAboveZero(
      m.members,
      m.others,
      'share ever adopted, members minus non-members, closed collaborative',
      'Members are recruited, linked, funded and coached; the other hospitals hear of it through weak ties but see no peer using it.',
    );
    const others = pairedDifference(m.others, new Float64Array(m.others.length), 'non-members ever adopted, closed collaborative');
    expect(
      others.hi,
      `Few non-members take it up while the collaborative has no ties outside: expected the share of non-members that ever adopted below ${FEW}: ${describeInterval(others)}.`,
    ).toBeLessThan(FEW);
    expectAboveZero(
      m.othersOpen,
      m.others,
      'share of non-members ever adopted, collaborative with ties outside minus closed',
      'It is the missing ties that keep the checklist inside: linking members to other hospitals lets it spread.',
    );
  });
});
