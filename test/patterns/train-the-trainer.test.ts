// Pattern: train-the-trainer against central training on the same budget
// (scenarios/prompt-train-the-trainer.json).
import { describe, it } from 'vitest';
import { ensemble, libraryScenario } from './support/ensemble.js';
import { expectAboveZero } from './support/expect-difference.js';
import { shareAt } from './support/series.js';

const CASCADE = 'Train-the-trainer';
const CENTRAL = 'Central training';

describe('prompt-train-the-trainer.json: the same training budget two ways', () => {
  it('train-the-trainer reaches more units over ten years than the same budget spent on central training', async () => {
    const scenario = libraryScenario('prompt-train-the-trainer', [], [CASCADE, CENTRAL]);
    const tenYears = 520;
    const m = await ensemble(scenario, {
      cascade: (r) => shareAt(r, CASCADE, 'in_use', tenYears),
      central: (r) => shareAt(r, CENTRAL, 'in_use', tenYears),
    });
    expectAboveZero(
      m.cascade,
      m.central,
      'share of units running it at ten years, train-the-trainer minus central training',
      'A course in a box is cheap to pass on, so the same money trains units for years, where they use it and as staff turn over; a central course is spent in a month.',
    );
  });
});
