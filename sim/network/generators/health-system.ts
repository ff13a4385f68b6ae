// The clustered health-system generator: regions of units on rewired ring lattices of
// strong ties, hub types with extra strong ties inside their region, sparse weak ties between.
import type { UndirectedGraph } from 'graphology';
import type { Labels } from '../../model/system.js';
import { sampler, type Sampler } from '../../random/distributions.js';
import type { Random } from '../../random/rng.js';
import type { NetworkSpec } from '../../scenario/network-schema.js';
import { WEAK } from '../csr.js';
import { addRingLattice, rewireLattice } from './ring-lattice.js';
import { addTie, emptyGraph, type TieGraph } from './simple-graph.js';

type HealthSystemSpec = Extract<NetworkSpec, { kind: 'healthSystem' }>;

/** Tries per wanted tie before giving up on a crowded region (keeps generation finite). */
const TRIES = 64;
/** Sizes are weights, so they stay positive even if a distribution reaches 0. */
export const SIZE_FLOOR = 1e-6;

/**
 * Draws, in order: each unit's type (by share), the regions' lattices and rewiring, hub
 * ties, weak ties, sizes. Regions are contiguous index blocks in the order given.
 * strongDegree is rounded down to even; a fractional extraStrongTies adds one more tie
 * with probability equal to the fraction. Weak ties: round(n * weakDegree / 2) ties,
 * each from a uniform unit to a uniform unit of another region, so the mean is weakDegree.
 */
export function healthSystem<G extends TieGraph = UndirectedGraph>(
  spec: HealthSystemSpec,
  random: Random,
  makeGraph: (n: number) => G = emptyGraph as unknown as (n: number) => G,
): { graph: G; labels: Labels } {
  const regions = spec.regions;
  const blocks = Array.isArray(regions)
    ? regions.map((r) => ({ name: r.name, units: r.units }))
    : Array.from({ length: regions.count }, (_, r) => ({ name: `R${r + 1}`, units: regions.unitsPerRegion }));
  const n = blocks.reduce((sum, b) => sum + b.units, 0);
  const first = new Int32Array(blocks.length + 1);
  blocks.forEach((b, r) => (first[r + 1] = first[r] + b.units));
  const region = new Uint16Array(n);
  blocks.forEach((_, r) => region.fill(r, first[r], first[r + 1]));

  // One function per stage, each run once per system: small functions, compiled
  // quickly and kept by the JIT from one replicate to the next.
  const type = drawTypes(n, spec.types.map((t) => t.share), random);
  const graph = makeGraph(n);
  blocks.forEach((b, r) => {
    addRingLattice(graph, first[r], b.units, spec.strongDegree);
    rewireLattice(graph, first[r], b.units, spec.strongDegree, spec.strongRewire, random);
  });
  addHubTies(graph, type, region, first, Float64Array.from(spec.types, (t) => t.extraStrongTies), random);
  if (blocks.length > 1) addWeakTies(graph, region, first, Math.round((n * spec.weakDegree) / 2), random);
  const size = drawSizes(type, spec.types.map((t) => sampler(t.size, SIZE_FLOOR, Infinity)), random);

  const labels: Labels = {
    region,
    type,
    regionNames: blocks.map((b) => b.name),
    typeNames: spec.types.map((t) => t.name),
    size,
  };
  return { graph, labels };
}

/** 1. Each unit's type, by relative share. */
function drawTypes(n: number, shares: readonly number[], random: Random): Uint16Array {
  const total = shares.reduce((a, b) => a + b, 0);
  const type = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let x = random() * total;
    let t = 0;
    while (t < shares.length - 1 && x >= shares[t]) x -= shares[t++];
    type[i] = t;
  }
  return type;
}

/** 3. Hubs: extra strong ties to random units of the same region. */
function addHubTies(graph: TieGraph, type: Uint16Array, region: Uint16Array, first: Int32Array, extraByType: Float64Array, random: Random): void {
  for (let i = 0; i < type.length; i++) {
    const extra = extraByType[type[i]];
    let wanted = Math.floor(extra) + (random() < extra - Math.floor(extra) ? 1 : 0);
    const r = region[i];
    const count = first[r + 1] - first[r];
    for (let tries = TRIES * wanted; wanted > 0 && tries > 0; tries--) {
      if (addTie(graph, i, first[r] + Math.floor(random() * count))) wanted--;
    }
  }
}

/** 4. Weak ties between regions: each from a uniform unit to a uniform unit outside its region. */
function addWeakTies(graph: TieGraph, region: Uint16Array, first: Int32Array, wanted: number, random: Random): void {
  const n = region.length;
  for (let tries = TRIES * wanted; wanted > 0 && tries > 0; tries--) {
    const u = Math.floor(random() * n);
    const r = region[u];
    // Uniform over the units outside u's block.
    let v = Math.floor(random() * (n - (first[r + 1] - first[r])));
    if (v >= first[r]) v += first[r + 1] - first[r];
    if (addTie(graph, u, v, WEAK)) wanted--;
  }
}

/** 5. Population served, by type. */
function drawSizes(type: Uint16Array, samplers: readonly Sampler[], random: Random): Float32Array {
  const size = new Float32Array(type.length);
  for (let i = 0; i < type.length; i++) size[i] = Math.max(SIZE_FLOOR, samplers[type[i]](random));
  return size;
}
