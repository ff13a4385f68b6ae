// scenarios/schema.json (for editors) is the JSON Schema of ScenarioSchema as the
// code declares it now; `npm run schema` regenerates it.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { ScenarioSchema } from '../sim/scenario/schema.js';

test('scenarios/schema.json is up to date with the scenario schema (run `npm run schema` if not)', () => {
  const committed = JSON.parse(readFileSync('scenarios/schema.json', 'utf8'));
  expect(committed).toEqual(z.toJSONSchema(ScenarioSchema, { io: 'input' }));
});
