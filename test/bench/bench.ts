// The benchmark harness (`npm run bench`): runs each workload in order, prints a table,
// then, as the last line, one JSON object keyed by workload name.
import { loadavg } from 'node:os';
import { formatTable } from './format-table.js';
import type { WorkloadMetrics } from './workload.js';
import { workloads } from './workloads/index.js';

async function main(): Promise<void> {
  const only = process.argv.slice(2); // optional workload names to run
  const results: Record<string, WorkloadMetrics> = {};
  for (const workload of workloads) {
    if (only.length > 0 && !only.includes(workload.name)) continue;
    process.stderr.write(`bench: ${workload.name} ...\n`);
    results[workload.name] = await workload.run();
  }
  // Timings move with other processes' load on a shared machine: say what it was.
  console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(2)}`);
  console.log(formatTable(results));
  const failed = Object.entries(results).filter(([, m]) => m.ok === false);
  for (const [name] of failed) console.log(`bench: ${name} gave a wrong result (see ok / reached_all / matches_reference)`);
  if (failed.length > 0) process.exitCode = 1;
  console.log(JSON.stringify(results));
}

await main();
