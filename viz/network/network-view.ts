// The network view: one replicate's units on a canvas, grouped by region and coloured
// by state, with a time slider and play button; hovering a unit (or typing its id)
// shows its attributes and history. Ties are drawn once; each frame redraws only dots.
import * as Comlink from 'comlink';
import { STATE_NAMES } from '../../sim/model/states.js';
import type { Scenario } from '../../sim/scenario/schema.js';
import type { AppState, AppStore } from '../app/state.js';
import { escapeHtml } from '../charts/curve-chart.js';
import { STATE_COLOURS, strategyColour } from '../charts/palette.js';
import { plural } from '../data/format.js';
import type { HistoryWorkerApi } from './history-worker.js';
import { DotRaster, pixelColour } from './dot-raster.js';
import { regionLayout, UnitFinder, type Layout } from './layout.js';
import type { SystemView, UnitHistories } from './unit-histories.js';
import { stateCounts, unitStory } from './unit-story.js';

export interface NetworkView {
  readonly element: HTMLElement;
  /** Called when the view becomes visible: simulates the replicate if needed. */
  show(): void;
}

interface Loaded {
  readonly scenario: Scenario;
  readonly rep: number;
  readonly system: SystemView;
  readonly histories: UnitHistories;
}

/** Pixel colour of each state code. */
const STATE_PIXELS = Uint32Array.from(STATE_NAMES.map((name) => pixelColour(STATE_COLOURS[name])));

/** Ties are not drawn above this many (they would only grey the picture). */
const MAX_TIES_DRAWN = 200_000;

export function createNetworkView(store: AppStore): NetworkView {
  const element = document.createElement('section');
  element.className = 'network-view';
  element.setAttribute('aria-label', 'Network view');
  element.innerHTML = `
    <div class="network-controls">
      <label>Strategy <select id="net-strategy"></select></label>
      <label>Replicate <input type="number" id="net-rep" min="1" value="1" /></label>
      <button type="button" id="net-play" class="primary" aria-pressed="false">Play</button>
      <label class="slider-label">Time <input type="range" id="net-time" min="0" value="0" aria-describedby="net-time-text" /></label>
      <output id="net-time-text" class="time-text"></output>
      <label>Speed <select id="net-speed">
        <option value="10">slow</option><option value="30" selected>normal</option><option value="90">fast</option>
      </select></label>
      <label>Unit id <input type="number" id="net-find" min="0" placeholder="e.g. 12" /></label>
    </div>
    <p id="net-status" class="run-caption" role="status"></p>
    <div class="network-body">
      <div class="canvas-box" id="canvas-box">
        <canvas id="net-canvas" tabindex="0" aria-label="Units of one replicate, grouped by region and coloured by state. Left and right arrows step through time; space plays and pauses."></canvas>
        <div class="unit-card" id="unit-card" hidden></div>
      </div>
      <div class="net-legend" id="net-legend"></div>
    </div>`;
  const $ = <T extends HTMLElement>(id: string) => element.querySelector<T>(`#${id}`)!;
  const canvas = $<HTMLCanvasElement>('net-canvas');
  const ctx = canvas.getContext('2d', { alpha: false })!;
  const slider = $<HTMLInputElement>('net-time');
  const play = $<HTMLButtonElement>('net-play');
  const strategySelect = $<HTMLSelectElement>('net-strategy');
  const repInput = $<HTMLInputElement>('net-rep');
  const card = $('unit-card');

  let worker: Worker | undefined;
  let api: Comlink.Remote<HistoryWorkerApi> | undefined;
  let loaded: Loaded | undefined;
  let pending: { scenario: Scenario; rep: number } | undefined;
  let layout: Layout | undefined;
  let finder: UnitFinder | undefined;
  let ties: HTMLCanvasElement | undefined;
  let raster: DotRaster | undefined;
  let frame: ImageData | undefined;
  let background: Uint32Array | undefined;
  let step = 0;
  let strategy = 0;
  let hovered = -1;
  let playing = false;
  let frames = 0;
  let visible = false;

  // The scenario as it stands (its last valid form: the run's, while it has problems).
  const scenarioOf = (state: AppState) => state.scenario ?? state.run?.scenario ?? null;

  const setStatus = (text: string) => ($('net-status').textContent = text);

  const load = async () => {
    const scenario = scenarioOf(store.get());
    if (!scenario) return setStatus('Fix the scenario\u2019s problems to see its network.');
    const rep = Math.max(0, Math.min(scenario.replicates - 1, Number(repInput.value) - 1 || 0));
    if (loaded && loaded.scenario === scenario && loaded.rep === rep) return;
    if (pending && pending.scenario === scenario && pending.rep === rep) return;
    pending = { scenario, rep };
    stop();
    setStatus(`Simulating replicate ${rep + 1} with every unit recorded\u2026`);
    if (!api) {
      worker = new Worker(new URL('./history-worker.ts', import.meta.url), { type: 'module', name: 'history-worker' });
      api = Comlink.wrap<HistoryWorkerApi>(worker);
    }
    try {
      const { system, histories } = await api.histories(scenario, rep);
      if (pending?.scenario !== scenario || pending.rep !== rep) return; // superseded
      pending = undefined;
      loaded = { scenario, rep, system, histories };
      strategy = Math.min(strategy, histories.strategies.length - 1);
      strategySelect.innerHTML = histories.strategies.map((s, i) => `<option value="${i}">${escapeHtml(s)}</option>`).join('');
      strategySelect.value = String(strategy);
      slider.max = String(histories.steps);
      step = Math.min(step, histories.steps);
      slider.value = String(step);
      layout = undefined;
      resize();
      setStatus(
        `Replicate ${rep + 1} of ${scenario.name}: ${system.n.toLocaleString('en-GB')} units in ${system.regionNames.length} region${
          system.regionNames.length === 1 ? '' : 's'
        }. Each dot is a unit; grey lines are strong ties, blue lines weak ties between regions.`,
      );
    } catch (e) {
      pending = undefined;
      setStatus(`Could not simulate the network: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  /** Lays out at the box's size (device pixels for sharpness) and draws the ties once. */
  const resize = () => {
    if (!loaded) return;
    const box = $('canvas-box');
    const width = Math.max(320, box.clientWidth);
    // As tall as the window allows below the controls, within a sensible shape.
    const room = window.innerHeight - box.getBoundingClientRect().top - 16;
    const height = Math.round(Math.max(260, Math.min(width * 0.8, room > 0 ? room : width * 0.62)));
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const { system } = loaded;
    layout = regionLayout(system.region, system.regionNames, width, height);
    finder = new UnitFinder(layout);
    ties = drawTies(system, layout, ratio);
    background = new Uint32Array(ties.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
    frame = ctx.createImageData(canvas.width, canvas.height);
    const scale = (a: Float32Array) => a.map((v) => v * ratio);
    raster = new DotRaster(canvas.width, canvas.height, scale(layout.x), scale(layout.y), layout.dot * ratio);
    draw();
  };

  const draw = () => {
    if (!loaded || !layout || !raster || !frame || !background) return;
    const { histories } = loaded;
    const ratio = canvas.width / layout.width;
    const { x, y, dot } = layout;
    // Dots go straight into the pixels: one copy and one store per dot pixel per frame.
    raster.draw(new Uint32Array(frame.data.buffer), background, histories.states[strategy], step * histories.n, histories.n, STATE_PIXELS);
    ctx.putImageData(frame, 0, 0);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (hovered >= 0) {
      ctx.beginPath();
      ctx.arc(x[hovered], y[hovered], dot + 3, 0, 2 * Math.PI);
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#1a1a1a';
      ctx.stroke();
    }
    frames++;
    canvas.dataset.frames = String(frames);
    canvas.dataset.step = String(step);
    const t = step * histories.dt;
    const unit = loaded.scenario.time.unit;
    $('net-time-text').textContent = `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${t} of ${histories.steps * histories.dt}`;
    slider.setAttribute('aria-valuetext', `${unit} ${t}`);
    drawLegend();
    if (hovered >= 0) showCard(hovered);
  };

  // Built once per strategy; each frame only changes the counts.
  let legendFor = '';
  const drawLegend = () => {
    if (!loaded) return;
    const counts = stateCounts(loaded.histories, strategy, step);
    const n = loaded.histories.n;
    const key = `${loaded.histories.strategies[strategy]}|${n}`;
    const legend = $('net-legend');
    if (legendFor !== key) {
      legendFor = key;
      legend.innerHTML = `<h3><span class="swatch" style="background:${strategyColour(strategy)}"></span>${escapeHtml(
        loaded.histories.strategies[strategy],
      )}</h3><ul>${STATE_NAMES.map(
        (name) => `<li><span class="dot" style="background:${STATE_COLOURS[name]}"></span><span class="state-name">${name}</span><span class="state-count"></span></li>`,
      ).join('')}</ul><p class="hint">In use = implementing + embedded. Hover a unit, or type its id above, to see its story.</p>`;
    }
    legend.querySelectorAll('.state-count').forEach((el, s) => {
      el.textContent = `${counts[s].toLocaleString('en-GB')} (${Math.round((100 * counts[s]) / n)}%)`;
    });
  };

  const showCard = (unit: number) => {
    if (!loaded || !layout) return;
    const story = unitStory(loaded.system, loaded.histories, strategy, unit, step);
    const timeUnit = loaded.scenario.time.unit;
    card.hidden = false;
    card.innerHTML = `<h4>Unit ${story.id}: ${escapeHtml(story.type)}, ${escapeHtml(story.region)}</h4>
      <p>Now: <b>${story.state}</b>${story.fidelity !== null ? `, fidelity ${story.fidelity.toFixed(2)}, fit ${story.fit!.toFixed(2)}` : ''}</p>
      <dl>${story.attributes.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>
      <p class="history"><b>History:</b> ${
        story.changes.length
          ? story.changes
              .map((c) => {
                const text = `${timeUnit} ${c.time}: ${c.state}`;
                return c.time > step * loaded!.histories.dt ? `<span class="later">${text} (later)</span>` : text;
              })
              .join(' \u2192 ')
          : `never heard of it in the ${plural(timeUnit, 2)} simulated`
      }</p>`;
    const box = $('canvas-box');
    const left = layout.x[unit] + 14;
    card.style.left = `${Math.min(left, box.clientWidth - card.offsetWidth - 4)}px`;
    card.style.top = `${Math.max(0, Math.min(layout.y[unit] - 20, layout.height - card.offsetHeight))}px`;
  };

  const setStep = (s: number) => {
    if (!loaded) return;
    step = Math.max(0, Math.min(loaded.histories.steps, s));
    slider.value = String(step);
    draw();
  };

  let last = 0;
  let carry = 0;
  const tick = (now: number) => {
    if (!playing || !loaded) return;
    const speed = Number($<HTMLSelectElement>('net-speed').value);
    carry += ((now - last) / 1000) * speed;
    last = now;
    const advance = Math.floor(carry);
    if (advance > 0) {
      carry -= advance;
      if (step >= loaded.histories.steps) return stop();
      setStep(step + advance);
    }
    requestAnimationFrame(tick);
  };
  const start = () => {
    if (!loaded) return;
    if (step >= loaded.histories.steps) setStep(0);
    playing = true;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    last = performance.now();
    carry = 0;
    requestAnimationFrame(tick);
  };
  function stop() {
    playing = false;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }

  play.addEventListener('click', () => (playing ? stop() : start()));
  slider.addEventListener('input', () => setStep(Number(slider.value)));
  strategySelect.addEventListener('change', () => {
    strategy = Number(strategySelect.value);
    draw();
  });
  repInput.addEventListener('change', () => void load());
  $<HTMLInputElement>('net-find').addEventListener('input', (event) => {
    const id = Number((event.target as HTMLInputElement).value);
    hovered = loaded && Number.isInteger(id) && id >= 0 && id < loaded.histories.n ? id : -1;
    if (hovered < 0) card.hidden = true;
    draw();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!finder || !layout) return;
    const box = canvas.getBoundingClientRect();
    const unit = finder.nearest(event.clientX - box.left, event.clientY - box.top, Math.max(6, layout.dot * 2));
    if (unit === hovered) return;
    hovered = unit;
    if (unit < 0) card.hidden = true;
    draw();
  });
  canvas.addEventListener('pointerleave', () => {
    hovered = -1;
    card.hidden = true;
    draw();
  });
  canvas.addEventListener('keydown', (event) => {
    const by = event.shiftKey ? 10 : 1;
    if (event.key === 'ArrowRight') setStep(step + by);
    else if (event.key === 'ArrowLeft') setStep(step - by);
    else if (event.key === ' ') {
      if (playing) stop();
      else start();
    }
    else return;
    event.preventDefault();
  });
  new ResizeObserver(() => {
    if (visible && loaded && layout && Math.abs($('canvas-box').clientWidth - layout.width) > 8) resize();
  }).observe($('canvas-box'));
  store.subscribe((state, previous) => {
    if (visible && scenarioOf(state) !== scenarioOf(previous)) void load();
  });

  return {
    element,
    show() {
      visible = true;
      void load();
      if (loaded && !layout) resize();
    },
  };
}

/** The ties, drawn once onto their own canvas: strong ties grey, weak ties blue. */
function drawTies(system: SystemView, layout: Layout, ratio: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = Math.round(layout.width * ratio);
  c.height = Math.round(layout.height * ratio);
  const g = c.getContext('2d', { alpha: false })!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, c.width, c.height);
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  // Region discs and names.
  g.font = '600 14px system-ui, "DejaVu Sans", sans-serif';
  g.textAlign = 'center';
  for (const d of layout.regions) {
    g.beginPath();
    g.arc(d.cx, d.cy, d.r + layout.dot + 3, 0, 2 * Math.PI);
    g.fillStyle = '#f3f5f7';
    g.fill();
    g.fillStyle = '#1a1a1a';
    g.fillText(`${d.name} (${d.count})`, d.cx, d.cy - d.r - layout.dot - 8);
  }
  const { starts, neighbors, kinds, n, directed } = system;
  if (starts[n] <= MAX_TIES_DRAWN) {
    // Fainter the more ties there are, so thousands of them do not hide the units.
    const count = [0, 0];
    for (let e = 0; e < starts[n]; e++) count[kinds[e]]++;
    for (const kind of [0, 1]) {
      g.beginPath();
      for (let i = 0; i < n; i++) {
        for (let e = starts[i]; e < starts[i + 1]; e++) {
          const j = neighbors[e];
          // An undirected tie is in both rows: draw it once.
          if (kinds[e] !== kind || (!directed && j < i)) continue;
          g.moveTo(layout.x[i], layout.y[i]);
          g.lineTo(layout.x[j], layout.y[j]);
        }
      }
      const alpha = Math.min(kind === 0 ? 0.22 : 0.3, (kind === 0 ? 3000 : 150) / Math.max(1, count[kind]));
      g.strokeStyle = kind === 0 ? `rgba(80, 90, 100, ${alpha})` : `rgba(0, 114, 178, ${alpha})`;
      g.lineWidth = kind === 0 ? 0.6 : 0.8;
      g.stroke();
    }
  }
  return c;
}
