// The fit chart as SVG text: one panel per curve, the observed points over the 90% band,
// median and point-estimate curve of the simulations. Plain strings, numbers to 0.01 px.

export interface FitPanel {
  /** Curve name, e.g. `type=records`. */
  readonly key: string;
  readonly times: ArrayLike<number>;
  readonly p5: ArrayLike<number>;
  readonly p50: ArrayLike<number>;
  readonly p95: ArrayLike<number>;
  /** Mean curve of the replicates at the point estimate. */
  readonly point: ArrayLike<number>;
  readonly observedTimes: ArrayLike<number>;
  /** NaN where not observed. */
  readonly observed: ArrayLike<number>;
}

export interface FitChart {
  readonly title: string;
  /** Lines under the title (the estimates, the distance). */
  readonly subtitle: readonly string[];
  readonly timeUnit: string;
  readonly measure: string;
  readonly panels: readonly FitPanel[];
}

const MIN_WIDTH = 720;
const H = 300;
const M = { top: 34, right: 18, bottom: 40, left: 52 };
const COLOURS = { band: '#9ecae1', median: '#3182bd', point: '#08306b', observed: '#d94801', axis: '#444', grid: '#ddd' };

const f = (x: number) => (Math.round(x * 100) / 100).toString();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** About `count` round tick values (1, 2 or 5 times a power of ten) covering [0, max]. */
export function ticks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

function panel(p: FitPanel, chart: FitChart, x0: number, y0: number, W: number): string {
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  let tMax = 0;
  for (let i = 0; i < p.times.length; i++) tMax = Math.max(tMax, p.times[i]);
  for (let i = 0; i < p.observedTimes.length; i++) tMax = Math.max(tMax, p.observedTimes[i]);
  const sx = (t: number) => x0 + M.left + (tMax > 0 ? (t / tMax) * innerW : 0);
  const sy = (v: number) => y0 + M.top + (1 - Math.min(1, Math.max(0, v))) * innerH;
  const line = (ys: ArrayLike<number>) => Array.from(p.times, (t, i) => `${i ? 'L' : 'M'}${f(sx(t))},${f(sy(ys[i]))}`).join('');
  const band =
    Array.from(p.times, (t, i) => `${i ? 'L' : 'M'}${f(sx(t))},${f(sy(p.p95[i]))}`).join('') +
    Array.from(p.times, (t, i) => ({ t, i }))
      .reverse()
      .map(({ t, i }) => `L${f(sx(t))},${f(sy(p.p5[i]))}`)
      .join('') +
    'Z';
  const out: string[] = [`<g class="panel" data-curve="${esc(p.key)}">`];
  out.push(`<text x="${f(x0 + M.left)}" y="${f(y0 + 20)}" font-size="13" font-weight="bold">${esc(p.key)}</text>`);
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line x1="${f(sx(0))}" x2="${f(sx(tMax))}" y1="${f(sy(v))}" y2="${f(sy(v))}" stroke="${COLOURS.grid}"/>`);
    out.push(`<text x="${f(sx(0) - 6)}" y="${f(sy(v) + 4)}" font-size="11" text-anchor="end">${Math.round(v * 100)}%</text>`);
  }
  for (const t of ticks(tMax)) {
    out.push(`<line x1="${f(sx(t))}" x2="${f(sx(t))}" y1="${f(sy(0))}" y2="${f(sy(0) + 4)}" stroke="${COLOURS.axis}"/>`);
    out.push(`<text x="${f(sx(t))}" y="${f(sy(0) + 16)}" font-size="11" text-anchor="middle">${t}</text>`);
  }
  out.push(`<line x1="${f(sx(0))}" x2="${f(sx(tMax))}" y1="${f(sy(0))}" y2="${f(sy(0))}" stroke="${COLOURS.axis}"/>`);
  out.push(`<text x="${f(x0 + M.left + innerW / 2)}" y="${f(y0 + H - 6)}" font-size="11" text-anchor="middle">time (${esc(chart.timeUnit)}s)</text>`);
  out.push(`<path class="band" d="${band}" fill="${COLOURS.band}" fill-opacity="0.55" stroke="none"/>`);
  out.push(`<path class="median" d="${line(p.p50)}" fill="none" stroke="${COLOURS.median}" stroke-width="1.5"/>`);
  out.push(`<path class="point" d="${line(p.point)}" fill="none" stroke="${COLOURS.point}" stroke-width="1.5" stroke-dasharray="5,3"/>`);
  for (let i = 0; i < p.observedTimes.length; i++) {
    const v = p.observed[i];
    if (Number.isNaN(v)) continue;
    out.push(`<circle class="observed" cx="${f(sx(p.observedTimes[i]))}" cy="${f(sy(v))}" r="3.2" fill="${COLOURS.observed}"/>`);
  }
  out.push('</g>');
  return out.join('\n');
}

export function fitSvg(chart: FitChart): string {
  const columns = chart.panels.length > 1 ? 2 : 1;
  const rows = Math.ceil(chart.panels.length / columns);
  const width = Math.max(MIN_WIDTH, columns * 460);
  const W = width / columns;
  const legendY = 40 + 15 * chart.subtitle.length;
  const header = legendY + 14;
  const height = header + rows * H;
  const legend = [
    ['rect', COLOURS.band, 'simulated: 90% band (posterior predictive)'],
    ['line', COLOURS.median, 'simulated: median'],
    ['dash', COLOURS.point, 'mean at the point estimate'],
    ['circle', COLOURS.observed, 'observed'],
  ]
    .map(([shape, colour, label], i) => {
      const x = 12 + [0, 275, 415, 600][i];
      const y = legendY;
      const mark =
        shape === 'rect'
          ? `<rect x="${x}" y="${y - 8}" width="16" height="10" fill="${colour}" fill-opacity="0.55"/>`
          : shape === 'circle'
            ? `<circle cx="${x + 8}" cy="${y - 3}" r="3.2" fill="${colour}"/>`
            : `<line x1="${x}" x2="${x + 16}" y1="${y - 3}" y2="${y - 3}" stroke="${colour}" stroke-width="1.5"${shape === 'dash' ? ' stroke-dasharray="5,3"' : ''}/>`;
      return `${mark}<text x="${x + 20}" y="${y}" font-size="11">${esc(label)}</text>`;
    })
    .join('\n');
  const body = chart.panels.map((p, i) => panel(p, chart, (i % columns) * W, header + Math.floor(i / columns) * H, W)).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<title>${esc(chart.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="12" y="20" font-size="15" font-weight="bold">${esc(chart.title)}</text>`,
    ...chart.subtitle.map((line, i) => `<text x="12" y="${37 + 15 * i}" font-size="11">${esc(line)}</text>`),
    legend,
    body,
    '</svg>',
    '',
  ].join('\n');
}
