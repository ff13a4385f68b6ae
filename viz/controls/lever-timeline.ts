// One strategy's levers as bars on a time axis (SVG): drag a bar to move it, drag an
// edge to change its start or end; with the keyboard, arrows move the focused lever,
// Alt+arrows move its end, Enter selects it, Delete removes it.
import { axisBottom, scaleLinear, select, type Selection } from 'd3';
import { plural } from '../data/format.js';
import { dragLever, dragMode, type DragMode, type LeverTimes } from './timeline-drag.js';

export interface TimelineLever {
  readonly label: string;
  readonly start: number;
  readonly end: number | null;
  /** Acts once at its start (drawn as a diamond, only moved). */
  readonly instant: boolean;
}

export interface TimelineSpec {
  readonly levers: readonly TimelineLever[];
  readonly horizon: number;
  readonly step: number;
  readonly timeUnit: string;
  readonly colour: string;
  readonly selected: number;
  readonly strategyName: string;
  /** Prefix of the bars' data-focus-key, so focus survives a redraw. */
  readonly focusKey: string;
}

export interface TimelineEvents {
  select(lever: number): void;
  commit(lever: number, times: LeverTimes): void;
  remove(lever: number): void;
}

const LABEL_W = 150;
const ROW = 30;
const BAR = 18;

export function renderTimeline(container: HTMLElement, spec: TimelineSpec, on: TimelineEvents): void {
  container.replaceChildren();
  const width = Math.max(360, container.clientWidth || 700);
  const height = 26 + Math.max(1, spec.levers.length) * ROW + 10;
  const x = scaleLinear().domain([0, spec.horizon]).range([LABEL_W, width - 16]);
  const svg = select(container)
    .append('svg')
    .attr('class', 'timeline')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-label', `Levers of ${spec.strategyName} on a time axis in ${plural(spec.timeUnit, 2)}`);
  svg
    .append('g')
    .attr('transform', `translate(0,${height - 24})`)
    .call(axisBottom(x).ticks(Math.max(3, Math.floor(width / 100))).tickSizeOuter(0))
    .call((g) => g.selectAll('text').style('font-size', '12px'));
  svg
    .append('text')
    .attr('x', LABEL_W - 8)
    .attr('y', height - 8)
    .attr('text-anchor', 'end')
    .attr('font-size', 12)
    .attr('fill', '#4a4a4a')
    .text(plural(spec.timeUnit, 2));
  if (spec.levers.length === 0) {
    svg.append('text').attr('x', LABEL_W).attr('y', 20).attr('fill', '#4a4a4a').text('No levers yet: add one below.');
  }

  spec.levers.forEach((lever, j) => {
    const y = 4 + j * ROW;
    const row = svg.append('g').attr('class', 'timeline-row');
    row
      .append('text')
      .attr('x', LABEL_W - 8)
      .attr('y', y + BAR / 2 + 5)
      .attr('text-anchor', 'end')
      .attr('font-size', 13)
      .attr('font-weight', j === spec.selected ? 700 : 400)
      .text(lever.label);
    row
      .append('line')
      .attr('x1', LABEL_W)
      .attr('x2', width - 16)
      .attr('y1', y + BAR / 2)
      .attr('y2', y + BAR / 2)
      .attr('stroke', '#e3e6ea');
    let times: LeverTimes = { start: lever.start, end: lever.end };
    const bar = row
      .append('g')
      .attr('class', `lever-bar${j === spec.selected ? ' selected' : ''}`)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('data-lever', j)
      .attr('data-focus-key', `${spec.focusKey}-${j}`);
    const shape = bar.append<SVGElement>(lever.instant ? 'path' : 'rect') as Selection<SVGElement, unknown, null, undefined>;
    const label = bar.append('text').attr('font-size', 11).attr('fill', '#1a1a1a').attr('pointer-events', 'none');
    const draw = () => {
      const x0 = x(times.start);
      const x1 = lever.instant ? x0 : x(Math.min(spec.horizon, times.end ?? spec.horizon));
      if (lever.instant) {
        shape.attr('d', `M${x0},${y} l${BAR / 2},${BAR / 2} l${-BAR / 2},${BAR / 2} l${-BAR / 2},${-BAR / 2} z`);
      } else {
        shape
          .attr('x', x0)
          .attr('y', y)
          .attr('width', Math.max(4, x1 - x0))
          .attr('height', BAR)
          .attr('rx', 3);
      }
      shape
        .attr('fill', spec.colour)
        .attr('fill-opacity', j === spec.selected ? 0.75 : 0.45)
        .attr('stroke', j === spec.selected ? '#1a1a1a' : spec.colour)
        .attr('stroke-width', j === spec.selected ? 2 : 1);
      const endText = lever.instant ? '' : times.end === null ? ' \u2192 end' : `\u2013${times.end}`;
      label
        .attr('x', lever.instant ? x0 + BAR / 2 + 4 : x0 + 5)
        .attr('y', y + BAR / 2 + 4)
        .text(`${times.start}${endText}`);
      bar.attr(
        'aria-label',
        `${lever.label}: ${lever.instant ? `at ${times.start}` : `from ${times.start} to ${times.end ?? 'the horizon'}`} ${plural(
          spec.timeUnit,
          2,
        )}. Arrows move it, Alt+arrows move its end, Delete removes it.`,
      );
    };
    draw();

    let drag: { mode: DragMode; from: number; origin: LeverTimes } | undefined;
    const node = bar.node()!;
    node.addEventListener('pointerdown', (event) => {
      const x0 = x(times.start);
      const x1 = lever.instant ? x0 + BAR : x(times.end ?? spec.horizon);
      const px = pointerX(svg.node()!, event);
      drag = { mode: lever.instant ? 'move' : dragMode(px, x0, x1), from: px, origin: times };
      node.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    node.addEventListener('pointermove', (event) => {
      if (!drag) {
        const px = pointerX(svg.node()!, event);
        const mode = lever.instant ? 'move' : dragMode(px, x(times.start), x(times.end ?? spec.horizon));
        node.style.cursor = mode === 'move' ? 'grab' : 'ew-resize';
        return;
      }
      const delta = x.invert(pointerX(svg.node()!, event)) - x.invert(drag.from);
      times = dragLever(drag.origin, drag.mode, delta, spec.horizon, spec.step);
      draw();
    });
    const finish = () => {
      if (!drag) return;
      const moved = times.start !== drag.origin.start || times.end !== drag.origin.end;
      drag = undefined;
      if (moved) on.commit(j, times);
      else on.select(j);
    };
    node.addEventListener('pointerup', finish);
    node.addEventListener('pointercancel', finish);
    node.addEventListener('keydown', (event) => {
      const stepBy = (event.shiftKey ? 10 : 1) * spec.step;
      const dir = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (dir !== 0) {
        const mode: DragMode = event.altKey && !lever.instant ? 'end' : 'move';
        on.commit(j, dragLever(times, mode, dir * stepBy, spec.horizon, spec.step));
      } else if (event.key === 'Enter' || event.key === ' ') on.select(j);
      else if (event.key === 'Delete' || event.key === 'Backspace') on.remove(j);
      else return;
      event.preventDefault();
    });
  });
}

function pointerX(svg: SVGSVGElement, event: PointerEvent): number {
  return event.clientX - svg.getBoundingClientRect().left;
}
