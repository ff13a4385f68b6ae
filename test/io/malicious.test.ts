// Untrusted network files: entity tricks, oversize files, too many nodes or edges,
// dangling edges, duplicate nodes and bad values are refused with the line or element named.
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, importProblem } from './helpers.js';

describe('XML safety', () => {
  it('refuses a DTD with nested entities (billion laughs) before parsing', async () => {
    expect(await importProblem({ path: 'billion-laughs.gexf' })).toBe(
      'spread: test/fixtures/io/billion-laughs.gexf: line 2: <!DOCTYPE> declarations are not accepted (a DTD can declare external or expanding entities)',
    );
  });

  it('refuses an external entity (a file read) before parsing', async () => {
    expect(await importProblem({ path: 'external-entity.graphml' })).toMatch(/external-entity\.graphml: line 2: <!DOCTYPE> declarations are not accepted/);
  });

  it('refuses a bare ENTITY declaration too', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'spread-io-'));
    try {
      writeFileSync(join(dir, 'e.gexf'), '<gexf>\n<!ENTITY x "y">\n<graph/></gexf>');
      expect(await importProblem({ path: 'e.gexf' }, dir)).toMatch(/e\.gexf: line 2: <!ENTITY> declarations are not accepted/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('xmldom itself neither expands internal entities nor reads external ones (defence in depth)', () => {
    for (const name of ['billion-laughs.gexf', 'external-entity.graphml']) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'application/xml');
      expect(doc.documentElement!.textContent!.length + (doc.getElementsByTagName('node').item(0)!.getAttribute('label') ?? '').length).toBeLessThan(100);
      expect(doc.documentElement!.toString()).not.toContain('root:');
    }
  });

  it('names the line and column of malformed XML', async () => {
    expect(await importProblem({ path: 'malformed.gexf' })).toMatch(/malformed\.gexf: line 5, column \d+: malformed XML: Opening and ending tag mismatch: "node" != "nodes"/);
  });
});

describe('limits', () => {
  it('refuses a CSV file over limits.bytes before reading it', async () => {
    expect(await importProblem({ path: 'small-edges.csv', limits: { bytes: 50 } })).toBe(
      'spread: test/fixtures/io/small-edges.csv: file is larger than 50 bytes (limits.bytes)',
    );
  });

  it('refuses an XML file over limits.xmlBytes', async () => {
    expect(await importProblem({ path: 'small.gexf', limits: { xmlBytes: 100 } })).toMatch(/small\.gexf: file is larger than 100 bytes \(limits\.xmlBytes\)/);
  });

  it('stops at the edge row that passes limits.edges', async () => {
    expect(await importProblem({ path: 'small-edges.csv', limits: { edges: 3 } })).toBe(
      'spread: test/fixtures/io/small-edges.csv: line 5: more than 3 edges (limits.edges)',
    );
  });

  it('stops at the node that passes limits.nodes (edge list only)', async () => {
    expect(await importProblem({ path: 'small-edges.csv', limits: { nodes: 3 } })).toBe(
      'spread: test/fixtures/io/small-edges.csv: line 5: more than 3 nodes (limits.nodes)',
    );
  });

  it('counts XML elements against the limits before building a graph', async () => {
    expect(await importProblem({ path: 'small.gexf', limits: { nodes: 2 } })).toMatch(/small\.gexf: line 3: <graph>: has 4 nodes, more than 2 \(limits\.nodes\)/);
    expect(await importProblem({ path: 'small.graphml', limits: { edges: 2 } })).toMatch(/small\.graphml: line 7: <graph id="G">: has 3 edges, more than 2 \(limits\.edges\)/);
  });
});

describe('malformed networks', () => {
  it('dangling edge: CSV line and XML element', async () => {
    expect(await importProblem({ path: 'dangling-edges.csv', nodes: 'abc-nodes.csv' })).toBe(
      'spread: test/fixtures/io/dangling-edges.csv: line 4: target "zz" is not a node (dangling edge)',
    );
    expect(await importProblem({ path: 'dangling.gexf' })).toBe(
      'spread: test/fixtures/io/dangling.gexf: line 10: <edge id="e2">: target "ghost" is not a node (dangling edge)',
    );
  });

  it('duplicate node: CSV line and XML element, with the first listing', async () => {
    expect(await importProblem({ path: 'small-edges.csv', nodes: 'duplicate-nodes.csv' })).toBe(
      'spread: test/fixtures/io/duplicate-nodes.csv: line 4: duplicate node id "a" (first listed on line 2)',
    );
    expect(await importProblem({ path: 'duplicate-node.graphml' })).toBe(
      'spread: test/fixtures/io/duplicate-node.graphml: line 6: <node id="a">: duplicate node id "a" (first on line 4)',
    );
  });

  it('non-numeric attribute: CSV line and XML element', async () => {
    expect(await importProblem({ path: 'dangling-edges.csv', nodes: 'bad-attribute-nodes.csv' })).toBe(
      'spread: test/fixtures/io/bad-attribute-nodes.csv: line 3: capacity: expected a number in [0, 1], got "high"',
    );
    expect(await importProblem({ path: 'bad-attribute.graphml' })).toBe(
      'spread: test/fixtures/io/bad-attribute.graphml: line 6: <node id="b">: capacity: expected a number in [0, 1], got "lots"',
    );
  });

  it('bad weight, unknown tie kind, missing column, repeated tie', async () => {
    expect(await importProblem({ path: 'bad-weight-edges.csv' })).toBe(
      'spread: test/fixtures/io/bad-weight-edges.csv: line 3: weight: expected a number > 0, got "-2"',
    );
    expect(await importProblem({ path: 'small-edges.csv', mapping: { kinds: { strong: 'strong' } } })).toBe(
      'spread: test/fixtures/io/small-edges.csv: line 3: kind: "weak" is not a tie kind (expected "strong"; map others with mapping.kinds)',
    );
    expect(await importProblem({ path: 'small-edges.csv', mapping: { source: 'from' } })).toBe(
      'spread: test/fixtures/io/small-edges.csv: line 1: no column "from" (mapping.source); the columns are "source", "target", "kind", "weight"',
    );
    expect(await importProblem({ path: 'small-edges.csv', repeated: 'error' })).toBe(
      'spread: test/fixtures/io/small-edges.csv: line 8: tie repeats the one on line 2 (set "repeated": "first" or "sum" to accept repeats)',
    );
  });

  it('malformed CSV names the line csv-parse stopped on', async () => {
    expect(await importProblem({ path: 'unbalanced-quote.csv' })).toMatch(/unbalanced-quote\.csv: line \d: malformed CSV: /);
  });

  it('more distinct regions than the 16-bit labels hold', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'spread-io-'));
    try {
      const rows = Array.from({ length: 65537 }, (_, i) => `n${i},r${i}`);
      writeFileSync(join(dir, 'n.csv'), `id,region\n${rows.join('\n')}\n`);
      writeFileSync(join(dir, 'e.csv'), 'source,target\nn0,n1\n');
      expect(await importProblem({ path: 'e.csv', nodes: 'n.csv' }, dir)).toMatch(/n\.csv: 65537 distinct region labels; at most 65536 are supported \(mapping\.region\)/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a missing file is bad input, not a crash', async () => {
    expect(await importProblem({ path: 'nowhere.csv' })).toBe('spread: test/fixtures/io/nowhere.csv: cannot read the file: it does not exist');
  });
});
