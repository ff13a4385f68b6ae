// A valid starting network of another kind when the user switches kind, keeping the
// number of units: every generator needs a size, the health system its regions.

/** Units in a network spec as written (0 when it cannot tell). */
export function unitCount(network: unknown): number {
  const n = network as { n?: number; regions?: unknown };
  if (typeof n?.n === 'number') return n.n;
  const regions = n?.regions;
  if (Array.isArray(regions)) return regions.reduce((sum: number, r: { units?: number }) => sum + (r.units ?? 0), 0);
  if (regions && typeof regions === 'object') {
    const r = regions as { count?: number; unitsPerRegion?: number };
    return (r.count ?? 0) * (r.unitsPerRegion ?? 0);
  }
  return 0;
}

export function networkStarter(kind: string, current: unknown): Record<string, unknown> {
  const n = Math.max(2, unitCount(current) || 300);
  switch (kind) {
    case 'healthSystem':
      return { kind, regions: { count: 4, unitsPerRegion: Math.max(2, Math.round(n / 4)) } };
    case 'edges':
      return { kind, n, edges: [] };
    default:
      return { kind, n };
  }
}
