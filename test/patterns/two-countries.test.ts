// Pattern: the same checklist as a social movement and as a top-down national
// programme (scenarios/checklist-two-countries.json).
import { describe, it } from 'vitest';
import { ensemble, leverEnd, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { shareAt } from './support/series.js';

const MOVEMENT = 'Social movement';
const NATIONAL = 'National programme';

describe('checklist-two-countries.json: social movement vs national programme', () => {
  it('the social-movement strategy beats the top-down one on in-use and sustained share', async () => {
    const scenario = libraryScenario('checklist-two-countries');
    const end = leverEnd(scenario, NATIONAL, 'rollout');
    const sustained = end + scenario.outputs.sustainAfter;
    const m = await ensemble(scenario, {
      movementInUse: (r) => shareAt(r, MOVEMENT, 'in_use', end),
      nationalInUse: (r) => shareAt(r, NATIONAL, 'in_use', end),
      movementSustained: (r) => shareAt(r, MOVEMENT, 'in_use', sustained),
      nationalSustained: (r) => shareAt(r, NATIONAL, 'in_use', sustained),
    });
    expectAboveZero(
      m.movementInUse,
      m.nationalInUse,
      `share in use when support ends (week ${end}), social movement minus national programme`,
      'Champions and lateral support persuade units that have the capacity to start; an imposed programme amid competing policies tires the units it needs.',
    );
    expectAboveZero(
      m.movementSustained,
      m.nationalSustained,
      `share in use at week ${sustained}, three years after support ends, social movement minus national programme`,
      'What units chose and shaped with their peers is kept; what they were held to lapses when the programme ends.',
    );
  });
});
