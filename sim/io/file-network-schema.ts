// The scenario's `file` network kind: a system imported from a CSV edge list (plus an
// optional node table), GEXF or GraphML, with a mapping from columns to the model.
import { z } from 'zod';

/** Unit attributes a node table may give unit by unit (the rest are drawn). */
export const GIVEN_ATTRIBUTES = ['capacity', 'capability', 'receptiveness', 'leadership', 'threshold', 'fatigue'] as const;
export type GivenAttribute = (typeof GIVEN_ATTRIBUTES)[number];

export const IMPORT_FORMATS = ['csv', 'gexf', 'graphml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const column = (description: string) => z.string().min(1).optional().meta({ description });

export const ImportMappingSchema = z
  .strictObject({
    id: column("Node id column of the node table (default 'id'); GEXF and GraphML use the node's id"),
    source: column("Edge column naming the influencing unit (default 'source')"),
    target: column("Edge column naming the influenced unit (default 'target')"),
    kind: column("Edge column or attribute holding the tie kind (default 'kind' when present; otherwise every tie is strong)"),
    kinds: z
      .record(z.string(), z.enum(['strong', 'weak']))
      .optional()
      .meta({ description: "Tie kind of each value of the kind column, e.g. {\"advice\": \"strong\", \"friend\": \"weak\"}; default: the values 'strong' and 'weak'" }),
    weight: column("Edge column or attribute holding the tie weight, > 0 (default 'weight' when present; otherwise 1)"),
    region: column("Node column or attribute holding the region (default 'region' when present; otherwise one region R1)"),
    type: column("Node column or attribute holding the unit type (default 'type' when present; otherwise one type 'unit')"),
    size: column("Node column or attribute holding the population served, > 0 (default 'size' when present; otherwise 1)"),
    attributes: z
      .strictObject(
        Object.fromEntries(GIVEN_ATTRIBUTES.map((a) => [a, column(`Node column giving ${a} in [0, 1] (default '${a}' when present); an empty cell is drawn from the population's distribution`)])) as {
          [K in GivenAttribute]: ReturnType<typeof column>;
        },
      )
      .prefault({})
      .meta({ description: 'Unit attributes given unit by unit, by column name' }),
  })
  .prefault({});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

const count = (fallback: number, description: string) =>
  z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(fallback).meta({ description });

/** Limits on untrusted files: checked before and while reading. */
export const ImportLimitsSchema = z
  .strictObject({
    bytes: count(1 << 30, 'Largest CSV file read, in bytes'),
    xmlBytes: count(100 * (1 << 20), 'Largest GEXF or GraphML file read, in bytes (XML is parsed in memory)'),
    nodes: count(5_000_000, 'Most nodes (units) accepted'),
    edges: count(50_000_000, 'Most edges (rows of the edge list) accepted'),
  })
  .prefault({});
export type ImportLimits = z.infer<typeof ImportLimitsSchema>;

export const FileNetworkSchema = z
  .strictObject({
    kind: z.literal('file'),
    path: z.string().min(1).meta({ description: 'The network file (CSV edge list, GEXF or GraphML), relative to the scenario file' }),
    format: z
      .enum(IMPORT_FORMATS)
      .optional()
      .meta({ description: 'File format; by default from the extension (.csv, .gexf, .graphml)' }),
    nodes: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'CSV node table for a CSV edge list, relative to the scenario file; it fixes the units and their order' }),
    directed: z
      .boolean()
      .optional()
      .meta({ description: 'Ties point from source to target (the source influences the target); by default as the file says (GEXF, GraphML) or false (CSV)' }),
    repeated: z
      .enum(['first', 'sum', 'error'])
      .default('first')
      .meta({ description: "A tie listed more than once: keep the first row's kind and weight, sum the weights (strong if any row is), or reject the file" }),
    mapping: ImportMappingSchema,
    limits: ImportLimitsSchema,
  })
  .meta({ description: 'A system imported from a file: ties, and optionally regions, types, sizes and unit attributes' });
export type FileNetworkSpec = z.infer<typeof FileNetworkSchema>;
