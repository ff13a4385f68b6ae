// Prints benchmark results as a plain-text table: one row per figure, one column per
// workload, so records with different extra keys still line up.
import type { WorkloadMetrics } from './workload.js';

const FIRST = ['build_s', 'wall_s', 'unit_steps_per_s', 'edge_visits_per_s', 'peak_rss_mb', 'final_adopted', 'scan_ratio'];

export function formatTable(results: Record<string, WorkloadMetrics>): string {
  const names = Object.keys(results);
  const keys = [...FIRST];
  for (const name of names) for (const key of Object.keys(results[name])) if (!keys.includes(key)) keys.push(key);
  const cells = [['', ...names], ...keys.map((key) => [key, ...names.map((name) => show(results[name][key]))])];
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function show(value: number | string | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value) && Math.abs(value) >= 1e4) return value.toLocaleString('en-US');
  return String(value);
}
