// Benchmark workload import_1m: a 1,000,000-edge CSV (100,000 units, with a node table) read
// by the `file` network importer, then 20 steps simulated on it. Target: import < 10 s.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSystem } from '../../../sim/cli/import-system.js';
import { FileNetworkSchema } from '../../../sim/io/file-network-schema.js';
import { COLUMN, COLUMN_COUNT } from '../../../sim/metrics/columns.js';
import { buildSystem, runReplicate } from '../../../sim/model/replicate.js';
import { stream } from '../../../sim/random/rng.js';
import { ScenarioSchema } from '../../../sim/scenario/schema.js';
import { metrics, round, rss, scanRate, timeOnce } from '../measure.js';
import type { Workload } from '../workload.js';

const UNITS = 100_000;
const EDGES = 1_000_000;
const STEPS = 20;
const TARGET_S = 10;

/** The two files, written once (not timed): ids u0..u99999, 80% strong ties. */
function writeFiles(dir: string): { edgesMb: number } {
  const random = stream('bench', 'import-1m');
  const lines: string[] = ['source,target,kind,weight'];
  for (let e = 0; e < EDGES; e++) {
    const u = Math.floor(random() * UNITS);
    const v = Math.floor(random() * UNITS);
    lines.push(`u${u},u${v},${random() < 0.8 ? 'strong' : 'weak'},${(1 + Math.floor(random() * 100) / 100).toFixed(2)}`);
  }
  const edges = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'edges.csv'), edges);
  const nodes = ['id,region,type,capacity'];
  for (let i = 0; i < UNITS; i++) nodes.push(`u${i},R${1 + (i % 10)},${i % 20 === 0 ? 'hospital' : 'GP practice'},${(Math.floor(random() * 100) / 100).toFixed(2)}`);
  writeFileSync(join(dir, 'nodes.csv'), `${nodes.join('\n')}\n`);
  return { edgesMb: Buffer.byteLength(edges) / 2 ** 20 };
}

export const import1m: Workload = {
  name: 'import_1m',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'spread-bench-import-'));
    try {
      const { edgesMb } = writeFiles(dir);
      rss.reset();
      const network = { kind: 'file', path: 'edges.csv', nodes: 'nodes.csv' } as const;
      const start = performance.now();
      const { resolved } = await importSystem(FileNetworkSchema.parse(network), join(dir, 'scenario.json'));
      const importSeconds = (performance.now() - start) / 1000;
      rss.sample();

      // A short SI-like run on the imported system (friction off, news over ties).
      const scenario = ScenarioSchema.parse({
        name: 'bench-import',
        replicates: 1,
        time: { steps: STEPS },
        system: { network },
        dynamics: { friction: false, awareness: { external: 0, strong: 0.2, weak: 0.2 }, adoption: { base: 1, instant: true, thresholdWidth: 0 } },
        strategies: [{ name: 'seeds', levers: [{ type: 'seed', targets: { rule: 'random', k: 10 } }] }],
      });
      (scenario.system.network as { resolved?: unknown }).resolved = resolved;
      const { seconds: csrSeconds, result: system } = timeOnce(() => buildSystem(scenario, 0));
      const { seconds: wallSeconds, result } = timeOnce(() => runReplicate(scenario, 0));
      const run = result.strategies[0];
      return {
        ...metrics({
          buildSeconds: importSeconds,
          wallSeconds,
          units: resolved.n,
          steps: STEPS,
          edgeVisits: run.edgeVisits,
          finalAdopted: run.series[STEPS * COLUMN_COUNT + COLUMN.ever_adopted],
          scanPerSecond: scanRate(system.csr),
        }),
        import_s: round(importSeconds),
        edge_rows: resolved.summary.edgeRows,
        ties: resolved.summary.ties,
        units: resolved.n,
        file_mb: round(edgesMb),
        rows_per_s: Math.round(EDGES / importSeconds),
        csr_s: round(csrSeconds),
        target_import_s: TARGET_S,
        meets_target: importSeconds < TARGET_S,
        ok: resolved.n === UNITS && resolved.summary.edgeRows === EDGES,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
