// The threshold kernel on the shared benchmark networks reproduces the reference
// adoption curves (test/bench/data/*.json, from another engine) exactly.
import { describe, expect, it } from 'vitest';
import { linearThreshold } from '../../sim/kernels/linear-threshold.js';
import { loadBenchNetwork } from '../bench/bench-network.js';

describe.each(['ba_N10000_m3_s42', 'ba_N100000_m3_s42'])('threshold on %s', (name) => {
  const bench = loadBenchNetwork(name);
  const { reference } = bench;

  it('loads the network the json describes', () => {
    expect(bench.csr.n).toBe(reference.n);
    expect(bench.csr.neighbors.length).toBe(2 * reference.edges);
    expect(bench.seeds.length).toBe(reference.n_seeds);
  });

  it('reproduces reference_threshold_adopted_per_step exactly', () => {
    const result = linearThreshold(bench.csr, bench.seeds, { theta: reference.threshold, steps: reference.iterations });
    expect(Array.from(result.adoptedPerStep)).toEqual(reference.reference_threshold_adopted_per_step);
    expect(result.steps).toBe(reference.iterations);
  });
});
