// SVG charts of a sweep analysis: main effects per parameter (a panel each, a line and a
// 5-95% band per strategy), Sobol' indices with intervals, and PRCC bars.
import { scaleLinear, scaleLog, scalePoint, schemeTableau10 } from 'd3';
import type { OutputAnalysis } from '../sweep/analysis/analyze.js';
import type { ParameterData } from '../sweep/analysis/load-results.js';

const FONT = 'font-family="system-ui, sans-serif"';
const W = 280;
const H = 190;
const M = { top: 28, right: 12, bottom: 36, left: 52 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Coordinates rounded to 0.01 px: small files, identical bytes on every machine. */
const f = (x: number) => String(Math.round(x * 100) / 100);
const tick = (x: number) => String(Number(x.toPrecision(4)));
const colour = (i: number) => schemeTableau10[i % schemeTableau10.length];

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" ${FONT} font-size="11">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="12" y="20" font-size="14" font-weight="600">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function legend(strategies: readonly string[], x: number, y: number): string[] {
  return strategies.map((s, i) => `<g transform="translate(${f(x)},${f(y + i * 16)})"><rect width="10" height="10" fill="${colour(i)}"/><text x="14" y="9">${esc(s)}</text></g>`);
}

function yAxis(scale: ReturnType<typeof scaleLinear>, x: number, width: number): string[] {
  return scale.ticks(4).map((v) => {
    const y = f(scale(v) as number);
    return `<line x1="${f(x)}" x2="${f(x + width)}" y1="${y}" y2="${y}" stroke="#e5e5e5"/><text x="${f(x - 4)}" y="${y}" dy="0.32em" text-anchor="end">${tick(v)}</text>`;
  });
}

/** Ticks of a parameter axis: decades on a log scale (or three geometric steps within one). */
function logTicks(x: { ticks(count?: number): number[]; domain(): number[] }, log: boolean): number[] {
  if (!log) return x.ticks(4);
  const [lo, hi] = x.domain();
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) decades.push(10 ** e);
  if (decades.length >= 2) return decades;
  return [lo, Math.sqrt(lo * hi), hi].map((v) => Number(v.toPrecision(2)));
}

/** Main effects of one output: a panel per parameter, a line and band per strategy. */
export function mainEffectsSvg(output: string, parameters: readonly ParameterData[], analyses: readonly OutputAnalysis[]): string {
  const strategies = analyses.map((a) => a.strategy);
  const cols = Math.min(3, parameters.length);
  const rows = Math.ceil(parameters.length / cols);
  const top = 30 + strategies.length * 16;
  const body: string[] = [...legend(strategies, 12, 30)];
  const values = analyses.flatMap((a) => a.effects.flatMap((e) => e.levels.flatMap((l) => [l.p5, l.p95, l.mean]))).filter(Number.isFinite);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  parameters.forEach((p, i) => {
    const ox = (i % cols) * W;
    const oy = top + Math.floor(i / cols) * H;
    const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice().range([oy + H - M.bottom, oy + M.top]);
    const x0 = ox + M.left;
    const x1 = ox + W - M.right;
    body.push(`<text x="${f(ox + M.left)}" y="${f(oy + 18)}" font-weight="600">${esc(p.name)}</text>`);
    body.push(...yAxis(y, x0, x1 - x0));
    let position: (v: number | string) => number;
    if (p.labels) {
      const x = scalePoint<string>().domain(p.labels.map(String)).range([x0, x1]).padding(0.3);
      position = (v) => x(String(v)) ?? x0;
      p.labels.forEach((l) => body.push(`<text x="${f(x(l) ?? x0)}" y="${f(oy + H - M.bottom + 14)}" text-anchor="middle">${esc(l.length > 14 ? `${l.slice(0, 13)}…` : l)}</text>`));
    } else {
      const finite = Array.from(p.x).filter(Number.isFinite);
      const dom: [number, number] = [Math.min(...finite), Math.max(...finite)];
      const log = p.scale === 'log' && dom[0] > 0;
      const x = (log ? scaleLog() : scaleLinear()).domain(dom[0] === dom[1] ? [dom[0] - 1, dom[1] + 1] : dom).range([x0, x1]);
      position = (v) => x(v as number) as number;
      logTicks(x, log).forEach((v) => body.push(`<text x="${f(x(v) as number)}" y="${f(oy + H - M.bottom + 14)}" text-anchor="middle">${tick(v)}</text>`));
    }
    body.push(`<line x1="${f(x0)}" x2="${f(x1)}" y1="${f(oy + H - M.bottom)}" y2="${f(oy + H - M.bottom)}" stroke="#999"/>`);
    analyses.forEach((a, s) => {
      const levels = a.effects[i]?.levels ?? [];
      if (levels.length === 0) return;
      const pts = levels.map((l) => ({ x: position(l.x), m: y(l.mean) as number, lo: y(l.p5) as number, hi: y(l.p95) as number }));
      const band = [...pts.map((q) => `${f(q.x)},${f(q.hi)}`), ...[...pts].reverse().map((q) => `${f(q.x)},${f(q.lo)}`)].join(' ');
      body.push(`<polygon points="${band}" fill="${colour(s)}" fill-opacity="0.15" stroke="none"/>`);
      body.push(`<polyline points="${pts.map((q) => `${f(q.x)},${f(q.m)}`).join(' ')}" fill="none" stroke="${colour(s)}" stroke-width="1.5"/>`);
      for (const q of pts) body.push(`<circle cx="${f(q.x)}" cy="${f(q.m)}" r="2.5" fill="${colour(s)}"/>`);
    });
  });
  const note = `mean over points at each level (line) and 5-95% of points (band)`;
  body.push(`<text x="12" y="${f(top + rows * H + 4)}" fill="#555">${esc(note)}</text>`);
  return svg(cols * W + 12, top + rows * H + 16, `Main effects on ${output}`, body);
}

/** Horizontal bars per parameter for each strategy: Sobol' indices (first, total) or PRCC. */
function barPanels(
  title: string,
  analyses: readonly OutputAnalysis[],
  names: readonly string[],
  bars: (a: OutputAnalysis) => { label: string; value: number; low?: number; high?: number; shade: number; mark?: boolean }[][],
  domain: [number, number],
  caption: string,
): string {
  const labelWidth = Math.min(220, 20 + 6.5 * Math.max(...names.map((n) => n.length)));
  const panelW = labelWidth + 300;
  const rowH = 26;
  const panelH = M.top + names.length * rowH + 30;
  const body: string[] = [];
  analyses.forEach((a, s) => {
    const oy = 30 + s * panelH;
    const x = scaleLinear().domain(domain).nice().range([labelWidth, panelW - 16]);
    body.push(`<text x="12" y="${f(oy + 16)}" font-weight="600">${esc(a.strategy)}${a.note ? ` (${esc(a.note)})` : ''}</text>`);
    x.ticks(5).forEach((v) => {
      const xv = f(x(v));
      body.push(`<line x1="${xv}" x2="${xv}" y1="${f(oy + M.top - 4)}" y2="${f(oy + M.top + names.length * rowH)}" stroke="${v === 0 ? '#999' : '#e5e5e5'}"/>`);
      body.push(`<text x="${xv}" y="${f(oy + M.top + names.length * rowH + 14)}" text-anchor="middle">${tick(v)}</text>`);
    });
    const rows = bars(a);
    names.forEach((name, r) => {
      const ry = oy + M.top + r * rowH;
      body.push(`<text x="${f(labelWidth - 6)}" y="${f(ry + rowH / 2)}" dy="0.32em" text-anchor="end">${esc(name)}</text>`);
      const group = rows[r] ?? [];
      const h = (rowH - 6) / Math.max(1, group.length);
      group.forEach((b, j) => {
        if (!Number.isFinite(b.value)) return;
        const by = ry + 3 + j * h;
        const xa = x(Math.min(0, b.value));
        const xb = x(Math.max(0, b.value));
        body.push(`<rect x="${f(xa)}" y="${f(by)}" width="${f(Math.max(0.5, xb - xa))}" height="${f(h - 1)}" fill="${b.shade ? '#9ecae1' : '#3182bd'}"><title>${esc(`${b.label}: ${tick(b.value)}`)}</title></rect>`);
        if (b.low !== undefined && b.high !== undefined && Number.isFinite(b.low) && Number.isFinite(b.high)) {
          const cy = f(by + h / 2);
          body.push(`<line x1="${f(x(b.low))}" x2="${f(x(b.high))}" y1="${cy}" y2="${cy}" stroke="#333"/>`);
        }
        if (b.mark) body.push(`<text x="${f(xb + 4)}" y="${f(by + h / 2)}" dy="0.32em">*</text>`);
      });
    });
  });
  body.push(`<text x="12" y="${f(30 + analyses.length * panelH)}" fill="#555">${esc(caption)}</text>`);
  return svg(panelW, 42 + analyses.length * panelH, title, body);
}

export function sobolSvg(output: string, names: readonly string[], analyses: readonly OutputAnalysis[], confidence: number): string {
  const values = analyses
    .flatMap((a) => (a.sobol ? [...a.sobol.firstLow, ...a.sobol.firstHigh, ...a.sobol.totalLow, ...a.sobol.totalHigh, ...a.sobol.first, ...a.sobol.total] : []))
    .filter(Number.isFinite);
  const domain: [number, number] = [Math.min(0, ...values), Math.max(1, ...values)];
  return barPanels(
    `Sobol' indices of ${output}`,
    analyses,
    names,
    (a) =>
      names.map((_, i) =>
        a.sobol
          ? [
              { label: 'first-order', value: a.sobol.first[i], low: a.sobol.firstLow[i], high: a.sobol.firstHigh[i], shade: 0 },
              { label: 'total', value: a.sobol.total[i], low: a.sobol.totalLow[i], high: a.sobol.totalHigh[i], shade: 1 },
            ]
          : [],
      ),
    domain,
    `dark: first-order, light: total; whiskers: ${Math.round(confidence * 100)}% bootstrap intervals`,
  );
}

export function prccSvg(output: string, names: readonly string[], analyses: readonly OutputAnalysis[]): string {
  return barPanels(
    `Partial rank correlation with ${output}`,
    analyses,
    names,
    (a) => names.map((_, i) => (a.prcc ? [{ label: 'PRCC', value: a.prcc.coefficients[i], shade: 0, mark: a.prcc.pValues[i] < 0.05 }] : [])),
    [-1, 1],
    'PRCC of each parameter (* p < 0.05)',
  );
}
