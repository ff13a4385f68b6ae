// The per-step outputs of one run, in the order of the time-series table.

export const OUTPUT_COLUMNS = [
  'unaware',
  'aware',
  'implementing',
  'embedded',
  'discontinued',
  'rejected',
  'in_use',
  'ever_adopted',
  'mean_fidelity',
  'mean_fit',
  'benefit',
  'cost',
  'ever_embedded',
] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];
export const COLUMN_COUNT = OUTPUT_COLUMNS.length;
export const COLUMN: { readonly [K in OutputColumn]: number } = Object.fromEntries(
  OUTPUT_COLUMNS.map((c, i) => [c, i]),
) as { [K in OutputColumn]: number };

/** Per-group outputs (equity), per step and group. */
export const GROUP_COLUMNS = ['n', 'in_use', 'ever_adopted'] as const;
export const GROUP_COLUMN_COUNT = GROUP_COLUMNS.length;
