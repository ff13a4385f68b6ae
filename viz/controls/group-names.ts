// Region and unit-type names a scenario's network will have, read from the network as
// written (the same naming as sim/network/labels.ts), for choosing a lever's targets.

export interface GroupNames {
  readonly regions: readonly string[];
  readonly types: readonly string[];
}

const unique = (names: readonly string[]) => [...new Set(names)];

export function groupNames(network: unknown): GroupNames {
  const net = (network ?? {}) as Record<string, unknown>;
  const count = (k: unknown) => Array.from({ length: typeof k === 'number' && k >= 1 ? Math.min(k, 1000) : 1 }, (_, r) => `R${r + 1}`);
  switch (net.kind) {
    case 'healthSystem': {
      const regions = net.regions;
      const regionNames = Array.isArray(regions)
        ? regions.map((r: { name?: string }) => String(r.name ?? ''))
        : count((regions as { count?: number } | undefined)?.count);
      const types = Array.isArray(net.types) ? net.types.map((t: { name?: string }) => String(t.name ?? '')) : ['unit'];
      return { regions: regionNames, types };
    }
    case 'edges':
      return {
        regions: Array.isArray(net.regionOf) ? unique(net.regionOf.map(String)) : ['R1'],
        types: Array.isArray(net.typeOf) ? unique(net.typeOf.map(String)) : ['unit'],
      };
    default:
      return { regions: count(net.regions), types: ['unit'] };
  }
}
