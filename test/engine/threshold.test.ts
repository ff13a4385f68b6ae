// The linear-threshold special case (MODEL.md; Granovetter 1978, Watts 2002): with
// threshold.json's dynamics (friction off, everyone aware, instant adoption, a hard
// step at theta) the engine is deterministic given graph and champions. Checked
// against cascades computed by hand on tiny graphs and against the fast kernel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linearThreshold } from '../../sim/kernels/index.js';
import { buildSystem, runReplicate } from '../../sim/model/replicate.js';
import type { ReplicateResult } from '../../sim/model/replicate-result.js';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.js';
import { column, groupColumn } from './support/scenario.js';
import { traceReplicate } from './support/trace.js';

const thresholdJson = ScenarioSchema.parse(JSON.parse(readFileSync('scenarios/validation/threshold.json', 'utf8')));

type Edge = [number, number];

/**
 * threshold.json with another network, thresholds and champions. Each unit is its
 * own region ("u0", "u1", ...), so the equity series give every unit's own path.
 */
function onGraph(o: {
  n: number;
  edges: Edge[];
  seeds: number[];
  theta: number | number[];
  steps?: number;
}): Scenario {
  const perUnit = Array.isArray(o.theta);
  const names = Array.from({ length: o.n }, (_, i) => `u${i}`);
  return ScenarioSchema.parse({
    ...thresholdJson,
    replicates: 1,
    time: { ...thresholdJson.time, steps: o.steps ?? 8 },
    system: {
      network: { kind: 'edges', n: o.n, edges: o.edges, regionOf: names, typeOf: perUnit ? names : undefined },
      population: {
        ...thresholdJson.system.population,
        threshold: perUnit ? 0 : o.theta,
        byType: perUnit ? Object.fromEntries(names.map((u, i) => [u, { threshold: (o.theta as number[])[i] }])) : {},
      },
    },
    strategies: [{ name: 'hand', levers: [{ type: 'seed', targets: { units: o.seeds } }] }],
  });
}

/** The row at which each unit is first in use (row 0: champions), -1 if never. */
function adoptionRows(result: ReplicateResult, n: number): number[] {
  return Array.from({ length: n }, (_, i) => groupColumn(result, 'region', `u${i}`, 'in_use').findIndex((x) => x === 1));
}

const path6: Edge[] = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]];
const star6: Edge[] = [1, 2, 3, 4, 5, 6].map((j) => [0, j]);
// Clique A {0,1,2,3} and clique B {4,5,6,7}, joined by the bridge 3-4.
const cliques: Edge[] = [
  [0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3],
  [4, 5], [4, 6], [4, 7], [5, 6], [5, 7], [6, 7],
  [3, 4],
];
// 3x3 lattice, unit = 3 * row + column:  0-1-2 / 3-4-5 / 6-7-8.
const lattice: Edge[] = [
  [0, 1], [1, 2], [3, 4], [4, 5], [6, 7], [7, 8],
  [0, 3], [3, 6], [1, 4], [4, 7], [2, 5], [5, 8],
];

describe('linear threshold on hand-built graphs (threshold.json dynamics)', () => {
  it('spreads along a path one unit per step from an end when theta = 1/2', () => {
    // Interior units have 2 neighbours: one in use is a share of 1/2 >= 1/2.
    const r = runReplicate(onGraph({ n: 6, edges: path6, seeds: [0], theta: 0.5 }), 0);
    expect(column(r, 'in_use')).toEqual([1, 2, 3, 4, 5, 6, 6, 6, 6]);
    expect(adoptionRows(r, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('spreads both ways from the middle of a path', () => {
    // Step 0: 1 and 3 (1/2 each); step 1: 0 (1/1) and 4 (1/2); step 2: 5 (1/1).
    const r = runReplicate(onGraph({ n: 6, edges: path6, seeds: [2], theta: 0.5 }), 0);
    expect(adoptionRows(r, 6)).toEqual([2, 1, 0, 1, 2, 3]);
    expect(column(r, 'in_use')).toEqual([1, 3, 5, 6, 6, 6, 6, 6, 6]);
  });

  it('does not spread along a path when theta exceeds 1/2', () => {
    const r = runReplicate(onGraph({ n: 6, edges: path6, seeds: [0], theta: 0.6 }), 0);
    expect(column(r, 'in_use')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('takes a star in one step from the hub', () => {
    const r = runReplicate(onGraph({ n: 7, edges: star6, seeds: [0], theta: 0.5 }), 0);
    expect(adoptionRows(r, 7)).toEqual([0, 1, 1, 1, 1, 1, 1]);
  });

  it('turns the hub when half its leaves are in use, then the other leaves', () => {
    // Hub: 3 of 6 = 1/2 >= 1/2 at step 0; leaves 4-6 see their only neighbour at step 1.
    const r = runReplicate(onGraph({ n: 7, edges: star6, seeds: [1, 2, 3], theta: 0.5 }), 0);
    expect(adoptionRows(r, 7)).toEqual([1, 0, 0, 0, 2, 2, 2]);
    expect(column(r, 'in_use')).toEqual([3, 4, 7, 7, 7, 7, 7, 7, 7]);
  });

  it('leaves the hub alone when fewer than half its leaves are in use', () => {
    const r = runReplicate(onGraph({ n: 7, edges: star6, seeds: [1, 2], theta: 0.5 }), 0);
    expect(column(r, 'in_use')).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('crosses the bridge between two cliques when theta = 1/4', () => {
    // Step 0: 1, 2 (1 of 3) and 3 (1 of 4); step 1: bridge end 4 (1 of 4); step 2: 5-7 (1 of 3).
    const r = runReplicate(onGraph({ n: 8, edges: cliques, seeds: [0], theta: 0.25 }), 0);
    expect(adoptionRows(r, 8)).toEqual([0, 1, 1, 1, 2, 3, 3, 3]);
    expect(column(r, 'in_use')).toEqual([1, 4, 5, 8, 8, 8, 8, 8, 8]);
  });

  it('stops at the bridge when theta = 1/2 (complex contagion needs wide bridges)', () => {
    // Step 0: 2 (2 of 3) and 3 (2 of 4); then 4 sees 1 of 4 < 1/2 and nothing moves.
    const r = runReplicate(onGraph({ n: 8, edges: cliques, seeds: [0, 1], theta: 0.5 }), 0);
    expect(adoptionRows(r, 8)).toEqual([0, 0, 1, 1, -1, -1, -1, -1]);
  });

  it('uses each unit its own theta: a low-threshold bridge end carries the cascade one step further', () => {
    // As above, but unit 4 needs only 1/4: it turns at step 1, then 5-7 see 1 of 3 < 1/2.
    const theta = [0.5, 0.5, 0.5, 0.5, 0.25, 0.5, 0.5, 0.5];
    const r = runReplicate(onGraph({ n: 8, edges: cliques, seeds: [0, 1], theta }), 0);
    expect(adoptionRows(r, 8)).toEqual([0, 0, 1, 1, 2, -1, -1, -1]);
  });

  it('fills a 3x3 lattice from two edge midpoints in three steps when theta = 1/2', () => {
    // Seeds 1 and 3. Step 0: corner 0 (2/2), centre 4 (2/4), corners 2 and 6 (1/2);
    // step 1: 5 and 7 (2/3); step 2: corner 8 (2/2).
    const r = runReplicate(onGraph({ n: 9, edges: lattice, seeds: [1, 3], theta: 0.5 }), 0);
    expect(adoptionRows(r, 9)).toEqual([1, 0, 1, 0, 1, 2, 1, 2, 3]);
    expect(column(r, 'in_use')).toEqual([2, 6, 8, 9, 9, 9, 9, 9, 9]);
  });

  it('does not move a 3x3 lattice from one corner when theta = 1/2', () => {
    // The corner's neighbours 1 and 3 each see 1 of 3.
    const r = runReplicate(onGraph({ n: 9, edges: lattice, seeds: [0], theta: 0.5 }), 0);
    expect(column(r, 'in_use')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('adopts when the share equals theta = 0.2 exactly (1 of 5 neighbours)', () => {
    // Star with 5 leaves, one seeded: the hub's share 1/5 reaches theta = 0.2 (the
    // theta of threshold.json) at step 0, the other leaves follow at step 1.
    const star5: Edge[] = [1, 2, 3, 4, 5].map((j) => [0, j]);
    const r = runReplicate(onGraph({ n: 6, edges: star5, seeds: [1], theta: 0.2 }), 0);
    expect(column(r, 'in_use').slice(0, 4)).toEqual([1, 2, 6, 6]);
  });

  it('adopts when all of 49 neighbours are in use and theta = 1', () => {
    const star49: Edge[] = Array.from({ length: 49 }, (_, j) => [0, j + 1]);
    const leaves = star49.map(([, j]) => j);
    const r = runReplicate(onGraph({ n: 50, edges: star49, seeds: leaves, theta: 1, steps: 2 }), 0);
    expect(column(r, 'in_use')).toEqual([49, 50, 50]);
  });
});

describe('linear threshold: engine against the fast kernel (sim/kernels)', () => {
  /** threshold.json on a larger Watts-Strogatz graph with the given champions and theta. */
  function generated(n: number, theta: number | { dist: 'uniform'; min: number; max: number }, seeds: number[]): Scenario {
    return ScenarioSchema.parse({
      ...thresholdJson,
      system: {
        network: { ...thresholdJson.system.network, n },
        population: { ...thresholdJson.system.population, threshold: theta },
      },
      strategies: [{ name: 'kernel', levers: [{ type: 'seed', targets: { units: seeds } }] }],
    });
  }

  /** Engine and kernel on the same replicate's network: rows and per-unit adoption steps. */
  function compare(scenario: Scenario, seeds: ArrayLike<number>, theta: number | ArrayLike<number>, rep = 0) {
    const { result, rows } = traceReplicate(scenario, rep);
    const { csr } = buildSystem(scenario, rep);
    const kernel = linearThreshold(csr, seeds, { theta, steps: scenario.time.steps });
    // The engine records a unit's adoption at the step it happens (tStart = t) and it
    // shows in use from row t + 1; the kernel counts it at step t + 1. Champions: 0.
    const champion = new Set(Array.from(seeds));
    const engineAt = Array.from(rows[0][scenario.time.steps].tStart, (t, i) => (champion.has(i) ? 0 : t < 0 ? -1 : t + 1));
    return { engine: column(result, 'in_use'), kernel: Array.from(kernel.adoptedPerStep), engineAt, kernelAt: Array.from(kernel.adoptedAt) };
  }

  // Adjacent pairs on the ring: with k = 6 a pair gives its ring neighbours 2 of 6 >= theta.
  const pairs = [0, 1, 700, 701, 1500, 1501, 2400, 2401];

  it('reproduces the kernel step by step on 3,000 units with threshold.json theta = 0.2', () => {
    const c = compare(generated(3000, 0.2, pairs), pairs, 0.2);
    expect(c.kernel[c.kernel.length - 1]).toBeGreaterThan(500); // a real cascade
    expect(c.engine).toEqual(c.kernel);
    expect(c.engineAt).toEqual(c.kernelAt);
  });

  it('reproduces the kernel step by step on 3,000 units with theta = 0.25', () => {
    const c = compare(generated(3000, 0.25, pairs), pairs, 0.25);
    expect(c.kernel[c.kernel.length - 1]).toBeGreaterThan(500);
    expect(c.engine).toEqual(c.kernel);
    expect(c.engineAt).toEqual(c.kernelAt);
  });

  it('reproduces the kernel with thresholds drawn per unit, each unit by its own theta', () => {
    const scenario = generated(3000, { dist: 'uniform', min: 0, max: 0.45 }, pairs);
    const theta = buildSystem(scenario, 0).population.threshold;
    const c = compare(scenario, pairs, theta);
    expect(c.kernel[c.kernel.length - 1]).toBeGreaterThan(500);
    expect(c.engine).toEqual(c.kernel);
    expect(c.engineAt).toEqual(c.kernelAt);
  });

  it('reproduces the kernel on threshold.json as written, from the champions it drew', () => {
    const { rows } = traceReplicate(thresholdJson, 3);
    const champions = Array.from(rows[0][0].state.keys()).filter((i) => rows[0][0].state[i] !== 0);
    expect(champions).toHaveLength(10);
    const c = compare(thresholdJson, champions, 0.2, 3);
    expect(c.kernel[c.kernel.length - 1]).toBeGreaterThan(100);
    expect(c.engine).toEqual(c.kernel);
    expect(c.engineAt).toEqual(c.kernelAt);
  });
});
