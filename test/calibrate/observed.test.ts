// Observed curves and fitted parameters as the fit reads them: shapes, the steps they
// fall on, and every kind of bad input named by line or flag.
import { describe, expect, it } from 'vitest';
import { observedRows, rmse } from '../../sim/calibrate/curve-plan.js';
import { checkFitParams, parseFitArg } from '../../sim/calibrate/fit-params.js';
import { parseObserved } from '../../sim/calibrate/observed.js';
import { withValues } from '../../sim/calibrate/set-values.js';
import { formatInputError, InputError } from '../../sim/scenario/errors.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return formatInputError(e).join('\n');
    throw e;
  }
  throw new Error('expected bad input');
}

describe('parseObserved', () => {
  it('reads t and the curves, blanks as not observed, and keeps only --series columns', () => {
    const o = parseObserved('t,all,region=North,type=GP practice\n1,0.1,0.2,\n2.5,0.3,,0.5\n', 'obs.csv');
    expect([...o.times]).toEqual([1, 2.5]);
    expect(o.series.map((s) => [s.key, s.kind, s.group])).toEqual([['all', 'all', undefined], ['region=North', 'region', 'North'], ['type=GP practice', 'type', 'GP practice']]);
    expect([...o.series[1].values]).toEqual([0.2, Number.NaN]);
    expect(parseObserved('t,all,type=x\n1,0.1,0.2\n', 'o', ['type=x']).series.map((s) => s.key)).toEqual(['type=x']);
  });

  it('names the line and column of bad input', () => {
    expect(problem(() => parseObserved('time,all\n1,0.1\n', 'o.csv'))).toBe('spread: o.csv: line 1: the first column must be t (time, in the scenario\'s time unit), got "time"');
    expect(problem(() => parseObserved('t,everyone\n1,0.1\n', 'o.csv'))).toBe('spread: o.csv: line 1: column "everyone": expected all, region=NAME or type=NAME');
    expect(problem(() => parseObserved('t,all\n1,0.1\n2,1.5\n', 'o.csv'))).toBe('spread: o.csv: line 3: all: expected a share in [0, 1] (blank if not observed), got "1.5"');
    expect(problem(() => parseObserved('t,all\n2,0.1\n1,0.2\n', 'o.csv'))).toBe('spread: o.csv: line 3: t: times must increase, got 1 after 2');
    expect(problem(() => parseObserved('t,all\n', 'o.csv'))).toBe('spread: o.csv: expected a header and at least one row of observations');
    expect(problem(() => parseObserved('t,all\n1,0.1\n', 'o.csv', ['region=X']))).toMatch(/line 1: no column "region=X" \(--series\)/);
    expect(problem(() => parseObserved('t,all,type=a\n1,0.1,\n2,0.2,\n', 'o.csv'))).toBe('spread: o.csv: column "type=a" has no observations (every cell is blank)');
  });

  it('places observations on the step grid, or says which time is off it', () => {
    const o = parseObserved('t,all\n0.5,0.1\n1.5,0.2\n', 'o.csv');
    expect(observedRows(o, 0.25, 'o.csv')).toEqual([2, 6]);
    expect(problem(() => observedRows(o, 0.4, 'o.csv'))).toBe('spread: o.csv: line 2: t = 0.5 is not a whole number of steps of time.dt = 0.4');
  });

  it('measures distance as the RMSE over observed points only', () => {
    const o = parseObserved('t,all,type=a\n1,0.1,\n2,0.3,0.5\n', 'o.csv');
    // Curve-major: all at t=1,2 then type=a at t=1,2 (the blank is skipped).
    expect(rmse(o, Float64Array.from([0.2, 0.3, 0.9, 0.7]))).toBeCloseTo(Math.sqrt((0.01 + 0 + 0.04) / 3), 12);
  });
});

describe('--fit parameters', () => {
  const raw = { name: 'x', system: { network: { kind: 'complete', n: 10 } }, strategies: [{ name: 's', levers: [{ type: 'seed' }] }] };

  it('parses linear and log ranges', () => {
    expect(parseFitArg('dynamics.adoption.base=0.01..0.5')).toMatchObject({ name: 'dynamics.adoption.base', low: 0.01, high: 0.5, log: false });
    expect(parseFitArg('strategies[0].levers[0].start=log:1..100')).toMatchObject({ path: ['strategies', 0, 'levers', 0, 'start'], log: true });
  });

  it('checks each path against the scenario format at both ends of its range', () => {
    expect(checkFitParams(['dynamics.adoption.imitation=0..2'], raw, 's.json')).toHaveLength(1);
    expect(problem(() => checkFitParams(['dynamics.adoption.bass=0..2'], raw, 's.json'))).toMatch(/--fit dynamics\.adoption\.bass=0\.\.2: .*adoption has no field 'bass'/);
    expect(problem(() => checkFitParams(['dynamics.awareness.external=0..2'], raw, 's.json'))).toBe(
      'spread: s.json: --fit dynamics.awareness.external=0..2: dynamics.awareness.external: expected a number <= 1, got 2',
    );
    expect(problem(() => checkFitParams(['dynamics.adoption.base=0.5..0.1'], raw, 's.json'))).toMatch(/the range must have low < high/);
    expect(problem(() => checkFitParams(['dynamics.adoption.base=log:0..1'], raw, 's.json'))).toMatch(/a log: range must be above 0/);
    expect(problem(() => checkFitParams(['dynamics.adoption.base=0..1', 'dynamics.adoption.base=0..2'], raw, 's.json'))).toMatch(/fitted twice/);
    expect(problem(() => checkFitParams(['name=0..1'], raw, 's.json'))).toMatch(/--fit name=0\.\.1: name: expected a string/);
    expect(problem(() => checkFitParams([], raw, 's.json'))).toMatch(/--fit: give at least one parameter/);
  });

  it('sets values by copying only the objects on the path', () => {
    const scenario = ScenarioSchema.parse(raw);
    const set = withValues(scenario, [['dynamics', 'adoption', 'base'], ['strategies', 0, 'levers', 0, 'start']], [0.25, 3]);
    expect(set.dynamics.adoption.base).toBe(0.25);
    expect(set.strategies[0].levers[0].start).toBe(3);
    expect(scenario.dynamics.adoption.base).toBe(0.01);
    expect(scenario.strategies[0].levers[0].start).toBe(0);
    expect(set.system).toBe(scenario.system);
  });
});
