// An exported system as GraphML (graphology-graphml only parses): typed keys for the
// node columns and the tie kind and weight, one <node> and <edge> per line.
import type { ExportRows } from './system-export.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function graphmlText(rows: ExportRows): string {
  const keys: (readonly [string, 'node' | 'edge', 'string' | 'double'])[] = [
    ...(rows.hasRegion ? [['region', 'node', 'string'] as const] : []),
    ...(rows.hasType ? [['type', 'node', 'string'] as const] : []),
    ...(rows.hasSize ? [['size', 'node', 'double'] as const] : []),
    ...rows.attributes.map((a) => [a, 'node', 'double'] as const),
    ['kind', 'edge', 'string'],
    ['weight', 'edge', 'double'],
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([name, on, type]) => `  <key id="${name}" for="${on}" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="G" edgedefault="${rows.directed ? 'directed' : 'undirected'}">`,
  ];
  const data = (key: string, value: string | undefined) => (value === undefined || value === '' ? '' : `<data key="${key}">${escape(value)}</data>`);
  for (const n of rows.nodes) {
    const cells = [data('region', n.region), data('type', n.type), data('size', n.size), ...rows.attributes.map((a) => data(a, n.attributes[a]))].join('');
    out.push(`    <node id="${escape(n.id)}">${cells}</node>`);
  }
  for (const t of rows.ties) {
    out.push(`    <edge source="${escape(t.source)}" target="${escape(t.target)}">${data('kind', t.kind)}${data('weight', t.weight)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
