// Loads a shared benchmark network (test/bench/data, see README.txt there for provenance)
// into a Csr with its seeds and reference figures. Node-only: reads files with node:fs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Csr } from '../../sim/network/csr.js';
import { csrFromEdgeArrays } from '../../sim/network/edge-arrays.js';

export interface BenchReference {
  readonly n: number;
  readonly m: number;
  readonly edges: number;
  readonly n_seeds: number;
  readonly threshold: number;
  readonly iterations: number;
  readonly reference_threshold_adopted_per_step: number[];
}

export interface BenchNetwork {
  readonly name: string;
  readonly csr: Csr;
  readonly seeds: Uint32Array;
  readonly reference: BenchReference;
}

/** The data folder beside this file, or under the working directory once bundled into dist/. */
export function benchDataDir(): string {
  const candidates = [fileURLToPath(new URL('./data/', import.meta.url)), resolve('test/bench/data')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'README.txt')));
  if (!found) throw new Error(`bench: no data folder in ${candidates.join(' or ')}`);
  return found;
}

/** E.g. loadBenchNetwork('ba_N10000_m3_s42'). */
export function loadBenchNetwork(name: string): BenchNetwork {
  const dir = benchDataDir();
  const reference = JSON.parse(readFileSync(resolve(dir, `${name}.json`), 'utf8')) as BenchReference;
  const ids = parseIds(readFileSync(resolve(dir, `${name}.edges`)));
  if (ids.length !== 2 * reference.edges) throw new Error(`bench: ${name}.edges has ${ids.length / 2} ties, json says ${reference.edges}`);
  const u = new Uint32Array(reference.edges);
  const v = new Uint32Array(reference.edges);
  for (let e = 0; e < reference.edges; e++) {
    u[e] = ids[2 * e];
    v[e] = ids[2 * e + 1];
  }
  const csr = csrFromEdgeArrays(reference.n, u, v);
  const seeds = parseIds(readFileSync(resolve(dir, `${name}.seeds`)));
  return { name, csr, seeds, reference };
}

/** Whitespace-separated non-negative integers, parsed byte by byte (fast for megabytes). */
function parseIds(bytes: Uint8Array): Uint32Array {
  let out = new Uint32Array(1024);
  let count = 0;
  let value = 0;
  let inNumber = false;
  for (let k = 0; k <= bytes.length; k++) {
    const c = k < bytes.length ? bytes[k] : 32;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else if (inNumber) {
      if (count === out.length) {
        const grown = new Uint32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[count++] = value;
      value = 0;
      inNumber = false;
    }
  }
  return out.slice(0, count);
}
