// Tests for the SI kernel: exact cases (p = 0, p = 1 is breadth-first), no draws for adopted
// targets, agreement in distribution with per-step Bernoulli draws, and the benchmark figure.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../sim/network/build-network.js';
import { completeCsr } from '../../sim/network/complete-csr.js';
import { directedCsrFromEdgeArrays } from '../../sim/network/edge-arrays.js';
import { si } from '../../sim/kernels/si.js';
import { stream, type Random } from '../../sim/random/rng.js';
import { NetworkSchema } from '../../sim/scenario/network-schema.js';
import { loadBenchNetwork } from '../bench/bench-network.js';
import { naiveSi } from './naive.js';

const ws = buildNetwork(NetworkSchema.parse({ kind: 'wattsStrogatz', n: 60, k: 4, rewire: 0.1 }), stream(4, 'net')).csr;

/** Breadth-first distance from the seeds along out-ties (-1 if unreachable). */
function bfs(csr: typeof ws, seeds: number[]): Int32Array {
  const dist = new Int32Array(csr.n).fill(-1);
  let frontier = seeds;
  seeds.forEach((s) => (dist[s] = 0));
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let e = csr.out.starts[u]; e < csr.out.starts[u + 1]; e++) {
        const j = csr.out.neighbors[e];
        if (dist[j] >= 0) continue;
        dist[j] = d;
        next.push(j);
      }
    }
    frontier = next;
  }
  return dist;
}

describe('si exact cases', () => {
  it('is breadth-first search when p = 1', () => {
    const r = si(ws, [0, 30], { p: 1, steps: 40, random: stream(1) });
    expect(Array.from(r.adoptedAt)).toEqual(Array.from(bfs(ws, [0, 30])));
  });

  it('follows directed ties only', () => {
    const csr = directedCsrFromEdgeArrays(4, Uint32Array.from([0, 1, 3]), Uint32Array.from([1, 2, 0]));
    expect(Array.from(si(csr, [0], { p: 1, steps: 5, random: stream(1) }).adoptedAt)).toEqual([0, 1, 2, -1]);
  });

  it('spreads nowhere when p = 0', () => {
    const r = si(ws, [5], { p: 0, steps: 10, random: stream(1) });
    expect(Array.from(r.adoptedPerStep)).toEqual(new Array(11).fill(1));
    expect(r.edgeVisits).toBe(0);
  });

  it('draws once per tie to a target not yet adopted, and never for adopted ones', () => {
    let calls = 0;
    const inner = stream(2);
    const counted: Random = () => (calls++, inner());
    // K5 with four seeds: four ties to unit 4, and unit 4 then has no one left to reach.
    const r = si(completeCsr(5), [0, 1, 2, 3], { p: 0.3, steps: 200, random: counted });
    expect(calls).toBe(4);
    expect(r.adoptedPerStep[200]).toBe(5);
  });

  it('is deterministic given the stream', () => {
    const a = si(ws, [0], { p: 0.2, steps: 30, random: stream(7) });
    const b = si(ws, [0], { p: 0.2, steps: 30, random: stream(7) });
    expect(Array.from(a.adoptedAt)).toEqual(Array.from(b.adoptedAt));
  });
});

describe('si agrees in distribution with per-step Bernoulli draws', () => {
  const replicates = 400;
  const steps = 30;
  const seeds = [0];

  /** Mean and standard error of the adoption curve over replicates. */
  function curveStats(run: (rep: number) => ArrayLike<number>) {
    const sum = new Float64Array(steps + 1);
    const sq = new Float64Array(steps + 1);
    for (let rep = 0; rep < replicates; rep++) {
      const c = run(rep);
      for (let t = 0; t <= steps; t++) {
        sum[t] += c[t];
        sq[t] += c[t] * c[t];
      }
    }
    const mean = sum.map((s) => s / replicates);
    const se = sq.map((s, t) => Math.sqrt(Math.max(0, s / replicates - mean[t] ** 2) / (replicates - 1)));
    return { mean, se };
  }

  /** Steps where the curves differ by more than 4.5 combined standard errors. */
  function differing(p: number, naiveP: number): number[] {
    const fast = curveStats((rep) => si(ws, seeds, { p, steps, random: stream(rep, 'fast') }).adoptedPerStep);
    const slow = curveStats((rep) => naiveSi(ws, seeds, naiveP, steps, stream(rep, 'naive')).curve);
    const bad: number[] = [];
    for (let t = 0; t <= steps; t++) {
      const tol = 4.5 * Math.hypot(fast.se[t], slow.se[t]) + 1e-9;
      if (Math.abs(fast.mean[t] - slow.mean[t]) > tol) bad.push(t);
    }
    return bad;
  }

  it('has the same mean adoption curve (p = 0.15)', () => {
    expect(differing(0.15, 0.15)).toEqual([]);
  });

  it('would notice a 30% change in p (the comparison has power)', () => {
    expect(differing(0.15, 0.195).length).toBeGreaterThan(0);
  });
});

describe('si on the 10k benchmark network', () => {
  const bench = loadBenchNetwork('ba_N10000_m3_s42');
  const n = bench.csr.n;
  const share = 0.9985; // README.txt: "about 99.85% have adopted after 50 steps"
  // Binomial spread of the final count out of n, plus the README's rounding (0.005%).
  const sd = Math.sqrt((share * (1 - share)) / n);
  const finalShare = (seed: number) =>
    si(bench.csr, bench.seeds, { p: 0.05, steps: 50, random: stream(seed, 'si') }).adoptedPerStep[50] / n;

  it('ends one run within four binomial standard deviations of 99.85%', () => {
    expect(Math.abs(finalShare(42) - share)).toBeLessThan(4 * sd + 0.00005);
  });

  it('averages within four standard errors of 99.85% over 20 runs', () => {
    const runs = Array.from({ length: 20 }, (_, k) => finalShare(k));
    const mean = runs.reduce((a, b) => a + b, 0) / runs.length;
    expect(Math.abs(mean - share)).toBeLessThan((4 * sd) / Math.sqrt(runs.length) + 0.00005);
  });
});
