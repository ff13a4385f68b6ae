// Structural checks every compiled network must pass, shared by the network tests:
// sorted rows, no self-loops or repeats, positive weights, and undirected symmetry.
import { expect } from 'vitest';
import { entryIndex, type Csr, type CsrRows } from '../../sim/network/csr.js';

/** Fails (one expect, listing the first problems) on any broken invariant. */
export function expectValidCsr(csr: Csr): void {
  expect(csrProblems(csr).slice(0, 5)).toEqual([]);
}

/** Every broken invariant, as text; empty when the Csr is sound. */
export function csrProblems(csr: Csr): string[] {
  const problems = rowProblems(csr.n, csr, 'rows');
  const mirror = csr.out === csr ? csr : csr.out;
  if (csr.out !== csr) {
    problems.push(...rowProblems(csr.n, csr.out, 'out'));
    if (csr.out.neighbors.length !== csr.neighbors.length) problems.push('out-rows and in-rows differ in size');
  }
  // Undirected: j in row i exactly when i in row j. Directed: out is the transpose of in.
  for (let i = 0; i < csr.n; i++) {
    for (let e = csr.starts[i]; e < csr.starts[i + 1]; e++) {
      const j = csr.neighbors[e];
      const back = entryIndex(mirror, j, i);
      if (back < 0) problems.push(`tie ${j}-${i} missing its mirror`);
      else if (mirror.kinds[back] !== csr.kinds[e] || mirror.weights[back] !== csr.weights[e]) {
        problems.push(`tie ${j}-${i} has a different kind or weight in its mirror`);
      }
    }
  }
  return problems;
}

function rowProblems(n: number, rows: CsrRows, name: string): string[] {
  const problems: string[] = [];
  const m = rows.starts[n];
  if (rows.starts.length !== n + 1 || rows.starts[0] !== 0) problems.push(`${name}: bad starts`);
  if (rows.neighbors.length !== m || rows.kinds.length !== m || rows.weights.length !== m) problems.push(`${name}: bad lengths`);
  for (let i = 0; i < n; i++) {
    if (rows.starts[i + 1] < rows.starts[i]) problems.push(`${name}: starts fall at ${i}`);
    for (let e = rows.starts[i]; e < rows.starts[i + 1]; e++) {
      const j = rows.neighbors[e];
      if (j >= n) problems.push(`${name}: row ${i} names unit ${j}`);
      if (j === i) problems.push(`${name}: self-loop at ${i}`);
      if (e > rows.starts[i] && j <= rows.neighbors[e - 1]) problems.push(`${name}: row ${i} unsorted or repeated`);
      if (!(rows.weights[e] > 0)) problems.push(`${name}: weight ${rows.weights[e]} at ${i}-${j}`);
      if (rows.kinds[e] !== 0 && rows.kinds[e] !== 1) problems.push(`${name}: kind ${rows.kinds[e]} at ${i}-${j}`);
    }
  }
  return problems;
}

/** Row i as a plain array (for readable expectations). */
export function row(rows: CsrRows, i: number): number[] {
  return Array.from(rows.neighbors.subarray(rows.starts[i], rows.starts[i + 1]));
}

export function degree(rows: CsrRows, i: number): number {
  return rows.starts[i + 1] - rows.starts[i];
}

/** Every array of the Csr (and its out-rows), for byte-identity checks. */
export function csrArrays(csr: Csr): ArrayBufferView[] {
  const mine = [csr.starts, csr.neighbors, csr.kinds, csr.weights];
  return csr.out === csr ? mine : [...mine, csr.out.starts, csr.out.neighbors, csr.out.kinds, csr.out.weights];
}

/** True when both networks hold byte-identical arrays. */
export function sameBytes(a: Csr, b: Csr): boolean {
  const x = csrArrays(a);
  const y = csrArrays(b);
  if (x.length !== y.length) return false;
  return x.every((view, k) => {
    const p = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const q = new Uint8Array(y[k].buffer, y[k].byteOffset, y[k].byteLength);
    return p.length === q.length && p.every((byte, at) => byte === q[at]);
  });
}
