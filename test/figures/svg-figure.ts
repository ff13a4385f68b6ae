// A figure as SVG text (no DOM): stacked panels sharing one x axis, each series a median
// line over its 90% band, the final median labelled, and lanes of lever periods below.
import { area, line, scaleLinear, schemeTableau10 } from 'd3';
import type { Band } from './ensemble-bands.js';

export interface Series {
  readonly label: string;
  readonly color: string;
  readonly band: Band;
  readonly dashed?: boolean;
}

export interface Panel {
  readonly title: string;
  readonly series: readonly Series[];
  /** Top of the y axis; 1 for shares. */
  readonly yMax: number;
  /** Bottom of the y axis; 0 unless given. */
  readonly yMin?: number;
  readonly percent: boolean;
  /** Dotted horizontal reference line (e.g. 1 for "no change"). */
  readonly reference?: number;
}

/** A shaded bar for a lever (or levers) active over [from, to); from = to is an instant. */
export interface LaneBar {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

export interface Lane {
  readonly label: string;
  readonly color: string;
  /** One row of bars per entry. */
  readonly rows: readonly LaneBar[][];
}

export interface Figure {
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly xLabel: string;
  readonly xMax: number;
  /** Divides x values for the axis (52 shows weeks as years). */
  readonly xScale?: number;
  readonly panels: readonly Panel[];
  readonly lanes?: readonly Lane[];
  /** Times marked by dashed vertical lines across the panels (levers ending). */
  readonly markers?: readonly number[];
  readonly legend: readonly { label: string; color: string; dashed?: boolean }[];
}

export const COLORS = schemeTableau10;

const W = 760;
const M = { left: 56, right: 64 };
const PANEL_H = 190;
const PANEL_GAP = 46;
const ROW_H = 16;
const f = (x: number) => (Math.round(x * 10) / 10).toString();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (x: number, y: number, s: string, attrs = '') => `<text x="${f(x)}" y="${f(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;

export function renderFigure(fig: Figure): string {
  const parts: string[] = [];
  const xs = scaleLinear().domain([0, fig.xMax]).range([M.left, W - M.right]);
  const unit = fig.xScale ?? 1;
  const span = fig.xMax / unit;
  // Whole years when there are few enough, otherwise about ten round ticks.
  const xTicks = scaleLinear().domain([0, span]).ticks(span >= 2 && span <= 12 ? Math.ceil(span) : 10);
  let y = 24;
  parts.push(text(M.left, y, fig.title, 'font-size="15" font-weight="bold"'));
  for (const line of fig.subtitle.flatMap((s) => wrap(s, 112))) {
    y += 16;
    parts.push(text(M.left, y, line, 'font-size="11.5" fill="#555"'));
  }
  y += 22;
  parts.push(legend(fig.legend, y));
  y += 18;

  for (const panel of fig.panels) {
    y += 16;
    parts.push(text(M.left, y, panel.title, 'font-size="12.5" font-weight="bold"'));
    y += 8;
    parts.push(drawPanel(panel, fig, xs, xTicks, unit, y));
    y += PANEL_H + PANEL_GAP;
  }

  if (fig.lanes && fig.lanes.length > 0) {
    y -= 6;
    parts.push(text(M.left, y, 'Levers: when each acts (shaded), by strategy', 'font-size="12.5" font-weight="bold"'));
    y += 8;
    for (const lane of fig.lanes) {
      y += 13;
      parts.push(text(M.left, y, lane.label, `font-size="11" font-weight="bold" fill="${lane.color}"`));
      y += 4;
      for (const row of lane.rows) {
        for (const bar of row) parts.push(drawBar(bar, lane.color, xs, y));
        y += ROW_H + 2;
      }
    }
    y += 4;
    parts.push(axis(xs, xTicks, unit, y, fig.xLabel));
    y += 34;
  } else {
    y += 8;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${f(y)}" viewBox="0 0 ${W} ${f(y)}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${W}" height="${f(y)}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of s.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function legend(items: Figure['legend'], y: number): string {
  const out: string[] = [];
  let x = M.left;
  for (const item of items) {
    const dash = item.dashed ? ' stroke-dasharray="5,3"' : '';
    out.push(`<line x1="${f(x)}" y1="${f(y - 4)}" x2="${f(x + 22)}" y2="${f(y - 4)}" stroke="${item.color}" stroke-width="2.5"${dash}/>`);
    out.push(text(x + 27, y, item.label));
    x += 40 + item.label.length * 6;
  }
  return out.join('\n');
}

function drawPanel(
  panel: Panel,
  fig: Figure,
  xs: ReturnType<typeof scaleLinear<number, number>>,
  xTicks: number[],
  unit: number,
  top: number,
): string {
  const yMin = panel.yMin ?? 0;
  const ys = scaleLinear().domain([yMin, panel.yMax]).range([top + PANEL_H, top]);
  const out: string[] = [];
  const yTicks = ys.ticks(5);
  for (const t of yTicks) {
    out.push(`<line x1="${M.left}" y1="${f(ys(t))}" x2="${W - M.right}" y2="${f(ys(t))}" stroke="#e6e6e6"/>`);
    const label = panel.percent ? `${Math.round(t * 100)}%` : String(t);
    out.push(text(M.left - 6, ys(t) + 4, label, 'text-anchor="end" fill="#444"'));
  }
  if (panel.reference !== undefined) {
    out.push(`<line x1="${M.left}" y1="${f(ys(panel.reference))}" x2="${W - M.right}" y2="${f(ys(panel.reference))}" stroke="#888" stroke-dasharray="2,3"/>`);
  }
  for (const m of fig.markers ?? []) {
    if (m <= 0 || m >= fig.xMax) continue;
    out.push(`<line x1="${f(xs(m))}" y1="${top}" x2="${f(xs(m))}" y2="${top + PANEL_H}" stroke="#999" stroke-dasharray="4,3"/>`);
  }
  const clampY = (v: number) => ys(Math.max(yMin, Math.min(panel.yMax, v)));
  for (const s of panel.series) {
    const idx = s.band.x.map((_, i) => i);
    const band = area<number>()
      .defined((i) => Number.isFinite(s.band.mid[i]))
      .x((i) => xs(s.band.x[i]))
      .y0((i) => clampY(s.band.lo[i]))
      .y1((i) => clampY(s.band.hi[i]))
      .digits(1)(idx);
    out.push(`<path d="${band}" fill="${s.color}" fill-opacity="0.16" stroke="none"/>`);
  }
  for (const s of panel.series) {
    const idx = s.band.x.map((_, i) => i);
    const mid = line<number>()
      .defined((i) => Number.isFinite(s.band.mid[i]))
      .x((i) => xs(s.band.x[i]))
      .y((i) => clampY(s.band.mid[i]))
      .digits(1)(idx);
    const dash = s.dashed ? ' stroke-dasharray="5,3"' : '';
    out.push(`<path d="${mid}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
  }
  out.push(endLabels(panel, ys));
  out.push(`<line x1="${M.left}" y1="${top + PANEL_H}" x2="${W - M.right}" y2="${top + PANEL_H}" stroke="#444"/>`);
  out.push(axis(xs, xTicks, unit, top + PANEL_H, fig.xLabel));
  return out.join('\n');
}

/** The last median of each series at the right edge, nudged apart so labels do not overlap. */
function endLabels(panel: Panel, ys: ReturnType<typeof scaleLinear<number, number>>): string {
  const labels = panel.series
    .filter((s) => Number.isFinite(s.band.mid[s.band.mid.length - 1]))
    .map((s) => {
      const v = s.band.mid[s.band.mid.length - 1];
      const y = ys(Math.max(panel.yMin ?? 0, Math.min(panel.yMax, v)));
      return { color: s.color, y, text: panel.percent ? `${Math.round(v * 100)}%` : v.toFixed(2) };
    })
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i].y = Math.max(labels[i].y, labels[i - 1].y + 12);
  return labels.map((l) => text(W - M.right + 6, l.y + 4, l.text, `fill="${l.color}" font-weight="bold"`)).join('\n');
}

function axis(xs: ReturnType<typeof scaleLinear<number, number>>, ticks: number[], unit: number, y: number, label: string): string {
  const out: string[] = [];
  for (const t of ticks) {
    const x = xs(t * unit);
    out.push(`<line x1="${f(x)}" y1="${f(y)}" x2="${f(x)}" y2="${f(y + 4)}" stroke="#444"/>`);
    out.push(text(x, y + 15, String(t), 'text-anchor="middle" fill="#444"'));
  }
  out.push(text(W - M.right, y + 29, label, 'text-anchor="end" fill="#444"'));
  return out.join('\n');
}

function drawBar(bar: LaneBar, color: string, xs: ReturnType<typeof scaleLinear<number, number>>, y: number): string {
  const x0 = xs(bar.from);
  if (bar.to <= bar.from) {
    // An instant (champions seeded): a marker and its label.
    const pts = `${f(x0)},${f(y)} ${f(x0 + 5)},${f(y + ROW_H / 2)} ${f(x0)},${f(y + ROW_H)} ${f(x0 - 5)},${f(y + ROW_H / 2)}`;
    return `<polygon points="${pts}" fill="${color}"/>\n${text(x0 + 9, y + 12, bar.label, 'fill="#333"')}`;
  }
  const x1 = xs(bar.to);
  const width = x1 - x0;
  // Inside the bar if the label fits, else beside it where there is room.
  const needed = bar.label.length * 6.3 + 8;
  const label =
    needed < width || (needed > W - x1 && needed > x0)
      ? text(x0 + 4, y + 12, bar.label, 'fill="#222"')
      : needed <= W - x1
        ? text(x1 + 4, y + 12, bar.label, 'fill="#222"')
        : text(x0 - 4, y + 12, bar.label, 'fill="#222" text-anchor="end"');
  return [`<rect x="${f(x0)}" y="${f(y)}" width="${f(width)}" height="${ROW_H}" fill="${color}" fill-opacity="0.22" stroke="${color}"/>`, label].join('\n');
}
