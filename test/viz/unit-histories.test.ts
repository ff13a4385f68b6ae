// The network view's per-unit histories agree with what the engine recorded: at every
// step and for every strategy, the units in each state add up to the recorded counts.
import { describe, expect, it } from 'vitest';
import { COLUMN_COUNT } from '../../sim/metrics/columns.js';
import { Recorder } from '../../sim/metrics/record.js';
import { runReplicate } from '../../sim/model/replicate.js';
import { STATE_COUNT } from '../../sim/model/states.js';
import { stateCounts, unitStory } from '../../viz/network/unit-story.js';
import { systemView, unitHistories } from '../../viz/network/unit-histories.js';
import { smallScenario } from './helpers.js';

describe('unitHistories', () => {
  const scenario = smallScenario(2);
  const h = unitHistories(scenario, 1);

  it("match the engine's recorded state counts at every step of every strategy", () => {
    expect(h.states).toHaveLength(3);
    for (let s = 0; s < 3; s++) {
      for (let t = 0; t <= h.steps; t++) {
        const counts = stateCounts(h, s, t);
        for (let k = 0; k < STATE_COUNT; k++) expect(counts[k]).toBe(h.result.strategies[s].series[t * COLUMN_COUNT + k]);
      }
    }
  });

  it('leave the replicate unchanged and the recorder as it was', () => {
    const plain = runReplicate(scenario, 1);
    plain.strategies.forEach((s, i) => expect(s.series).toEqual(h.result.strategies[i].series));
    expect(Recorder.prototype.record.name).toBe('record');
  });

  it("tell a unit's story: its attributes and the steps its state changed", () => {
    const system = systemView(scenario, 1);
    const unit = Array.from({ length: h.n }, (_, i) => i).find((i) => h.states[0][h.steps * h.n + i] !== 0)!;
    const story = unitStory(system, h, 0, unit, h.steps);
    expect(story.region).toBe(system.regionNames[system.region[unit]]);
    expect(story.changes.length).toBeGreaterThan(0);
    expect(story.changes.at(-1)!.state).toBe(story.state);
    for (let k = 1; k < story.changes.length; k++) expect(story.changes[k].time).toBeGreaterThanOrEqual(story.changes[k - 1].time);
  });
});

describe('unitHistories limits', () => {
  it('refuse to record more than the view can hold, saying why', () => {
    const scenario = smallScenario(1);
    expect(() => unitHistories(scenario, 0, 1_000_000)).toThrow(/too much to record unit by unit \(729 MB\)/);
  });
});
