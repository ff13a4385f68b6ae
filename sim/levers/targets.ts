// Resolves a lever's targets spec to unit indices, ascending. Rankings that are
// costly (betweenness) are computed once per replicate and shared by strategies.
import { WEAK } from '../network/csr.js';
import type { Random } from '../random/rng.js';
import type { System } from '../model/system.js';
import type { TargetsSpec } from '../scenario/targets-schema.js';
import { unitsByLabel } from '../model/units-by-label.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import { betweenness } from './centrality.js';


export class TargetResolver {
  private betweennessScores: Float64Array | undefined;

  constructor(
    private readonly system: System,
    /** Stream for costly rankings, shared by every strategy of the replicate. */
    private readonly rankingRandom: Random,
  ) {}

  resolve(spec: TargetsSpec, random: Random): Int32Array {
    const n = this.system.population.n;
    if (spec === 'all') return Int32Array.from({ length: n }, (_, i) => i);
    if ('units' in spec) {
      const bad = spec.units.find((i) => i >= n);
      if (bad !== undefined) throw new ScenarioError('units', `unit ${bad} does not exist (the system has ${n} units)`);
      return Int32Array.from(new Set(spec.units)).sort();
    }
    if ('rule' in spec) {
      if (spec.rule === 'cluster') return this.cluster(spec.region, random);
      const pool = this.candidates(spec.within?.region, spec.within?.type);
      const k = Math.min(spec.k, pool.length);
      if (spec.rule === 'random') return sample(pool, k, random);
      return topK(pool, k, this.score(spec.rule));
    }
    return this.candidates('region' in spec ? spec.region : undefined, 'type' in spec ? spec.type : undefined);
  }

  private candidates(region?: string | string[], type?: string | string[]): Int32Array {
    return unitsByLabel(this.system.population, region, type);
  }

  private cluster(region: string | undefined, random: Random): Int32Array {
    const names = this.system.population.regionNames;
    const chosen = region ?? names[Math.floor(random() * names.length)];
    return this.candidates(chosen);
  }

  private score(rule: 'topDegree' | 'topBetweenness' | 'bridging' | 'mostReceptive'): (i: number) => number {
    const { csr, population: pop } = this.system;
    switch (rule) {
      case 'topDegree':
        return (i) => csr.starts[i + 1] - csr.starts[i];
      case 'mostReceptive':
        return (i) => pop.receptiveness[i];
      case 'topBetweenness': {
        this.betweennessScores ??= betweenness(csr, this.rankingRandom);
        const b = this.betweennessScores;
        return (i) => b[i];
      }
      case 'bridging':
        // Ties that leave the unit's region or are weak carry news between clusters.
        return (i) => {
          let bridges = 0;
          for (let e = csr.starts[i]; e < csr.starts[i + 1]; e++) {
            if (csr.kinds[e] === WEAK || pop.region[csr.neighbors[e]] !== pop.region[i]) bridges++;
          }
          return bridges;
        };
    }
  }
}

/** k units drawn without replacement (partial Fisher-Yates), in the order drawn. */
function sample(pool: Int32Array, k: number, random: Random): Int32Array {
  const a = Int32Array.from(pool);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    const tmp = a[i];
    a[i] = a[j];
    a[j] = tmp;
  }
  return a.slice(0, k);
}

/** The k highest-scoring units (ties broken by lower index), best first. */
function topK(pool: Int32Array, k: number, score: (i: number) => number): Int32Array {
  const ranked = Array.from(pool).sort((a, b) => score(b) - score(a) || a - b);
  return Int32Array.from(ranked.slice(0, k));
}
