// A time-series chart in SVG (D3): per strategy a median line and its 90% band, an
// optional second line (dashed), the levers' periods in a strip under the time axis,
// and hover or arrow keys to read the values at one time.
import { area, axisBottom, axisLeft, line, scaleLinear, select, type Selection } from 'd3';
import type { Band } from '../data/bands.js';
import { plural } from '../data/format.js';
import type { LeverPeriod } from '../data/lever-periods.js';

export interface ChartSeries {
  readonly name: string;
  readonly colour: string;
  readonly dash: string;
  readonly band: Band;
  /** A second quantity drawn as a thin dashed median (e.g. ever adopted). */
  readonly secondary?: Band;
  /** Lever periods for the strip under the axis. */
  readonly periods?: readonly LeverPeriod[];
}

export interface CurveChartSpec {
  readonly title: string;
  readonly subtitle?: string;
  readonly yLabel: string;
  readonly timeUnit: string;
  readonly horizon: number;
  readonly series: readonly ChartSeries[];
  /** Legend text for the secondary lines, e.g. "dashed: ever adopted". */
  readonly secondaryLabel?: string;
  /** Vertical reference lines, e.g. where the sustained share is read. */
  readonly markers?: readonly { readonly at: number; readonly label: string }[];
  /** Small multiple: no strip, no legend, smaller type. */
  readonly compact?: boolean;
  /** Width in pixels; measured from the container when left out (which may force a layout). */
  readonly width?: number;
  readonly height?: number;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const STRIP_ROW = 16;

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}

function valueText(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a';
}

/** A chart drawn in a container: what its frame was drawn for, and how to redraw its data. */
interface Drawn {
  readonly key: string;
  readonly svg: SVGSVGElement;
  update(spec: CurveChartSpec): void;
}

const drawn = new WeakMap<HTMLElement, Drawn>();

/** Everything but the data: when it is unchanged, only the curves are redrawn. */
function frameKey(spec: CurveChartSpec, width: number): string {
  return JSON.stringify([
    width,
    spec.title,
    spec.subtitle,
    spec.yLabel,
    spec.timeUnit,
    spec.horizon,
    spec.secondaryLabel,
    spec.markers,
    spec.compact,
    spec.height,
    spec.series.map((s) => [s.name, s.colour, s.dash, s.periods, s.band.t.length, s.secondary !== undefined]),
  ]);
}

/**
 * Renders into `container` at its current width; returns the SVG. When only the data
 * changed since the last call, the curves are updated in place (streaming results).
 */
export function renderCurveChart(container: HTMLElement, spec: CurveChartSpec): SVGSVGElement {
  const width = Math.max(240, Math.floor(spec.width ?? (container.clientWidth || 480)));
  const key = frameKey(spec, width);
  const previous = drawn.get(container);
  if (previous && previous.key === key && container.contains(previous.svg)) {
    previous.update(spec);
    return previous.svg;
  }
  container.replaceChildren();
  container.classList.add('chart');
  const compact = spec.compact ?? false;
  const stripRows = compact ? 0 : spec.series.filter((s) => (s.periods?.length ?? 0) > 0).length;
  const margin = compact
    ? { top: 26, right: 10, bottom: 30, left: 40 }
    : { top: spec.subtitle ? 74 : 58, right: 18, bottom: 46 + stripRows * STRIP_ROW, left: 58 };
  const plotHeight = spec.height ?? (compact ? 120 : 230);
  const height = margin.top + plotHeight + margin.bottom;
  const x = scaleLinear().domain([0, spec.horizon]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([margin.top + plotHeight, margin.top]);
  const fontSize = compact ? 11 : 13;

  const svg: Svg = select(container)
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('tabindex', 0)
    .attr('aria-label', `${spec.title}. ${spec.subtitle ?? ''} Use the left and right arrow keys to read values.`)
    .style('font-family', FONT)
    .style('font-size', `${fontSize}px`);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#ffffff');

  svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', compact ? margin.left : 8)
    .attr('y', compact ? 16 : 20)
    .attr('font-weight', 600)
    .attr('font-size', compact ? 12 : 16)
    .attr('fill', '#1a1a1a')
    .text(spec.title);
  if (spec.subtitle && !compact) {
    svg.append('text').attr('x', 8).attr('y', 38).attr('fill', '#4a4a4a').attr('font-size', 12).text(spec.subtitle);
  }

  // Grid and axes.
  const yTicks = compact ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  svg
    .append('g')
    .attr('stroke', '#e3e6ea')
    .selectAll('line')
    .data(yTicks)
    .join('line')
    .attr('x1', margin.left)
    .attr('x2', width - margin.right)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d));
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).tickValues(yTicks).tickFormat((d) => pct(Number(d))).tickSizeOuter(0))
    .call((g) => g.select('.domain').remove())
    .call((g) => g.selectAll('text').attr('fill', '#333').style('font-size', `${fontSize - 1}px`));
  const xAxisY = margin.top + plotHeight;
  svg
    .append('g')
    .attr('transform', `translate(0,${xAxisY})`)
    .call(axisBottom(x).ticks(compact ? 3 : Math.max(3, Math.floor(width / 90))).tickSizeOuter(0))
    .call((g) => g.selectAll('text').attr('fill', '#333').style('font-size', `${fontSize - 1}px`))
    .call((g) => g.select('.domain').attr('stroke', '#888'));
  if (compact) {
    svg
      .append('text')
      .attr('x', width - margin.right)
      .attr('y', height - 2)
      .attr('text-anchor', 'end')
      .attr('fill', '#4a4a4a')
      .attr('font-size', 10)
      .text(plural(spec.timeUnit, 2));
  } else {
    svg
      .append('text')
      .attr('transform', `translate(16,${margin.top + plotHeight / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .attr('fill', '#333')
      .text(spec.yLabel);
    svg
      .append('text')
      .attr('x', (margin.left + width - margin.right) / 2)
      .attr('y', height - 8)
      .attr('text-anchor', 'middle')
      .attr('fill', '#333')
      .text(`Time (${plural(spec.timeUnit, 2)})`);
  }

  // Reference markers.
  for (const [k, m] of (spec.markers ?? []).entries()) {
    if (!(m.at >= 0 && m.at <= spec.horizon)) continue;
    const g = svg.append('g').attr('class', 'marker');
    g.append('line')
      .attr('x1', x(m.at))
      .attr('x2', x(m.at))
      .attr('y1', margin.top - (compact ? 0 : 4))
      .attr('y2', xAxisY)
      .attr('stroke', '#555')
      .attr('stroke-dasharray', '3 3');
    if (!compact) {
      // Labels sit above the plot, right-aligned on their line, so they never cover a curve.
      const right = x(m.at) > (x.range()[0] + x.range()[1]) / 2;
      g.append('text')
        .attr('x', x(m.at) + (right ? -4 : 4))
        // Alternate rows, so labels of nearby lines do not collide.
        .attr('y', margin.top - 8 - 14 * (k % 2))
        .attr('text-anchor', right ? 'end' : 'start')
        .attr('fill', '#333')
        .attr('font-size', 12)
        .text(m.label);
    }
  }

  // Bands, then lines, so no band hides a line.
  const defined = (b: Band) => (i: number) => Number.isFinite(b.median[i]) && Number.isFinite(b.lo[i]);
  const bandArea = (b: Band) =>
    area<number>()
      .digits(1)
      .defined(defined(b))
      .x((i) => x(b.t[i]))
      .y0((i) => y(b.lo[i]))
      .y1((i) => y(b.hi[i]));
  const medianLine = (b: Band) =>
    line<number>()
      .digits(1)
      .defined((i) => Number.isFinite(b.median[i]))
      .x((i) => x(b.t[i]))
      .y((i) => y(b.median[i]));
  const indices = (b: Band) => b.t.map((_, i) => i);
  const plot = svg.append('g').attr('class', 'plot');
  const bands = spec.series.map((s) =>
    plot.append('path').attr('class', 'band').attr('fill', s.colour).attr('fill-opacity', 0.16).attr('stroke', 'none'),
  );
  const seconds: (Selection<SVGPathElement, unknown, null, undefined> | undefined)[] = [];
  const medians: Selection<SVGPathElement, unknown, null, undefined>[] = [];
  spec.series.forEach((s) => {
    if (s.secondary) {
      const second = plot
        .append('path')
        .attr('class', 'secondary-line')
        .attr('fill', 'none')
        .attr('stroke', s.colour)
        .attr('stroke-width', 1.4)
        .attr('stroke-dasharray', '2 3')
        .attr('stroke-opacity', 0.9);
      seconds.push(second);
    } else seconds.push(undefined);
    medians.push(
      plot
        .append('path')
        .attr('class', 'median-line')
        .attr('data-strategy', s.name)
        .attr('fill', 'none')
        .attr('stroke', s.colour)
        .attr('stroke-width', compact ? 1.8 : 2.6)
        .attr('stroke-dasharray', s.dash)
        .attr('stroke-linejoin', 'round'),
    );
  });
  let current = spec;
  const drawCurves = (next: CurveChartSpec) => {
    current = next;
    next.series.forEach((s, i) => {
      bands[i].attr('d', bandArea(s.band)(indices(s.band)));
      if (s.secondary) seconds[i]?.attr('d', medianLine(s.secondary)(indices(s.secondary)));
      medians[i].attr('d', medianLine(s.band)(indices(s.band)));
    });
  };
  drawCurves(spec);

  if (!compact) drawStrip(svg, spec, x, xAxisY + 26);
  if (!compact && spec.secondaryLabel) {
    const g = svg.append('g').attr('class', 'secondary-key').attr('transform', `translate(${width - margin.right},20)`);
    g.append('text').attr('text-anchor', 'end').attr('fill', '#4a4a4a').attr('font-size', 12).text(spec.secondaryLabel);
  }
  attachHover(container, svg, () => current, x, y, { top: margin.top, bottom: xAxisY });
  drawn.set(container, { key, svg: svg.node()!, update: drawCurves });
  return svg.node()!;
}

/** One row per strategy: its levers as bars from start to end, champions as a triangle. */
function drawStrip(svg: Svg, spec: CurveChartSpec, x: (v: number) => number, top: number): void {
  const rows = spec.series.filter((s) => (s.periods?.length ?? 0) > 0);
  const strip = svg.append('g').attr('class', 'lever-strip');
  rows.forEach((s, row) => {
    const y0 = top + row * STRIP_ROW;
    const periods = s.periods ?? [];
    const long = periods.filter((p) => !p.instant);
    long.forEach((p, k) => {
      const x0 = x(p.start);
      const x1 = Math.max(x0 + 2, x(p.end));
      const h = (STRIP_ROW - 4) / Math.max(1, long.length);
      const g = strip.append('g').attr('class', 'lever-period');
      g.append('title').text(`${s.name}: ${p.label} from ${p.start} to ${p.open ? 'the horizon' : p.end}`);
      g.append('rect')
        .attr('x', x0)
        .attr('y', y0 + k * h)
        .attr('width', x1 - x0)
        .attr('height', h)
        .attr('fill', s.colour)
        .attr('fill-opacity', 0.35)
        .attr('stroke', s.colour);
      if (long.length === 1 && x1 - x0 > 60) {
        g.append('text')
          .attr('x', x0 + 4)
          .attr('y', y0 + h - 2)
          .attr('font-size', 10)
          .attr('fill', '#1a1a1a')
          .text(`${s.name}: ${p.label}`);
      }
    });
    for (const p of periods.filter((q) => q.instant)) {
      const cx = x(p.start);
      strip
        .append('path')
        .attr('d', `M${cx},${y0 + 1} l5,${STRIP_ROW - 5} l-10,0 z`)
        .attr('fill', s.colour)
        .append('title')
        .text(`${s.name}: ${p.label} at ${p.start}`);
    }
  });
}

/** Pointer hover and arrow keys show a rule and every strategy's value at one step. */
function attachHover(
  container: HTMLElement,
  svg: Svg,
  specNow: () => CurveChartSpec,
  x: ReturnType<typeof scaleLinear<number, number>>,
  y: ReturnType<typeof scaleLinear<number, number>>,
  plot: { top: number; bottom: number },
): void {
  const spec = specNow();
  const times = spec.series[0]?.band.t ?? [];
  if (times.length === 0) return;
  const rule = svg
    .append('line')
    .attr('class', 'hover-rule')
    .attr('y1', plot.top)
    .attr('y2', plot.bottom)
    .attr('stroke', '#222')
    .attr('stroke-width', 1)
    .style('display', 'none');
  const dots = svg
    .append('g')
    .selectAll('circle')
    .data(spec.series)
    .join('circle')
    .attr('r', 4)
    .attr('fill', (s) => s.colour)
    .attr('stroke', '#fff')
    .style('display', 'none');
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('role', 'status');
  container.append(tip);
  let current = -1;

  const show = (i: number) => {
    // The latest data: curves may have been redrawn since the hover was set up.
    const spec = specNow();
    current = Math.max(0, Math.min(times.length - 1, i));
    const t = times[current];
    rule.attr('x1', x(t)).attr('x2', x(t)).style('display', null);
    dots
      .attr('cx', x(t))
      .attr('cy', (_, k) => y(Number.isFinite(spec.series[k].band.median[current]) ? spec.series[k].band.median[current] : 0))
      .style('display', (_, k) => (Number.isFinite(spec.series[k].band.median[current]) ? null : 'none'));
    const rows = spec.series
      .map((s) => {
        const b = s.band;
        const second = s.secondary ? ` <span class="tip-second">ever ${valueText(s.secondary.median[current])}</span>` : '';
        return `<div><span class="swatch" style="background:${s.colour}"></span>${escapeHtml(s.name)}: <b>${valueText(
          b.median[current],
        )}</b> <span class="tip-band">[${valueText(b.lo[current])}\u2013${valueText(b.hi[current])}]</span>${second}</div>`;
      })
      .join('');
    tip.innerHTML = `<div class="tip-time">${escapeHtml(spec.timeUnit)} ${formatTime(t)}</div>${rows}<div class="tip-note">median [90% band]</div>`;
    tip.hidden = false;
    const left = x(t) + 12;
    const tipWidth = tip.offsetWidth || 200;
    const room = container.clientWidth;
    const placed = left + tipWidth > room ? x(t) - tipWidth - 12 : left;
    // Inside the chart's box on both sides, even when the chart is narrow.
    tip.style.left = `${Math.max(0, Math.min(placed, room - tipWidth))}px`;
    tip.style.top = `${plot.top}px`;
  };
  const hide = () => {
    current = -1;
    rule.style('display', 'none');
    dots.style('display', 'none');
    tip.hidden = true;
  };
  const nearest = (px: number) => {
    const t = x.invert(px);
    const dt = times.length > 1 ? times[1] - times[0] : 1;
    return Math.round(t / dt);
  };
  svg
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointerIn(svg.node()!, event);
      if (px < x.range()[0] || px > x.range()[1]) return hide();
      show(nearest(px));
    })
    .on('pointerleave', hide)
    .on('blur', hide)
    .on('keydown', (event: KeyboardEvent) => {
      const step = event.shiftKey ? 10 : 1;
      if (event.key === 'ArrowRight') show(current < 0 ? 0 : current + step);
      else if (event.key === 'ArrowLeft') show(current < 0 ? times.length - 1 : current - step);
      else if (event.key === 'Home') show(0);
      else if (event.key === 'End') show(times.length - 1);
      else if (event.key === 'Escape') hide();
      else return;
      event.preventDefault();
    });
}

function pointerIn(svg: SVGSVGElement, event: PointerEvent): [number, number] {
  const box = svg.getBoundingClientRect();
  const scale = svg.viewBox.baseVal.width / box.width || 1;
  return [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale];
}

function formatTime(t: number): string {
  return Number.isInteger(t) ? String(t) : t.toFixed(2);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
