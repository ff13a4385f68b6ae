// The comparison view: the legend (with teach mode's logics), adoption and sustainment
// curves, the metrics table, and small multiples by region and by unit type.
import { renderCurveChart, type ChartSeries } from '../charts/curve-chart.js';
import { renderLegend } from '../charts/legend.js';
import { renderMetricsTable } from '../charts/metrics-table-view.js';
import { strategyColour, strategyDash } from '../charts/palette.js';
import { compareData, type CompareData } from '../data/compare-data.js';
import { plural } from '../data/format.js';
import { pngBlob, svgText } from '../export/chart-image.js';
import { download, fileStem } from '../export/download.js';
import type { AppState, AppStore } from './state.js';

export interface CompareView {
  readonly element: HTMLElement;
  /** The data drawn last (for exports), or null before any results. */
  data(): CompareData | null;
}

function sustainMarkers(d: CompareData): { at: number; label: string }[] {
  const times = [...new Set(d.strategies.map((s) => s.sustainTime).filter((t): t is number => t !== null))];
  return times.map((t) => ({ at: t, label: times.length === 1 ? 'sustained share read here' : 'sustain time' }));
}

function supportMarkers(d: CompareData): { at: number; label: string }[] {
  const ends = [...new Set(d.strategies.map((s) => s.supportEnds).filter((t): t is number => t !== null && t > 0))];
  return ends.length === 1 ? [{ at: ends[0], label: 'support ends' }] : [];
}

export function createCompareView(store: AppStore): CompareView {
  const element = document.createElement('section');
  element.className = 'compare-view';
  element.setAttribute('aria-label', 'Compare strategies');
  element.innerHTML = `
    <p class="run-caption" id="run-caption"></p>
    <div class="empty-state" id="compare-empty">
      <h2>Compare rollout strategies</h2>
      <p>Press <b>Run</b> to simulate every strategy of this scenario on the same system, many times
      with different random draws. The curves show the median run and the band holding 90% of runs.</p>
    </div>
    <div id="legend" class="legend"></div>
    <div class="chart-row">
      <figure class="chart-box" id="chart-adoption" data-export="adoption"></figure>
      <figure class="chart-box" id="chart-sustainment" data-export="sustainment"></figure>
    </div>
    <h2 class="section-title" id="outcomes-title" hidden>Outcomes</h2>
    <div id="metrics"></div>
    <h2 class="section-title" id="groups-title" hidden>Who is reached: share of units in use, by region and by unit type</h2>
    <div id="groups"></div>`;
  const $ = <T extends HTMLElement>(id: string) => element.querySelector<T>(`#${id}`)!;
  let current: CompareData | null = null;
  let lastRun: AppState['run'] = null;

  const draw = (state: AppState) => {
    const run = state.run;
    if (!run || run.store.count === 0) {
      current = null;
      $('compare-empty').hidden = false;
      for (const id of ['legend', 'chart-adoption', 'chart-sustainment', 'metrics', 'groups']) $(id).replaceChildren();
      $('outcomes-title').hidden = true;
      $('groups-title').hidden = true;
      $('run-caption').textContent = '';
      return;
    }
    $('compare-empty').hidden = true;
    const d = compareData(run.store, run.scenario);
    current = d;
    if (!d) return;
    const partial = d.received < d.replicates ? ` (${d.received} of ${d.replicates} so far)` : '';
    $('run-caption').textContent = `${run.scenario.name}: ${d.n.toLocaleString('en-GB')} units, ${d.replicates} replicates${partial}, ${
      d.horizon
    } ${plural(d.timeUnit, d.horizon)}. Lines: median run; bands: 90% of runs.`;
    renderLegend(
      $('legend'),
      d.strategies.map((s, i) => ({ name: s.name, description: run.scenario.strategies[i].description, periods: s.periods })),
      state.teach,
    );
    const series = (pick: (s: CompareData['strategies'][number]) => ChartSeries['band'], secondary?: boolean): ChartSeries[] =>
      d.strategies.map((s, i) => ({
        name: s.name,
        colour: strategyColour(i),
        dash: strategyDash(i),
        band: pick(s),
        secondary: secondary ? s.everAdopted : undefined,
        periods: s.periods,
      }));
    const adoption = renderCurveChart($('chart-adoption'), {
      title: 'Adoption: units using it',
      subtitle: 'Share of units in use (implementing or embedded)',
      yLabel: 'Units in use',
      timeUnit: d.timeUnit,
      horizon: d.horizon,
      series: series((s) => s.inUse, true),
      secondaryLabel: 'dotted: ever adopted',
      markers: supportMarkers(d),
    });
    const sustainment = renderCurveChart($('chart-sustainment'), {
      title: 'Sustainment: still in routine use',
      subtitle: 'Of the units that ever embedded it, the share still using it',
      yLabel: 'Still embedded',
      timeUnit: d.timeUnit,
      horizon: d.horizon,
      series: series((s) => s.sustainment),
      markers: [...supportMarkers(d), ...sustainMarkers(d)],
    });
    const stem = fileStem(run.scenario.name);
    addSaveButtons($('chart-adoption'), adoption, `${stem}-adoption`, 'adoption chart');
    addSaveButtons($('chart-sustainment'), sustainment, `${stem}-sustainment`, 'sustainment chart');
    $('outcomes-title').hidden = false;
    renderMetricsTable($('metrics'), d.table, d.strategies.map((s) => s.name), d.timeUnit);
    $('groups-title').hidden = false;
    drawGroups($('groups'), d);
  };

  store.subscribe((state, previous) => {
    if (state.run !== previous.run || state.teach !== previous.teach) {
      lastRun = state.run;
      draw(state);
    }
  });
  // Charts are drawn at their container's width: redraw when it changes.
  let width = 0;
  new ResizeObserver(() => {
    const w = element.clientWidth;
    if (w > 0 && Math.abs(w - width) > 8) {
      width = w;
      if (lastRun) draw(store.get());
    }
  }).observe(element);
  return { element, data: () => current };
}

/** "Save SVG" and "Save PNG" under a chart. */
function addSaveButtons(box: HTMLElement, svg: SVGSVGElement, stem: string, what: string): void {
  const bar = document.createElement('figcaption');
  bar.className = 'chart-actions';
  const svgButton = document.createElement('button');
  svgButton.type = 'button';
  svgButton.className = 'small';
  svgButton.textContent = 'Save SVG';
  svgButton.setAttribute('aria-label', `Save the ${what} as SVG`);
  svgButton.addEventListener('click', () => download(`${stem}.svg`, svgText(svg), 'image/svg+xml'));
  const pngButton = document.createElement('button');
  pngButton.type = 'button';
  pngButton.className = 'small';
  pngButton.textContent = 'Save PNG';
  pngButton.setAttribute('aria-label', `Save the ${what} as PNG`);
  pngButton.addEventListener('click', async () => download(`${stem}.png`, await pngBlob(svg)));
  bar.append(svgButton, pngButton);
  box.append(bar);
}

function drawGroups(container: HTMLElement, d: CompareData): void {
  container.replaceChildren();
  for (const kind of ['region', 'type'] as const) {
    const groups = d.groups.filter((g) => g.kind === kind);
    if (groups.length === 0) continue;
    const block = document.createElement('div');
    block.className = 'small-multiples';
    block.innerHTML = `<h3>By ${kind === 'region' ? 'region' : 'unit type'}</h3><div class="multiples-grid"></div>`;
    container.append(block);
    const grid = block.querySelector<HTMLElement>('.multiples-grid')!;
    for (const g of groups) {
      const cell = document.createElement('figure');
      cell.className = 'chart-box small';
      cell.dataset.export = `${kind}-${g.name}`;
      grid.append(cell);
      renderCurveChart(cell, {
        title: `${g.name} (${g.n} units)`,
        yLabel: 'In use',
        timeUnit: d.timeUnit,
        horizon: d.horizon,
        compact: true,
        series: g.bands.map((b, i) => ({ name: d.strategies[i].name, colour: strategyColour(i), dash: strategyDash(i), band: b })),
      });
    }
  }
}
