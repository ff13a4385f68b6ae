// The scenario's JSON Schema as files are written (defaults optional), made from the zod
// declarations: the same document `spread schema` prints, and the source of the controls.
import { z } from 'zod';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import type { JsonSchema } from './field-specs.js';

export const SCENARIO_JSON_SCHEMA = z.toJSONSchema(ScenarioSchema, { io: 'input' }) as JsonSchema;
