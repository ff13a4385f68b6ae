// The import and export commands through the built CLI: bad files exit 2 with the line
// named and write nothing; good ones write every format; outputs are never half written.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entries, lines, read, spread, tempDir } from '../cli/helpers.js';
import { FIXTURES } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);
beforeAll(assertBuilt);

function scenarioWith(name: string, network: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ name, replicates: 2, time: { steps: 3 }, system: { network }, strategies: [{ name: 'none' }] }));
  return path;
}

describe('bad network files through the command line', () => {
  for (const name of ['billion-laughs.gexf', 'external-entity.graphml', 'dangling.gexf', 'duplicate-node.graphml']) copyFileSync(join(FIXTURES, name), join(dir, name));

  // One command per file (the messages themselves are checked in-process in malicious.test.ts).
  it.each([
    ['billion-laughs.gexf', 'run', /billion-laughs\.gexf: line 2: <!DOCTYPE> declarations are not accepted/],
    ['external-entity.graphml', 'validate', /external-entity\.graphml: line 2: <!DOCTYPE> declarations are not accepted/],
    ['dangling.gexf', 'export', /dangling\.gexf: line 10: <edge id="e2">: target "ghost" is not a node \(dangling edge\)/],
    ['duplicate-node.graphml', 'run', /duplicate-node\.graphml: line 6: <node id="a">: duplicate node id "a"/],
  ])('%s: spread %s exits 2, names the line, writes nothing', (file, command, message) => {
    const scenario = scenarioWith(`bad-${file}`, { kind: 'file', path: file });
    const out = join(dir, `out-${file}`);
    const args = { run: ['run', scenario, '--out', out, '--quiet'], validate: ['validate', scenario], export: ['export', scenario, '--out', `${out}.csv`] }[command]!;
    const r = spread(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(entries(dir).filter((e) => e.startsWith(`out-${file}`) || e.includes('.partial-'))).toEqual([]);
  });

  it('convert refuses a bad file the same way, and writes nothing', () => {
    const out = join(dir, 'never.graphml');
    const r = spread(['convert', join(FIXTURES, 'bad-attribute.graphml'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad-attribute\.graphml: line 6: <node id="b">: capacity: expected a number in \[0, 1\], got "lots"/);
    expect(existsSync(out)).toBe(false);
  });

});

describe('spread export and spread convert', () => {
  it('exports a scenario in each format and converts between them without loss', () => {
    const scenario = join(import.meta.dirname, '..', '..', 'scenarios', 'medical-innovation.json');
    for (const ext of ['csv', 'gexf']) {
      const r = spread(['export', scenario, '--out', join(dir, `mi.${ext}`)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/246 units, 1099 directed ties/);
    }
    expect(lines(join(dir, 'mi.csv'))).toHaveLength(1100);
    expect(lines(join(dir, 'mi.nodes.csv'))[0]).toBe('id,region,type,size,capacity,capability,receptiveness,leadership,threshold,fatigue');
    // GEXF -> GraphML -> CSV gives back the CSV export, row for row.
    expect(spread(['convert', join(dir, 'mi.gexf'), '--out', join(dir, 'via.graphml')]).status).toBe(0);
    expect(spread(['convert', join(dir, 'via.graphml'), '--out', join(dir, 'via.csv')]).status).toBe(0);
    expect(lines(join(dir, 'via.csv')).sort()).toEqual(lines(join(dir, 'mi.csv')).sort());
    expect(read(join(dir, 'via.nodes.csv'))).toBe(read(join(dir, 'mi.nodes.csv')));
  });

  it('converts a CSV with a mapping from flags', () => {
    const data = join(import.meta.dirname, '..', '..', 'scenarios', 'data', 'medical-innovation');
    const out = join(dir, 'ckm.graphml');
    const r = spread([
      'convert', join(data, 'edges.csv'), '--nodes', join(data, 'physicians.csv'), '--out', out, '--directed', '--repeated', 'sum',
      '--map', 'source=to', '--map', 'target=from', '--map', 'kind=type', '--map', 'region=town', '--map', 'type=sample',
      '--kinds', '{"advice":"strong","discussion":"strong","friend":"weak"}',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/246 units, 1099 directed ties/);
    expect(read(out)).toContain('<key id="region" for="node" attr.name="region" attr.type="string"/>');
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', () => {
    const out = join(dir, 'exists.gexf');
    writeFileSync(out, 'keep me');
    const scenario = scenarioWith('ring', { kind: 'ringLattice', n: 10 });
    const r = spread(['export', scenario, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists\.gexf: file exists \(use --force to replace it\)/);
    expect(read(out)).toBe('keep me');
    expect(spread(['export', scenario, '--out', out, '--force']).status).toBe(0);
    expect(read(out)).toMatch(/^<\?xml/);
  });

  it('bad flags are bad input', () => {
    const scenario = scenarioWith('ring2', { kind: 'ringLattice', n: 10 });
    expect(spread(['export', scenario, '--out', join(dir, 'x.txt')]).stderr).toMatch(/--format: cannot tell the format of .*x\.txt/);
    expect(spread(['convert', join(FIXTURES, 'small.gexf'), '--out', join(dir, 'y.csv'), '--map', 'colour=c']).stderr).toMatch(/--map colour: unknown field/);
  });
});
