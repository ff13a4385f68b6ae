// The engine's side of a `file` network: the Csr and labels from the arrays the
// command line read (no file access here, so sim/ stays free of node: imports).
import type { Labels } from '../model/system.js';
import type { Csr } from '../network/csr.js';
import { csrFromEdgeArrays, directedCsrFromEdgeArrays } from '../network/edge-arrays.js';
import type { FileNetworkSpec } from './file-network-schema.js';
import type { ResolvedNetworkData } from './resolved-network.js';


/** The data read for the spec being loaded right now (see withResolvedNetwork). */
let pending: ResolvedNetworkData | undefined;

/**
 * Run `load` (scenario validation, which may build the system to check it) with
 * `resolved` standing for the `file` network whose path it was read from; the
 * spec that matches gets it attached as `resolved`, so it travels with the scenario.
 */
export function withResolvedNetwork<T>(resolved: ResolvedNetworkData | undefined, load: () => T): T {
  const before = pending;
  pending = resolved;
  try {
    return load();
  } finally {
    pending = before;
  }
}

/** The arrays for a `file` spec: attached to it, or pending for its path. */
export function resolvedData(spec: FileNetworkSpec): ResolvedNetworkData {
  const carried = (spec as { resolved?: ResolvedNetworkData }).resolved;
  if (carried) return carried;
  if (pending && pending.summary.file === spec.path) {
    (spec as { resolved?: ResolvedNetworkData }).resolved = pending;
    return pending;
  }
  throw new Error(
    `network/file: '${spec.path}' has not been read: the spread command line reads it (run, validate, fit, export); ` +
      'code that builds a file network must call resolveScenarioFiles first',
  );
}

export function fileNetwork(spec: FileNetworkSpec): { csr: Csr; labels: Labels } {
  const d = resolvedData(spec);
  const build = d.directed ? directedCsrFromEdgeArrays : csrFromEdgeArrays;
  const csr = build(d.n, d.source, d.target, d.kind, d.weight);
  const labels: Labels = {
    region: d.region,
    type: d.type,
    regionNames: d.regionNames,
    typeNames: d.typeNames,
    ...(d.size ? { size: d.size } : {}),
    given: d.given,
  };
  return { csr, labels };
}

/** Attach the data read for a `file` network to its validated spec (if not already). */
export function attachResolved(network: { kind: string }, resolved: ResolvedNetworkData | undefined): void {
  if (!resolved || network.kind !== 'file') return;
  const spec = network as { resolved?: ResolvedNetworkData };
  spec.resolved ??= resolved;
}
