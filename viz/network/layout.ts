// Where each unit sits in the network view: regions as discs in a grid (area in
// proportion to their units), and inside each region its units along a spiral in index
// order, so units next to each other in the lattice of strong ties sit side by side.

export interface RegionDisc {
  readonly name: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly count: number;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** Radius of a unit's dot. */
  readonly dot: number;
  readonly regions: readonly RegionDisc[];
}

/** Space above each disc for its name. */
const LABEL = 20;

export function regionLayout(region: Uint16Array, regionNames: readonly string[], width: number, height: number): Layout {
  const n = region.length;
  const groups = regionNames.length;
  const counts = new Int32Array(groups);
  for (let i = 0; i < n; i++) counts[region[i]]++;
  const cols = bestColumns(groups, width, height);
  const rows = Math.ceil(groups / cols);
  const cellW = width / cols;
  const cellH = height / rows;
  const maxR = Math.max(4, Math.min(cellW, cellH - LABEL) / 2 - 6);
  const biggest = Math.max(1, ...counts);
  const regions: RegionDisc[] = regionNames.map((name, g) => ({
    name,
    cx: (g % cols) * cellW + cellW / 2,
    cy: Math.floor(g / cols) * cellH + LABEL + (cellH - LABEL) / 2,
    r: maxR * Math.sqrt(counts[g] / biggest),
    count: counts[g],
  }));
  // Spiral of constant spacing d filling a disc of radius R with m points:
  // the k-th point at radius d*sqrt(k/pi), angle sqrt(4*pi*k).
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const seen = new Int32Array(groups);
  let dot = Infinity;
  const spacing = regions.map((d) => (d.count > 0 ? d.r * Math.sqrt(Math.PI / d.count) : 0));
  for (let i = 0; i < n; i++) {
    const g = region[i];
    const k = seen[g]++;
    const d = spacing[g];
    const rad = d * Math.sqrt((k + 0.5) / Math.PI);
    const angle = Math.sqrt(4 * Math.PI * (k + 0.5));
    x[i] = regions[g].cx + rad * Math.cos(angle);
    y[i] = regions[g].cy + rad * Math.sin(angle);
  }
  for (const d of spacing) if (d > 0) dot = Math.min(dot, d);
  return { width, height, x, y, dot: Math.max(1, Math.min(7, 0.42 * (Number.isFinite(dot) ? dot : 8))), regions };
}

/** Columns of the grid that give the biggest discs (ties: fewer empty cells). */
function bestColumns(groups: number, width: number, height: number): number {
  let best = 1;
  let bestScore = -Infinity;
  for (let cols = 1; cols <= Math.max(1, groups); cols++) {
    const rows = Math.ceil(groups / cols);
    const size = Math.min(width / cols, height / rows - LABEL);
    const score = size - 1e-3 * (rows * cols - groups);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = cols;
    }
  }
  return best;
}

/** Finds the unit nearest a point, within `within`, through a grid of buckets. */
export class UnitFinder {
  private readonly cell: number;
  private readonly cols: number;
  private readonly buckets: Map<number, number[]>;

  constructor(private readonly layout: Layout, cell = 12) {
    this.cell = cell;
    this.cols = Math.ceil(layout.width / cell) + 1;
    this.buckets = new Map();
    for (let i = 0; i < layout.x.length; i++) {
      const key = this.key(layout.x[i], layout.y[i]);
      const list = this.buckets.get(key);
      if (list) list.push(i);
      else this.buckets.set(key, [i]);
    }
  }

  private key(x: number, y: number): number {
    return Math.floor(y / this.cell) * this.cols + Math.floor(x / this.cell);
  }

  nearest(px: number, py: number, within: number): number {
    let best = -1;
    let bestD = within * within;
    const cx = Math.floor(px / this.cell);
    const cy = Math.floor(py / this.cell);
    const reach = Math.ceil(within / this.cell);
    for (let dy = -reach; dy <= reach; dy++) {
      for (let dx = -reach; dx <= reach; dx++) {
        const list = this.buckets.get((cy + dy) * this.cols + (cx + dx));
        if (!list) continue;
        for (const i of list) {
          const ex = this.layout.x[i] - px;
          const ey = this.layout.y[i] - py;
          const d = ex * ex + ey * ey;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }
}
