import { describe, expect, it } from 'vitest';
import * as Plot from '~/charts/svgPlot';
import { createTestDocument } from './golden';

const document = createTestDocument();

/** A 400 × 300 chart with margins 40 (left), 20 (top, right), 30 (bottom): frame x 40–380, y 20–270. */
function chart(
  marks: Plot.Markish[],
  x: Plot.ScaleOptions = { domain: [0, 10] },
  y: Plot.ScaleOptions = { domain: [0, 5] },
) {
  return Plot.plot({
    width: 400,
    height: 300,
    marginLeft: 40,
    marginTop: 20,
    marginRight: 20,
    marginBottom: 30,
    className: 't',
    x,
    y,
    document,
    marks,
  });
}

/** Numbers in an SVG path's data, as [x, y] pairs. */
function pathPoints(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const pts: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i]!, nums[i + 1]!]);
  return pts;
}

/** Area of a polygon by the shoelace formula. */
function polygonArea(pts: readonly [number, number][]): number {
  let a = 0;
  pts.forEach(([x, y], i) => {
    const [x2, y2] = pts[(i + 1) % pts.length]!;
    a += x * y2 - x2 * y;
  });
  return Math.abs(a) / 2;
}

describe('svgPlot scales', () => {
  it('maps a linear domain onto the frame, y pointing up, and inverts it', () => {
    const svg = chart([]);
    const x = svg.scale('x')!;
    const y = svg.scale('y')!;
    // x: 0 → 40, 10 → 380, so 2.5 → 40 + 0.25 · 340 = 125.
    expect(x.apply(2.5)).toBeCloseTo(125, 10);
    expect(x.invert!(125)).toBeCloseTo(2.5, 10);
    // y: 0 → 270 (bottom), 5 → 20 (top), so 1 → 270 − 250/5 = 220.
    expect(y.apply(1)).toBeCloseTo(220, 10);
    expect(y.invert!(20)).toBeCloseTo(5, 10);
  });

  it('extends a domain to round values with nice, as the standalone scale reports', () => {
    const s = Plot.scale({ y: { domain: [0.13, 0.97], range: [100, 0], nice: true } });
    expect(s.domain).toEqual([0.1, 1]);
    // About ten ticks over a span of 44.2 → a step of 5.
    expect(Plot.scale({ x: { domain: [-3.2, 41], nice: true } }).domain).toEqual([-5, 45]);
  });

  it('puts log ticks on powers of ten and symlog zero at the middle of a symmetric domain', () => {
    const svg = chart(
      [],
      { type: 'log', domain: [1, 1000] },
      { type: 'symlog', domain: [-100, 100] },
    );
    const x = svg.scale('x')!;
    // log10 spreads 1, 10, 100, 1000 evenly over 340 px.
    expect(x.apply(10)).toBeCloseTo(40 + 340 / 3, 9);
    expect(x.apply(100)).toBeCloseTo(40 + (2 * 340) / 3, 9);
    expect(svg.scale('y')!.apply(0)).toBeCloseTo((20 + 270) / 2, 9);
  });

  it('centres band ticks in their band', () => {
    const svg = chart([Plot.axisX({ tickSize: 0 })], {
      type: 'band',
      domain: ['a', 'b'],
      paddingInner: 0,
      paddingOuter: 0,
    });
    // Two bands of 170 px over 40–380: centres at 125 and 295.
    const xs = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(xs).toEqual([125, 295]);
    expect(svg.scale('x')!.bandwidth).toBe(170);
  });
});

describe('svgPlot marks', () => {
  it('writes an accessible SVG: size, viewBox, label, style, and scale() for x and y only', () => {
    const svg = Plot.plot({
      width: 300,
      height: 200,
      x: { domain: [0, 1] },
      y: { domain: [0, 1] },
      ariaLabel: 'A chart',
      style: { fontSize: '12px', background: 'transparent' },
      document,
      marks: [],
    });
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 200');
    expect(svg.getAttribute('aria-label')).toBe('A chart');
    expect(svg.getAttribute('style')).toBe('font-size: 12px; background: transparent;');
    expect(svg.scale('r')).toBeUndefined();
  });

  it('draws a line in pixels and breaks it at a point that is not finite', () => {
    const data = [
      { u: 0, v: 0 },
      { u: 5, v: 5 },
      { u: 6, v: Number.NaN },
      { u: 10, v: 0 },
    ];
    const svg = chart([Plot.line(data, { x: 'u', y: 'v', stroke: 'var(--accent)' })]);
    const d = svg.querySelector('path')!.getAttribute('d');
    // (0,0) → (40,270); (5,5) → (210,20); the NaN breaks the pen; (10,0) → (380,270).
    expect(d).toBe('M40,270L210,20M380,270');
    expect(svg.querySelector('g')!.getAttribute('stroke')).toBe('var(--accent)');
  });

  it('draws rules across the frame and skips a value the scale cannot place', () => {
    const svg = chart([Plot.ruleY([1, Number.NaN]), Plot.ruleX([5])]);
    const lines = [...svg.querySelectorAll('line')].map((l) =>
      ['x1', 'x2', 'y1', 'y2'].map((k) => Number(l.getAttribute(k))),
    );
    // y = 1 → 270 − 250/5 = 220 across x 40–380; x = 5 → 210 down y 20–270; NaN draws nothing.
    expect(lines).toEqual([
      [40, 380, 220, 220],
      [210, 210, 20, 270],
    ]);
  });

  it('draws one line per z series', () => {
    const data = [
      { t: 1, v: 1, run: 'a' },
      { t: 2, v: 2, run: 'b' },
      { t: 3, v: 3, run: 'a' },
    ];
    const svg = chart([Plot.line(data, { x: 't', y: 'v', z: 'run' })]);
    expect(svg.querySelectorAll('path').length).toBe(2);
  });

  it('gives every symbol the area of the circle of the same r', () => {
    const r = 6;
    for (const symbol of ['square', 'diamond', 'diamond2']) {
      const svg = chart([Plot.dot([{ x: 5, y: 2 }], { x: 'x', y: 'y', r, symbol, fill: 'red' })]);
      const path = svg.querySelector('path')!;
      expect(path.getAttribute('transform')).toBe('translate(210,170)');
      const d = path.getAttribute('d')!;
      // The square's path is M−h,−hH h V h H −h Z: its side is twice the first number.
      const area =
        symbol === 'square'
          ? (2 * Number(/^M(-?[\d.]+)/.exec(d)![1])) ** 2
          : polygonArea(pathPoints(d));
      expect(area).toBeCloseTo(Math.PI * r * r, 0);
    }
  });

  it('reads per-datum channels from functions or field names, and colour strings as constants', () => {
    const data = [
      { x: 1, y: 1, c: 'var(--good)' },
      { x: 2, y: 2, c: 'var(--bad)' },
    ];
    const svg = chart([
      Plot.dot(data, { x: 'x', y: 'y', r: (d) => d.x * 2, fill: 'c', stroke: 'var(--bg)' }),
    ]);
    const circles = [...svg.querySelectorAll('circle')];
    expect(circles.map((c) => c.getAttribute('r'))).toEqual(['2', '4']);
    expect(circles.map((c) => c.getAttribute('fill'))).toEqual(['var(--good)', 'var(--bad)']);
    expect(svg.querySelector('g')!.getAttribute('stroke')).toBe('var(--bg)');
  });

  it('clips marks to the frame with one clip path', () => {
    const svg = chart([
      Plot.line([{ u: 0, v: 0 }], { x: 'u', y: 'v', clip: true }),
      Plot.ruleY([1], { clip: true }),
    ]);
    const clips = svg.querySelectorAll('clipPath');
    expect(clips.length).toBe(1);
    const rect = clips[0]!.querySelector('rect')!;
    expect([
      rect.getAttribute('x'),
      rect.getAttribute('y'),
      rect.getAttribute('width'),
      rect.getAttribute('height'),
    ]).toEqual(['40', '20', '340', '250']);
    expect(svg.querySelectorAll('[clip-path="url(#t-clip-0)"]').length).toBe(2);
  });

  it('labels ticks with a true minus sign and puts the grid on the same ticks', () => {
    const svg = chart(
      [Plot.axisY({ ticks: 4, tickSize: 0 }), Plot.gridY({ ticks: 4 })],
      { domain: [0, 1] },
      { domain: [-1, 1] },
    );
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0']);
    const groups = [...svg.querySelectorAll('g')];
    const grid = groups[groups.length - 1]!.querySelector('path')!;
    expect(grid.getAttribute('d')!.match(/M/g)!.length).toBe(5);
  });

  it('writes a multi-line text as tspans, anchored at the frame', () => {
    const svg = chart([
      Plot.text(['inside the\nmargin'], { frameAnchor: 'top', lineAnchor: 'bottom' }),
    ]);
    const spans = [...svg.querySelectorAll('tspan')];
    expect(spans.map((s) => s.textContent)).toEqual(['inside the', 'margin']);
    expect(spans.map((s) => s.getAttribute('dy'))).toEqual(['-1em', '1em']);
    expect(svg.querySelector('text')!.getAttribute('y')).toBe('20');
  });

  it('draws filled contours of a cone: the region above a threshold is a disc of the right size', () => {
    // v(x, y) = 10 − distance from the centre of a 41 × 41 grid over [−1, 1]²; v ≥ 9.5 is a disc
    // of radius 0.5 in data units, area π/4 ≈ 0.785 of the 4-unit square.
    const n = 41;
    const values = Array.from({ length: n * n }, (_, i) => {
      const gx = -1 + (2 * ((i % n) + 0.5)) / n;
      const gy = -1 + (2 * (Math.floor(i / n) + 0.5)) / n;
      return 10 - Math.hypot(gx, gy);
    });
    const svg = chart(
      [
        Plot.contour(values, {
          width: n,
          height: n,
          x1: -1,
          x2: 1,
          y1: -1,
          y2: 1,
          thresholds: [9.5],
        }),
      ],
      { domain: [-1, 1] },
      { domain: [-1, 1] },
    );
    const d = svg.querySelector('path')!.getAttribute('d')!;
    // Frame: 340 × 250 px for 2 × 2 units → 85 × 62.5 px per unit².
    const area = polygonArea(pathPoints(d)) / (170 * 125);
    expect(area).toBeCloseTo(Math.PI / 4, 1);
  });
});
