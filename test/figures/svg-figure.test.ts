// The figure renderer and lever lanes on small hand-made inputs: what is drawn, where,
// and that gaps (undefined means) and merged lever windows come out as intended.
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../sim/scenario/schema.js';
import { bandOf } from './ensemble-bands.js';
import { leverEnds, leverLanes } from './lever-lanes.js';
import { renderFigure, type Figure } from './svg-figure.js';

const x = [0, 1, 2, 3, 4];
const rising = bandOf(x, (k) => Float64Array.from([k / 10, k / 8, k / 5]));

function figure(over: Partial<Figure> = {}): Figure {
  return {
    title: 'Title & <test>',
    subtitle: ['one line'],
    xLabel: 'years',
    xMax: 4,
    panels: [{ title: 'In use', yMax: 1, percent: true, series: [{ label: 'A', color: '#123456', band: rising }] }],
    legend: [{ label: 'A', color: '#123456' }],
    ...over,
  };
}

describe('bandOf', () => {
  it('takes the median and the 5th and 95th percentiles at each position', () => {
    expect(rising.mid).toEqual([0, 0.125, 0.25, 0.375, 0.5]);
    expect(rising.lo[4]).toBeCloseTo(0.4 + 0.05 * 2 * 0.1, 12);
    expect(rising.hi[4]).toBeCloseTo(0.5 + 0.9 * 0.3, 12);
  });

  it('leaves out undefined values, and gives up where most replicates have none', () => {
    const b = bandOf([0, 1], (k) => (k === 0 ? Float64Array.from([NaN, NaN, 1]) : Float64Array.from([NaN, 2, 4])));
    expect(b.mid[0]).toBeNaN();
    expect(b.mid[1]).toBe(3);
  });
});

describe('renderFigure', () => {
  it('draws a band and a median per series, labels the last median, and escapes text', () => {
    const svg = renderFigure(figure());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Title &amp; &lt;test&gt;');
    expect(svg.match(/fill-opacity="0.16"/g)).toHaveLength(1);
    expect(svg.match(/stroke="#123456" stroke-width="2"/g)).toHaveLength(1);
    expect(svg).toContain('>50%</text>');
    // Coordinates are rounded to a tenth of a pixel.
    const coordinates = [...svg.matchAll(/ (?:d|x|y|x1|y1|x2|y2|width|height|points)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(coordinates).toMatch(/\d/);
    expect(coordinates).not.toMatch(/\d\.\d{2,}/);
  });

  it('breaks the median line where it is undefined', () => {
    const gappy = { ...rising, mid: [0, NaN, 0.25, 0.375, 0.5] };
    const svg = renderFigure(figure({ panels: [{ title: 'p', yMax: 1, percent: true, series: [{ label: 'A', color: '#123456', band: gappy }] }] }));
    const median = svg.split('\n').find((l) => l.includes('stroke-width="2"'))!;
    expect(median.match(/M/g)).toHaveLength(2);
  });
});

describe('leverLanes', () => {
  it('merges levers with the same window into one bar and shows champions as an instant', () => {
    const scenario = ScenarioSchema.parse({
      name: 'lanes',
      time: { steps: 100 },
      system: { network: { kind: 'ringLattice', n: 10 } },
      strategies: [
        {
          name: 'S',
          levers: [
            { type: 'seed', label: 'champions' },
            { type: 'incentive', label: 'pay', start: 0, end: 52 },
            { type: 'peerNetwork', start: 0, end: 52 },
            { type: 'assurance', start: 26 },
          ],
        },
      ],
    });
    const [lane] = leverLanes(scenario, ['#000']);
    expect(lane.rows.map((r) => r[0])).toEqual([
      { from: 0, to: 0, label: 'champions' },
      { from: 0, to: 52, label: 'pay + peerNetwork' },
      { from: 26, to: 100, label: 'assurance' },
    ]);
    expect(leverEnds(scenario)).toEqual([52]);
  });
});
