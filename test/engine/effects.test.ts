// Effects: fields cleared lazily between steps must read exactly as if every field a
// lever touched had been zeroed before the next step.
import { describe, expect, it } from 'vitest';
import { Effects } from '../../sim/model/effects.js';

const all = Int32Array.from([0, 1, 2, 3]);
const some = Int32Array.from([1, 3]);
const values = (e: Effects, f: 'mandate' | 'incentive' | 'fitTarget') => Array.from(e.fields[f]);

/** One step of phase 1: clear, the levers' writes, settle. */
function step(e: Effects, levers: (e: Effects) => void): void {
  e.clear();
  levers(e);
  e.settle();
}

describe('Effects', () => {
  it('keeps a field refilled with the same value, and refills with a new one', () => {
    const e = new Effects(4);
    step(e, (x) => x.add('mandate', all, 0.5));
    step(e, (x) => x.add('mandate', all, 0.5));
    expect(values(e, 'mandate')).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(e.isActive('mandate')).toBe(true);
    step(e, (x) => x.add('mandate', all, 0.25));
    expect(values(e, 'mandate')).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('zeroes and deactivates a field no lever wrote this step', () => {
    const e = new Effects(4);
    step(e, (x) => x.add('mandate', all, 0.5));
    step(e, (x) => x.add('incentive', some, 1));
    expect(values(e, 'mandate')).toEqual([0, 0, 0, 0]);
    expect(e.isActive('mandate')).toBe(false);
    expect(values(e, 'incentive')).toEqual([0, 1, 0, 1]);
    // A fill after a step at zero is a fresh fill, not a kept one.
    step(e, (x) => x.add('mandate', all, 0.5));
    expect(values(e, 'mandate')).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('starts a scatter from zero, whatever the field held last step', () => {
    const e = new Effects(4);
    step(e, (x) => x.add('incentive', all, 2));
    step(e, (x) => x.add('incentive', some, 1));
    expect(values(e, 'incentive')).toEqual([0, 1, 0, 1]);
    step(e, (x) => x.add('incentive', some, 1));
    expect(values(e, 'incentive')).toEqual([0, 1, 0, 1]);
  });

  it('adds a second lever on top of a kept fill, and zeroes what write() hands out', () => {
    const e = new Effects(4);
    step(e, (x) => x.add('mandate', all, 0.5));
    step(e, (x) => {
      x.add('mandate', all, 0.5);
      x.add('mandate', some, 1);
    });
    expect(values(e, 'mandate')).toEqual([0.5, 1.5, 0.5, 1.5]);
    step(e, (x) => x.add('mandate', all, 0.5));
    expect(values(e, 'mandate')).toEqual([0.5, 0.5, 0.5, 0.5]);
    step(e, (x) => (x.write('fitTarget')[2] = 0.7));
    step(e, (x) => expect(Array.from(x.write('fitTarget'))).toEqual([0, 0, 0, 0]));
  });
});
