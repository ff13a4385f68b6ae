// Golden outputs: scenarios/default.json, 2 replicates of 52 steps, every strategy's
// in_use, ever_adopted, benefit and cost series rounded to 6 significant digits,
// against test/fixtures/engine/default-golden.json. A change to the model that moves
// these numbers must come with a new fixture, reviewed like code:
//
//   UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts
//
// rewrites the file (and the test then passes); commit it with the change that moved it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { runReplicate } from '../../sim/model/replicate.js';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { column } from './support/scenario.js';

const FIXTURE = 'test/fixtures/engine/default-golden.json';
const SCENARIO = 'scenarios/default.json';
const REPLICATES = 2;
const STEPS = 52;
const DIGITS = 6;
const COLUMNS = ['in_use', 'ever_adopted', 'benefit', 'cost'] as const;

type Golden = {
  scenario: string;
  replicates: number;
  steps: number;
  significantDigits: number;
  /** strategies[name][rep][column]: one rounded value per row (steps + 1). */
  strategies: Record<string, Record<string, number[]>[]>;
};

/** Rounds to DIGITS significant digits; -0 becomes 0 so JSON round-trips. */
const round = (x: number) => Number(x.toPrecision(DIGITS)) + 0;

function compute(): Golden {
  const raw = JSON.parse(readFileSync(SCENARIO, 'utf8'));
  const scenario = ScenarioSchema.parse({ ...raw, replicates: REPLICATES, time: { ...raw.time, steps: STEPS } });
  const strategies: Golden['strategies'] = {};
  for (let rep = 0; rep < REPLICATES; rep++) {
    const result = runReplicate(scenario, rep);
    result.strategies.forEach((s, k) => {
      const byColumn = Object.fromEntries(COLUMNS.map((c) => [c, column(result, c, k).map(round)]));
      (strategies[s.strategy] ??= []).push(byColumn);
    });
  }
  return { scenario: SCENARIO, replicates: REPLICATES, steps: STEPS, significantDigits: DIGITS, strategies };
}

/** JSON with one line per series, so a diff shows which series moved. */
function format(g: Golden): string {
  const lines = [
    '{',
    `  "scenario": ${JSON.stringify(g.scenario)},`,
    `  "replicates": ${g.replicates},`,
    `  "steps": ${g.steps},`,
    `  "significantDigits": ${g.significantDigits},`,
    '  "strategies": {',
  ];
  const names = Object.keys(g.strategies);
  names.forEach((name, k) => {
    lines.push(`    ${JSON.stringify(name)}: [`);
    g.strategies[name].forEach((rep, r) => {
      const cols = COLUMNS.map((c) => `        ${JSON.stringify(c)}: ${JSON.stringify(rep[c])}`);
      lines.push('      {', cols.join(',\n'), `      }${r < g.strategies[name].length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]${k < names.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

it('reproduces the golden default.json series (2 replicates, 52 steps, 6 significant digits)', () => {
  const now = compute();
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(FIXTURE), { recursive: true });
    writeFileSync(FIXTURE, format(now));
  }
  expect(existsSync(FIXTURE), `${FIXTURE} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
  const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;
  expect(Object.keys(now.strategies)).toEqual(Object.keys(golden.strategies));
  for (const name of Object.keys(golden.strategies)) {
    for (let rep = 0; rep < REPLICATES; rep++) {
      for (const c of COLUMNS) expect(now.strategies[name][rep][c], `${name} rep ${rep} ${c}`).toEqual(golden.strategies[name][rep][c]);
    }
  }
  // The series move: a golden file of constants would test nothing.
  const first = Object.values(golden.strategies)[0][0];
  expect(first.in_use[STEPS]).toBeGreaterThan(first.in_use[0]);
  expect(first.cost[STEPS]).toBeGreaterThan(0);
});
