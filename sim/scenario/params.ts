// Parameters are data: each declares its range, default, unit and help text once,
// so the validator, the JSON Schema, the docs and the web app's controls agree.
import { z } from 'zod';

export interface ParamMeta {
  description: string;
  unit?: string;
}

/** A bounded number with a default, a unit and a description. */
export function param(min: number, max: number, fallback: number, description: string, unit?: string) {
  return z
    .number()
    .min(min)
    .max(max)
    .default(fallback)
    .meta(unit ? { description, unit } : { description });
}

/** A share or probability in [0, 1]. */
export function share(fallback: number, description: string) {
  return param(0, 1, fallback, description, 'share');
}

/** A non-negative rate per time unit (hazard). */
export function rate(fallback: number, description: string, max = 1e6) {
  return param(0, max, fallback, description, 'per time unit');
}

/** A time on the scenario's clock, in time units from the start. */
export function time(fallback: number, description: string) {
  return param(0, 1e6, fallback, description, 'time units');
}
