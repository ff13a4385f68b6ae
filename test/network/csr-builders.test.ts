// Tests for the CSR builders: edge arrays (fast and general paths), directed rows,
// compiling graphology graphs, and the Csr helpers.
import { DirectedGraph, UndirectedGraph, default as Graph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { STRONG, WEAK, entryIndex, isUndirected, makeCsr } from '../../sim/network/csr.js';
import { compileGraph } from '../../sim/network/compile.js';
import { csrFromEdgeArrays, directedCsrFromEdgeArrays } from '../../sim/network/edge-arrays.js';
import { csrProblems, expectValidCsr, row } from './csr-checks.js';

const u32 = (xs: number[]) => Uint32Array.from(xs);

describe('csrFromEdgeArrays', () => {
  it('puts each tie in both rows, sorted by neighbour, dropping self-loops and repeats', () => {
    const csr = csrFromEdgeArrays(5, u32([3, 0, 0, 2, 4, 1, 0]), u32([0, 1, 3, 2, 0, 0, 4]));
    expectValidCsr(csr);
    expect(isUndirected(csr)).toBe(true);
    expect(row(csr, 0)).toEqual([1, 3, 4]);
    expect(row(csr, 1)).toEqual([0]);
    expect(row(csr, 2)).toEqual([]); // only a self-loop
    expect(row(csr, 3)).toEqual([0]);
    expect(row(csr, 4)).toEqual([0]);
    expect(Array.from(csr.kinds)).toEqual([STRONG, STRONG, STRONG, STRONG, STRONG, STRONG]);
    expect(Array.from(csr.weights)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('sorts long rows too (the hub of a star)', () => {
    const n = 200;
    const leaves = Array.from({ length: n - 1 }, (_, k) => n - 1 - k); // descending
    const csr = csrFromEdgeArrays(n, u32(leaves), u32(leaves.map(() => 0)));
    expectValidCsr(csr);
    expect(row(csr, 0)).toEqual(Array.from({ length: n - 1 }, (_, k) => k + 1));
  });

  it('keeps the first kind and weight of a repeated tie, either way round', () => {
    const csr = csrFromEdgeArrays(3, u32([0, 1, 1]), u32([1, 0, 2]), Uint8Array.from([WEAK, STRONG, STRONG]), Float32Array.from([2, 5, 3]));
    expectValidCsr(csr);
    expect(csr.kinds[entryIndex(csr, 0, 1)]).toBe(WEAK);
    expect(csr.kinds[entryIndex(csr, 1, 0)]).toBe(WEAK);
    expect(csr.weights[entryIndex(csr, 1, 0)]).toBe(2);
    expect(csr.weights[entryIndex(csr, 2, 1)]).toBe(3);
    expect(csr.neighbors.length).toBe(4);
  });

  it('rejects units out of range', () => {
    expect(() => csrFromEdgeArrays(3, u32([0]), u32([3]))).toThrow(/out of range/);
    expect(() => csrFromEdgeArrays(3, u32([0]), u32([3]), Uint8Array.from([0]))).toThrow(/out of range/);
  });
});

describe('directedCsrFromEdgeArrays', () => {
  it('holds in-neighbours in the rows and out-neighbours in out', () => {
    // 0 -> 2, 1 -> 2, 2 -> 0, 2 -> 3, repeated 1 -> 2
    const csr = directedCsrFromEdgeArrays(4, u32([0, 1, 2, 2, 1]), u32([2, 2, 0, 3, 2]));
    expectValidCsr(csr);
    expect(isUndirected(csr)).toBe(false);
    expect(row(csr, 2)).toEqual([0, 1]);
    expect(row(csr, 0)).toEqual([2]);
    expect(row(csr, 3)).toEqual([2]);
    expect(row(csr, 1)).toEqual([]);
    expect(row(csr.out, 2)).toEqual([0, 3]);
    expect(row(csr.out, 1)).toEqual([2]);
    expect(row(csr.out, 3)).toEqual([]);
  });
});

describe('compileGraph', () => {
  it('numbers nodes in graph order and reads kind and weight', () => {
    const g = new UndirectedGraph();
    ['c', 'a', 'b'].forEach((k) => g.addNode(k));
    g.addEdge('a', 'c', { kind: 'weak', weight: 2.5 });
    g.addEdge('b', 'a');
    const csr = compileGraph(g);
    expectValidCsr(csr);
    // c = 0, a = 1, b = 2
    expect(row(csr, 0)).toEqual([1]);
    expect(row(csr, 1)).toEqual([0, 2]);
    expect(csr.kinds[entryIndex(csr, 0, 1)]).toBe(WEAK);
    expect(csr.weights[entryIndex(csr, 1, 0)]).toBe(2.5);
    expect(csr.kinds[entryIndex(csr, 2, 1)]).toBe(STRONG);
    expect(csr.weights[entryIndex(csr, 2, 1)]).toBe(1);
  });

  it('compiles a directed graph to in-rows and out-rows', () => {
    const g = new DirectedGraph();
    for (let i = 0; i < 4; i++) g.addNode(i);
    g.addEdge(3, 0, { kind: WEAK });
    g.addEdge(1, 0);
    g.addEdge(0, 2);
    const csr = compileGraph(g);
    expectValidCsr(csr);
    expect(row(csr, 0)).toEqual([1, 3]);
    expect(row(csr, 2)).toEqual([0]);
    expect(row(csr.out, 0)).toEqual([2]);
    expect(row(csr.out, 3)).toEqual([0]);
    expect(csr.kinds[entryIndex(csr, 0, 3)]).toBe(WEAK);
  });

  it('treats an undirected edge in a mixed graph as influence both ways', () => {
    const g = new Graph({ type: 'mixed' });
    for (let i = 0; i < 3; i++) g.addNode(i);
    g.addDirectedEdge(0, 1);
    g.addUndirectedEdge(1, 2);
    const csr = compileGraph(g);
    expectValidCsr(csr);
    expect(row(csr, 1)).toEqual([0, 2]);
    expect(row(csr.out, 1)).toEqual([2]);
    expect(row(csr.out, 2)).toEqual([1]);
  });

  it('rejects non-positive weights', () => {
    const g = new UndirectedGraph();
    g.addNode(0);
    g.addNode(1);
    g.addEdge(0, 1, { weight: 0 });
    expect(() => compileGraph(g)).toThrow(/weight/);
  });
});

describe('csrProblems (the checker itself)', () => {
  it('reports an asymmetric, unsorted or self-looped network', () => {
    const bad = makeCsr(3, {
      starts: Uint32Array.from([0, 2, 3, 3]),
      neighbors: Uint32Array.from([2, 1, 1]),
      kinds: new Uint8Array(3),
      weights: new Float32Array(3).fill(1),
    });
    const problems = csrProblems(bad);
    expect(problems.some((p) => p.includes('unsorted'))).toBe(true);
    expect(problems.some((p) => p.includes('self-loop at 1'))).toBe(true);
    expect(problems.some((p) => p.includes('missing its mirror'))).toBe(true);
  });
});
