// Builds a replicate's network from its spec and the run's stream: author with
// graphology, compile once to a Csr, and label regions and types.
import { fileNetwork } from '../io/file-network.js';
import type { Labels } from '../model/system.js';
import type { Random } from '../random/rng.js';
import type { NetworkSpec } from '../scenario/network-schema.js';
import { barabasiAlbertCsr } from './barabasi-albert-csr.js';
import { compileGraph } from './compile.js';
import { completeCsr } from './complete-csr.js';
import type { Csr } from './csr.js';
import { barabasiAlbert } from './generators/barabasi-albert.js';
import { edgeListGraph } from './generators/edge-list.js';
import { healthSystem } from './generators/health-system.js';
import { ringLattice, wattsStrogatz } from './generators/ring-lattice.js';
import { erdosRenyiGraph } from './generators/erdos-renyi.js';
import { blockLabels, namedLabels } from './labels.js';
import { TieSet } from './tie-set.js';
import { labelWeakShare } from './weak-share.js';

export interface BuiltNetwork {
  readonly csr: Csr;
  readonly labels: Labels;
}

/**
 * Above this many units a BA network skips the graphology object (same ties, same
 * draws, so the same Csr); the object would cost gigabytes.
 */
export const LARGE_BA = 100_000;

/**
 * Above this many units a health system is authored in a TieSet instead (same ties,
 * same draws, so the same Csr): a graphology object costs ~20 ms per 1,000 units,
 * paid again in every replicate.
 */
export const LARGE_SYSTEM = 2_000;

function healthSystemSize(spec: Extract<NetworkSpec, { kind: 'healthSystem' }>): number {
  const r = spec.regions;
  return Array.isArray(r) ? r.reduce((sum, x) => sum + x.units, 0) : r.count * r.unitsPerRegion;
}

/** The spec's network; the same spec and stream state always give byte-identical arrays. */
export function buildNetwork(spec: NetworkSpec, random: Random): BuiltNetwork {
  switch (spec.kind) {
    case 'edges':
      return { csr: compileGraph(edgeListGraph(spec)), labels: namedLabels(spec.n, spec.regionOf, spec.typeOf) };
    case 'file':
      // Read from disk by the command line beforehand (sim/io/file-network.ts).
      return fileNetwork(spec);
    case 'healthSystem': {
      if (healthSystemSize(spec) > LARGE_SYSTEM) {
        const { graph, labels } = healthSystem(spec, random, (n) => new TieSet(n));
        return { csr: graph.toCsr(), labels };
      }
      const { graph, labels } = healthSystem(spec, random);
      return { csr: compileGraph(graph), labels };
    }
    case 'barabasiAlbert':
      if (spec.n > LARGE_BA) return textbook(spec, barabasiAlbertCsr(spec.n, spec.m, random), random);
      return textbook(spec, compileGraph(barabasiAlbert(spec.n, spec.m, random)), random);
    case 'complete':
      return textbook(spec, completeCsr(spec.n), random);
    case 'erdosRenyi':
      return textbook(spec, compileGraph(erdosRenyiGraph(spec.n, spec.meanDegree, random)), random);
    case 'wattsStrogatz':
      return textbook(spec, compileGraph(wattsStrogatz(spec.n, spec.k, spec.rewire, random)), random);
    case 'ringLattice':
      return textbook(spec, compileGraph(ringLattice(spec.n, spec.k)), random);
  }
}

/** Weak labels drawn after the ties, then the flat region split. */
function textbook(spec: { n: number; weakShare: number; regions: number }, csr: Csr, random: Random): BuiltNetwork {
  labelWeakShare(csr, spec.weakShare, random);
  return { csr, labels: blockLabels(spec.n, spec.regions) };
}
