/**
 * The outcome of a training run: the data (points on a line, or two classes in the plane) and
 * the fitted lines (regression lines, or decision boundaries w₁x₁ + w₂x₂ + b = 0). Pure: data and
 * options → an SVG from Plot.
 */

import * as Plot from './svgPlot';

/** Width ÷ height of the chart. */
export const FIT_RESULT_ASPECT = 16 / 10;

/** One data point; `group` picks its style (0 and 1: classes or clean points; 2: an outlier). */
export interface FitPoint {
  readonly x: number;
  readonly y: number;
  readonly group: 0 | 1 | 2;
}

/** A fitted model drawn as a line: params [w, b] (ŷ = w·x + b) or [w₁, w₂, b] (a boundary). */
export interface FitLine {
  readonly params: readonly number[];
  readonly stroke: string;
  readonly dashed?: boolean;
}

/** Options of `fitResultChart`. */
export interface FitResultChartOptions {
  readonly points: readonly FitPoint[];
  readonly lines: readonly FitLine[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel: string;
  readonly ariaDescription?: string;
  readonly document?: Document;
}

const GROUP_FILL = ['var(--accent)', 'var(--warn)', 'var(--bad)'] as const;

/** The segment of a line (ŷ = w·x + b, or the boundary of [w₁, w₂, b]) across x ∈ [x0, x1]. */
export function fitLineSegment(
  params: readonly number[],
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): { x: number; y: number }[] {
  // `+ 0` turns −0 into 0, so the output reads the same whatever the signs.
  return rawSegment(params, xDomain, yDomain).map((p) => ({ x: p.x + 0, y: p.y + 0 }));
}

function rawSegment(
  params: readonly number[],
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
): { x: number; y: number }[] {
  if (!params.every(Number.isFinite)) return [];
  if (params.length === 2) {
    const [w, b] = params as [number, number];
    return [
      { x: x0, y: w * x0 + b },
      { x: x1, y: w * x1 + b },
    ];
  }
  const [w1, w2, b] = params as [number, number, number];
  if (Math.abs(w2) > 1e-9 * Math.max(1, Math.abs(w1))) {
    return [
      { x: x0, y: -(w1 * x0 + b) / w2 },
      { x: x1, y: -(w1 * x1 + b) / w2 },
    ];
  }
  if (Math.abs(w1) > 0) {
    const x = -b / w1;
    return [
      { x, y: y0 },
      { x, y: y1 },
    ];
  }
  return [];
}

/** Pads an extent by 8 %. */
function padded(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = 0.08 * (hi - lo);
  return [lo - pad, hi + pad];
}

/** The chart: points by group and the fitted lines, clipped to the frame. */
export function fitResultChart(options: FitResultChartOptions): SVGSVGElement {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = Math.round(width / FIT_RESULT_ASPECT);
  const xDomain = padded(options.points.map((p) => p.x));
  const yDomain = padded(options.points.map((p) => p.y));
  const hidden = { ariaHidden: 'true' } as const;
  const points = options.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const marks: Plot.Markish[] = [
    Plot.gridY({ ...hidden, ticks: 5, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: options.xLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      ticks: Math.max(3, Math.round(width / 90)),
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY({
      ...hidden,
      label: options.yLabel,
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks: 5,
      tickSize: 0,
      fill: 'var(--fg-soft)',
    }),
    Plot.dot(points, {
      ...hidden,
      x: 'x',
      y: 'y',
      r: 4,
      fill: (p: FitPoint) => GROUP_FILL[p.group],
      fillOpacity: 0.75,
      stroke: 'var(--bg)',
      strokeWidth: 1,
      symbol: (p: FitPoint) => (p.group === 2 ? 'diamond2' : p.group === 1 ? 'square' : 'circle'),
    }),
  ];
  let missing = 0;
  for (const line of options.lines) {
    const seg = fitLineSegment(line.params, xDomain, yDomain);
    if (seg.length === 0) {
      missing++;
      continue;
    }
    marks.push(
      Plot.line(seg, {
        ...hidden,
        x: 'x',
        y: 'y',
        clip: true,
        stroke: line.stroke,
        strokeWidth: 2.5,
        ...(line.dashed && { strokeDasharray: '7 4' }),
      }),
    );
  }
  const className = options.className ?? 'lfe-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: 26,
    marginRight: 16,
    marginBottom: 40,
    marginLeft: 46,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: xDomain, axis: null },
    y: { domain: yDomain, axis: null },
    symbol: { type: 'identity' },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as SVGSVGElement;
  const notes = [options.ariaDescription ?? ''];
  if (missing > 0) notes.push(`${missing} fitted line(s) could not be drawn (all weights zero).`);
  const description = notes.filter((s) => s !== '').join(' ');
  if (description !== '') svg.setAttribute('aria-description', description);
  return svg;
}
