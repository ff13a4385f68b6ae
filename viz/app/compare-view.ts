// The comparison view: the legend (with teach mode's logics), adoption and sustainment
// curves, the metrics table, and small multiples by region and by unit type.
import { renderCurveChart, type ChartSeries } from '../charts/curve-chart.js';
import { renderLegend } from '../charts/legend.js';
import { renderMetricsTable } from '../charts/metrics-table-view.js';
import { strategyColour, strategyDash } from '../charts/palette.js';
import type { Summary } from '../../sim/metrics/summary.js';
import { compareParts, type CompareData, type GroupCurves, type StrategyCurves } from '../data/compare-data.js';
import { leverPeriods } from '../data/lever-periods.js';
import type { MetricRow } from '../data/metrics-table.js';
import { plural } from '../data/format.js';
import { pngBlob, svgText } from '../export/chart-image.js';
import { download, fileStem } from '../export/download.js';
import type { AppState, AppStore } from './state.js';
import { expectedEnd, redrawDelay } from './redraw-pacing.js';
import { TaskQueue } from './task-queue.js';

export interface CompareView {
  readonly element: HTMLElement;
  /** The data drawn last (for exports), or null before any results. */
  data(): CompareData | null;
}

/** How often, while a run goes, the table and small multiples are redrawn. */
const FULL_EVERY_MS = 2000;

/**
 * Largest share of the main thread's time that redraws take while a run goes: the
 * page shares the cores with the workers, and every redraw delays the run (measured:
 * 0.7 s of a 6 s run at 5,000 units before this limit).
 */
const RUNNING_DRAW_SHARE = 0.05;

function sustainMarkers(strategies: readonly StrategyCurves[]): { at: number; label: string }[] {
  const times = [...new Set(strategies.map((s) => s.sustainTime).filter((t): t is number => t !== null))];
  return times.map((t) => ({ at: t, label: times.length === 1 ? 'sustained share read here' : 'sustain time' }));
}

function supportMarkers(strategies: readonly StrategyCurves[]): { at: number; label: string }[] {
  const ends = [...new Set(strategies.map((s) => s.supportEnds).filter((t): t is number => t !== null && t > 0))];
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
      <p id="empty-ready">Press <b>Run</b> to simulate every strategy of this scenario on the same system, many times
      with different random draws. The curves show the median run and the band holding 90% of runs.</p>
      <p id="empty-problems" hidden>The scenario has problems to fix before it can run: each is shown beside its
      setting in the <b>Settings</b> and <b>Strategies</b> tabs.</p>
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

  const queue = new TaskQueue();
  let drawnStore: unknown;
  let lastFull = -Infinity;

  /** Before any results: the charts' frames with the scenario's lever periods. */
  const preview = (state: AppState) => {
    current = null;
    $('compare-empty').hidden = false;
    for (const id of ['metrics', 'groups']) $(id).replaceChildren();
    $('outcomes-title').hidden = true;
    $('groups-title').hidden = true;
    $('run-caption').textContent = '';
    delete element.dataset.drawn;
    const scenario = state.scenario;
    $('empty-ready').hidden = !scenario;
    $('empty-problems').hidden = !!scenario || state.problems.length === 0;
    if (!scenario) {
      for (const id of ['legend', 'chart-adoption', 'chart-sustainment']) $(id).replaceChildren();
      return;
    }
    const periods = leverPeriods(scenario);
    const empty = { t: [], median: [], lo: [], hi: [], count: [] };
    const horizon = scenario.time.steps * scenario.time.dt;
    const series = scenario.strategies.map((s, i) => ({ name: s.name, colour: strategyColour(i), dash: strategyDash(i), band: empty, periods: periods[i] }));
    renderLegend($('legend'), scenario.strategies.map((s, i) => ({ name: s.name, periods: periods[i] })), state.teach);
    const frame = { timeUnit: scenario.time.unit, horizon, series };
    renderCurveChart($('chart-adoption'), { ...frame, title: 'Adoption: units using it', subtitle: 'Share of units in use: press Run', yLabel: 'Units in use' });
    renderCurveChart($('chart-sustainment'), { ...frame, title: 'Sustainment: still in routine use', subtitle: 'Of the units that ever embedded it, the share still using it', yLabel: 'Still embedded' });
  };

  // Drawn as a list of small jobs, one task each, so the page stays responsive while
  // results stream in; a newer draw drops what is left of an older one.
  const draw = (state: AppState, drawn?: () => void) => {
    const run = state.run;
    const parts = run ? compareParts(run.store, run.scenario) : null;
    if (!run || !parts) return preview(state);
    // A new run may have other groups: start the small multiples afresh.
    if (run.store !== drawnStore) $('groups').replaceChildren();
    drawnStore = run.store;
    const { head } = parts;
    const drawnState = `${run.progress.state}:${head.received}`;
    // While running, the table and small multiples follow less often than the curves.
    const running = run.progress.state === 'running';
    const full = !running || performance.now() - lastFull > FULL_EVERY_MS;
    if (full) lastFull = performance.now();
    let summary!: Summary;
    const strategies: StrategyCurves[] = [];
    let table: MetricRow[] = [];
    const groups: GroupCurves[] = [];
    const series = (pick: (s: StrategyCurves) => ChartSeries['band'], secondary?: boolean): ChartSeries[] =>
      strategies.map((s, i) => ({
        name: s.name,
        colour: strategyColour(i),
        dash: strategyDash(i),
        band: pick(s),
        secondary: secondary ? s.everAdopted : undefined,
        periods: s.periods,
      }));
    const stem = fileStem(run.scenario.name);
    // Widths read once, before this draw changes the page (reading after forces a layout).
    const widths = {
      adoption: $('chart-adoption').clientWidth,
      sustainment: $('chart-sustainment').clientWidth,
      multiple: element.querySelector<HTMLElement>('.small-multiples .chart-box')?.clientWidth,
    };
    const jobs: (() => void)[] = [
      // One task per strategy's curves, then the caption and legend.
      ...run.scenario.strategies.map((_, i) => () => {
        strategies[i] = parts.strategy(i);
      }),
      () => {
        $('compare-empty').hidden = true;
        const partial = head.received < head.replicates ? ` (${head.received} of ${head.replicates} so far)` : '';
        $('run-caption').textContent = `${run.scenario.name}: ${head.n.toLocaleString('en-GB')} units, ${head.replicates} replicates${partial}, ${
          head.horizon
        } ${plural(head.timeUnit, head.horizon)}. Lines: median run; bands: 90% of runs.`;
        renderLegend(
          $('legend'),
          strategies.map((s, i) => ({ name: s.name, description: run.scenario.strategies[i].description, periods: s.periods })),
          state.teach,
        );
      },
      () => {
        renderCurveChart($('chart-adoption'), {
          width: widths.adoption || undefined,
          title: 'Adoption: units using it',
          subtitle: 'Share of units in use (implementing or embedded)',
          yLabel: 'Units in use',
          timeUnit: head.timeUnit,
          horizon: head.horizon,
          series: series((s) => s.inUse, true),
          secondaryLabel: 'dotted: ever adopted',
          markers: supportMarkers(strategies),
        });
        addSaveButtons($('chart-adoption'), `${stem}-adoption`, 'adoption chart');
      },
      () => {
        renderCurveChart($('chart-sustainment'), {
          width: widths.sustainment || undefined,
          title: 'Sustainment: still in routine use',
          subtitle: 'Of the units that ever embedded it, the share still using it',
          yLabel: 'Still embedded',
          timeUnit: head.timeUnit,
          horizon: head.horizon,
          series: series((s) => s.sustainment),
          markers: [...supportMarkers(strategies), ...sustainMarkers(strategies)],
        });
        addSaveButtons($('chart-sustainment'), `${stem}-sustainment`, 'sustainment chart');
      },
      ...(full ? [() => {
        summary = parts.summary();
      }, () => {
        table = parts.table(summary);
        $('outcomes-title').hidden = false;
        renderMetricsTable($('metrics'), table, strategies.map((s) => s.name), head.timeUnit);
      },
      ...Array.from({ length: parts.groupCount }, (_, g) => () => {
        const curves = parts.group(g);
        groups.push(curves);
        $('groups-title').hidden = false;
        drawGroup($('groups'), curves, strategies, head.timeUnit, head.horizon, widths.multiple);
      })] : []),
    ];
    queue.run(jobs, () => {
      drawn?.();
      if (!full) return;
      current = { ...head, strategies, groups, table, summary };
      element.dataset.drawn = drawnState;
    });
  };

  // While a run goes, a redraw waits until the last one's cost is at most
  // RUNNING_DRAW_SHARE of the time since it started; the last state is drawn then,
  // unless the run is expected to be over by the time the one after could come.
  let lastCost = 0;
  let lastStart = -Infinity;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  const drawPaced = (state: AppState) => {
    if (deferred !== undefined) clearTimeout(deferred);
    deferred = undefined;
    const now = performance.now();
    const progress = state.run?.progress;
    const wait = redrawDelay({
      running: progress?.state === 'running',
      lastStart,
      lastCost,
      now,
      share: RUNNING_DRAW_SHARE,
      expectedEnd: progress && expectedEnd(now, progress.done, progress.total, progress.elapsedMs),
    });
    // Near the end of a run: the next update (or the final draw) decides again.
    if (wait === Infinity) return;
    if (wait > 0) {
      deferred = setTimeout(() => drawPaced(store.get()), wait);
      return;
    }
    const started = performance.now();
    lastStart = started;
    draw(state, () => (lastCost = performance.now() - started));
  };

  store.subscribe((state, previous) => {
    const previewChanged = !state.run && (state.scenario !== previous.scenario || state.problems !== previous.problems);
    if (state.run !== previous.run || state.teach !== previous.teach || previewChanged) drawPaced(state);
  });
  // Charts are drawn at their container's width: redraw when it changes.
  let width = 0;
  new ResizeObserver(() => {
    const w = element.clientWidth;
    if (w > 0 && Math.abs(w - width) > 8) {
      width = w;
      drawPaced(store.get());
    }
  }).observe(element);
  return { element, data: () => current };
}

/** "Save SVG" and "Save PNG" under a chart (once; they save the chart as it is then). */
function addSaveButtons(box: HTMLElement, stem: string, what: string): void {
  const old = box.querySelector<HTMLElement>('.chart-actions');
  if (old?.dataset.stem === stem) return;
  old?.remove();
  const svg = () => box.querySelector('svg')!;
  const bar = document.createElement('figcaption');
  bar.dataset.stem = stem;
  bar.className = 'chart-actions';
  const svgButton = document.createElement('button');
  svgButton.type = 'button';
  svgButton.className = 'small';
  svgButton.textContent = 'Save SVG';
  svgButton.setAttribute('aria-label', `Save the ${what} as SVG`);
  svgButton.addEventListener('click', () => download(`${stem}.svg`, svgText(svg()), 'image/svg+xml'));
  const pngButton = document.createElement('button');
  pngButton.type = 'button';
  pngButton.className = 'small';
  pngButton.textContent = 'Save PNG';
  pngButton.setAttribute('aria-label', `Save the ${what} as PNG`);
  pngButton.addEventListener('click', async () => download(`${stem}.png`, await pngBlob(svg())));
  bar.append(svgButton, pngButton);
  box.append(bar);
}

/** One small multiple: the share of a group's units in use, per strategy. */
function drawGroup(
  container: HTMLElement,
  g: GroupCurves,
  strategies: readonly StrategyCurves[],
  timeUnit: string,
  horizon: number,
  width: number | undefined,
): void {
  const blockId = `multiples-${g.kind}`;
  let block = container.querySelector<HTMLElement>(`#${blockId}`);
  if (!block) {
    block = document.createElement('div');
    block.className = 'small-multiples';
    block.id = blockId;
    block.innerHTML = `<h3>By ${g.kind === 'region' ? 'region' : 'unit type'}</h3><div class="multiples-grid"></div>`;
    container.append(block);
  }
  const key = `${g.kind}-${g.name}`;
  let cell = [...block.querySelectorAll<HTMLElement>('.chart-box')].find((c) => c.dataset.export === key);
  if (!cell) {
    cell = document.createElement('figure');
    cell.className = 'chart-box small';
    cell.dataset.export = key;
    block.querySelector('.multiples-grid')!.append(cell);
  }
  renderCurveChart(cell, {
    width: width || undefined,
    title: `${g.name} (${g.n} units)`,
    yLabel: 'In use',
    timeUnit,
    horizon,
    compact: true,
    series: g.bands.map((b, i) => ({ name: strategies[i].name, colour: strategyColour(i), dash: strategyDash(i), band: b })),
  });
}
