/**
 * The training playground's charts: the data with the model at one epoch (a fitted line, or the
 * decision regions of a classifier), and the training and held-out loss per epoch.
 */

import * as Plot from './svgPlot';
import { linePath, plotScales, px2, replaceLayer, svgElement, type PlotSvg } from './plotSvg';

/** Width ÷ height of the playground's charts. */
export const PLAYGROUND_ASPECT = 16 / 10;
export const LOSS_HISTORY_ASPECT = 16 / 7;

/** Margins in px. */
export const PLAYGROUND_MARGIN = { top: 24, right: 18, bottom: 40, left: 48 } as const;

/** Colours of classes 0, 1, 2 (CSS variables, so both themes work without a redraw). */
export const CLASS_COLORS: readonly string[] = ['var(--accent)', 'var(--warn)', 'var(--good)'];

const hidden = { ariaHidden: 'true' } as const;

/** One data point of the playground chart. */
export interface PlaygroundPoint {
  readonly x: number;
  readonly y: number;
  /** Class label (classification) or undefined (regression). */
  readonly cls?: number;
  readonly outlier?: boolean;
  /** Held out: drawn hollow, never trained on. */
  readonly heldOut?: boolean;
  /** Added by the reader: drawn with a ring. */
  readonly added?: boolean;
}

/** Options of `playgroundBase`. */
export interface PlaygroundBaseOptions {
  readonly points: readonly PlaygroundPoint[];
  /** [[x min, x max], [y min, y max]]. */
  readonly domain: readonly [readonly [number, number], readonly [number, number]];
  /** Axis labels, e.g. ['Input x', 'Target y'] or ['Feature x₁', 'Feature x₂']. */
  readonly labels: readonly [string, string];
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

function frameOf(svg: SVGSVGElement) {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const m = PLAYGROUND_MARGIN;
  return { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
}

function finite(points: readonly PlaygroundPoint[]): PlaygroundPoint[] {
  return points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
}

/**
 * The data chart without the model: grid, axes and the points (training filled, held-out
 * hollow, outliers in the "bad" colour, added points ringed). The points' group is marked
 * `data-layer="points"` so model layers can go underneath.
 */
export function playgroundBase(options: PlaygroundBaseOptions): PlotSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = Math.round(width / PLAYGROUND_ASPECT);
  const m = PLAYGROUND_MARGIN;
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const pts = finite(options.points);
  const colorOf = (p: PlaygroundPoint): string =>
    p.cls !== undefined
      ? (CLASS_COLORS[p.cls] ?? 'var(--fg)')
      : p.outlier
        ? 'var(--bad)'
        : 'var(--fg-soft)';
  const className = options.className ?? 'playground-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: [...options.domain[0]], axis: null },
    y: { domain: [...options.domain[1]], axis: null },
    r: { type: 'identity' },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'Training data and the model',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
      Plot.axisX({
        ...hidden,
        label: options.labels[0],
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 34,
        tickSize: 4,
        stroke: 'var(--fg-faint)',
        fill: 'var(--fg-soft)',
      }),
      Plot.axisY({
        ...hidden,
        label: options.labels[1],
        labelAnchor: 'top',
        labelArrow: 'none',
        ticks,
        tickSize: 0,
        fill: 'var(--fg-soft)',
      }),
      Plot.dot(pts, {
        ...hidden,
        x: 'x',
        y: 'y',
        r: (p: PlaygroundPoint) => (p.added ? 6 : 4.5),
        fill: (p: PlaygroundPoint) => (p.heldOut ? 'var(--bg-raised)' : colorOf(p)),
        stroke: (p: PlaygroundPoint) => (p.heldOut || p.added ? colorOf(p) : 'var(--bg-raised)'),
        strokeWidth: (p: PlaygroundPoint) => (p.added ? 2.5 : 1.5),
        clip: true,
      }),
    ],
  }) as PlotSvg;
  const groups = [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g');
  groups[groups.length - 1]?.setAttribute('data-layer', 'points');
  svg.setAttribute('data-id-prefix', options.idPrefix ?? className);
  const dropped = options.points.length - pts.length;
  if (dropped > 0) svg.setAttribute('data-nonfinite', String(dropped));
  return svg;
}

/** Puts a model layer under the points (or on top when there is no points group). */
function placeUnderPoints(svg: SVGSVGElement, name: string, g: SVGElement): void {
  replaceLayer(svg, name, g);
  const points = svg.querySelector('g[data-layer="points"]');
  if (points && g.nextSibling !== points) points.before(g);
}

/**
 * Draws the line ŷ = w·x + b across the chart, under the points, clipped to the frame. Cheap (no
 * Plot): a widget calls it on every Player frame. Returns whether it drew (false if non-finite).
 */
export function applyPlaygroundLine(
  svg: PlotSvg,
  line: { readonly w: number; readonly b: number },
): boolean {
  const { x, y } = plotScales(svg);
  const f = frameOf(svg);
  const doc = svg.ownerDocument;
  const g = svgElement(doc, 'g');
  const [x0, x1] = (svg.scale('x')?.domain ?? [0, 1]) as [number, number];
  const [y0, y1] = (svg.scale('y')?.domain ?? [0, 1]) as [number, number];
  const reach = 10 * (y1 - y0);
  const at = (u: number): [number, number] => {
    const v = line.w * u + line.b;
    return [x(u), y(Math.min(y1 + reach, Math.max(y0 - reach, v)))];
  };
  const ok = Number.isFinite(line.w) && Number.isFinite(line.b);
  if (ok) {
    const id = `${svg.getAttribute('data-id-prefix') ?? 'pg'}-line-clip`;
    const clip = svgElement(doc, 'clipPath', { id });
    clip.append(
      svgElement(doc, 'rect', {
        x: f.left,
        y: f.top,
        width: Math.max(0, f.right - f.left),
        height: Math.max(0, f.bottom - f.top),
      }),
    );
    g.append(clip);
    g.append(
      svgElement(doc, 'path', {
        d: linePath([at(x0), at(x1)]),
        stroke: 'var(--accent)',
        'stroke-width': 3,
        fill: 'none',
        'clip-path': `url(#${id})`,
      }),
    );
  }
  placeUnderPoints(svg, 'model', g);
  return ok;
}

/**
 * Draws a classifier's decision regions (compute's predictGrid: classes at cell centres, row by
 * row from the lowest x₂) as tinted rectangles under the points, one rectangle per run of equal
 * cells in a row, so a 56 × 36 grid costs a few hundred elements at most.
 */
export function applyPlaygroundRegions(
  svg: PlotSvg,
  grid: {
    readonly nx: number;
    readonly ny: number;
    readonly x: readonly number[];
    readonly y: readonly number[];
    readonly classes: readonly number[];
  },
): void {
  const { x, y } = plotScales(svg);
  const doc = svg.ownerDocument;
  const g = svgElement(doc, 'g', { 'fill-opacity': 0.18, 'shape-rendering': 'crispEdges' });
  const half = (v: readonly number[]) =>
    v.length > 1 ? ((v[1] as number) - (v[0] as number)) / 2 : 0.5;
  const hx = half(grid.x);
  const hy = half(grid.y);
  for (let j = 0; j < grid.ny; j++) {
    const yc = grid.y[j] as number;
    const top = y(yc + hy);
    const bottom = y(yc - hy);
    let i = 0;
    while (i < grid.nx) {
      const cls = grid.classes[j * grid.nx + i] as number;
      let k = i + 1;
      while (k < grid.nx && grid.classes[j * grid.nx + k] === cls) k++;
      const left = x((grid.x[i] as number) - hx);
      const right = x((grid.x[k - 1] as number) + hx);
      if ([left, right, top, bottom].every(Number.isFinite)) {
        g.append(
          svgElement(doc, 'rect', {
            x: px2(left),
            y: px2(top),
            width: px2(right - left),
            height: px2(bottom - top),
            fill: CLASS_COLORS[cls] ?? 'var(--fg-faint)',
          }),
        );
      }
      i = k;
    }
  }
  placeUnderPoints(svg, 'model', g);
}

/** Options of `lossHistoryBase`. */
export interface LossHistoryOptions {
  /** Training loss after each epoch (epoch 0 first). */
  readonly train: readonly number[];
  /** Held-out loss after each epoch, when there is held-out data. */
  readonly heldOut?: readonly number[];
  /** The planned number of epochs (the x range), even if the run stopped early. */
  readonly epochs: number;
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

/**
 * Training loss (solid) and held-out loss (dashed) against the epoch. The y range covers both
 * curves and 0; non-finite values are left out and counted (`data-nonfinite`).
 */
export function lossHistoryBase(options: LossHistoryOptions): PlotSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = Math.round(width / LOSS_HISTORY_ASPECT);
  const m = PLAYGROUND_MARGIN;
  const rows = (values: readonly number[] | undefined) =>
    (values ?? []).map((v, epoch) => ({ epoch, v })).filter((r) => Number.isFinite(r.v));
  const train = rows(options.train);
  const held = rows(options.heldOut);
  const all = [...train, ...held].map((r) => r.v);
  const lo = Math.min(0, ...all);
  let hi = Math.max(0, ...all);
  if (!(hi - lo > 1e-12)) hi = lo + 1;
  hi += 0.04 * (hi - lo);
  const dropped =
    options.train.length + (options.heldOut?.length ?? 0) - train.length - held.length;
  const className = options.className ?? 'loss-history-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: [0, Math.max(1, options.epochs)], axis: null },
    y: { domain: [lo, hi], nice: true, axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'Training and held-out loss per epoch',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      Plot.gridY({ ...hidden, ticks: 4, stroke: 'var(--border)', strokeOpacity: 1 }),
      Plot.axisX({
        ...hidden,
        label: 'Epoch',
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 34,
        tickSize: 4,
        stroke: 'var(--fg-faint)',
        fill: 'var(--fg-soft)',
      }),
      Plot.axisY({
        ...hidden,
        label: 'Loss',
        labelAnchor: 'top',
        labelArrow: 'none',
        ticks: 4,
        tickSize: 0,
        fill: 'var(--fg-soft)',
      }),
      Plot.line(held, {
        ...hidden,
        x: 'epoch',
        y: 'v',
        stroke: 'var(--warn)',
        strokeWidth: 2.25,
        strokeDasharray: '6 4',
      }),
      Plot.line(train, {
        ...hidden,
        x: 'epoch',
        y: 'v',
        stroke: 'var(--accent)',
        strokeWidth: 2.5,
      }),
    ],
  }) as PlotSvg;
  if (dropped > 0) svg.setAttribute('data-nonfinite', String(dropped));
  return svg;
}

/** Marks the epoch shown (a rule and dots on both curves) on a `lossHistoryBase` chart. Cheap. */
export function applyLossHistoryCurrent(
  svg: PlotSvg,
  current: { readonly epoch: number; readonly train?: number; readonly heldOut?: number },
  ariaDescription?: string,
): void {
  const { x, y } = plotScales(svg);
  const f = frameOf(svg);
  const doc = svg.ownerDocument;
  const g = svgElement(doc, 'g');
  const cx = x(current.epoch);
  if (Number.isFinite(cx)) {
    g.append(
      svgElement(doc, 'line', {
        x1: px2(cx),
        x2: px2(cx),
        y1: f.top,
        y2: f.bottom,
        stroke: 'var(--fg-faint)',
        'stroke-dasharray': '2 3',
      }),
    );
    for (const [v, fill] of [
      [current.heldOut, 'var(--warn)'],
      [current.train, 'var(--accent)'],
    ] as const) {
      if (v === undefined) continue;
      const cy = y(v);
      if (!Number.isFinite(cy)) continue;
      g.append(
        svgElement(doc, 'circle', {
          cx: px2(cx),
          cy: px2(Math.min(f.bottom, Math.max(f.top, cy))),
          r: 5,
          fill,
          stroke: 'var(--bg-raised)',
          'stroke-width': 2,
        }),
      );
    }
  }
  replaceLayer(svg, 'current', g);
  const notes = [ariaDescription ?? ''];
  const dropped = Number(svg.getAttribute('data-nonfinite') ?? 0);
  if (dropped > 0) notes.push(`${dropped} values that are not finite numbers are left out.`);
  const text = notes.filter((s) => s !== '').join(' ');
  if (text !== '') svg.setAttribute('aria-description', text);
  else svg.removeAttribute('aria-description');
}
