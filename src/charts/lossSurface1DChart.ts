/**
 * The one-weight loss chart: L(w) against w, the current point with its tangent and downhill
 * arrow, the gradient-descent steps taken so far and the next step −η·∂L/∂w as a dashed arc.
 */

import * as Plot from './svgPlot';
import { finiteExtent, finitePoints, type CurvePoint } from './finite';
import { createLossCurveMarker } from './lossCurveMarker';

/** Width ÷ height of the chart, whatever its width. */
export const LOSS_SURFACE_ASPECT = 16 / 9;

/** Margins in px, fixed so the server and client frames line up. */
export const LOSS_SURFACE_MARGIN = { top: 26, right: 18, bottom: 44, left: 48 } as const;

/** A point of the descent: the weight and the loss there. */
export interface DescentPoint {
  readonly w: number;
  readonly loss: number;
}

/** Options of `lossSurfaceBase`: the curve and its frame, nothing that moves. */
export interface LossSurfaceBaseOptions {
  /** L(w) sampled over the domain, sorted by w (u = w). */
  readonly points: readonly CurvePoint[];
  /** The plotted range of w and the axis label. */
  readonly domain: { readonly min: number; readonly max: number; readonly label: string };
  /** Where the minimum lies (drawn as a faint tick on the w axis), if known. */
  readonly minimum?: number;
  /** Width in px (default 640); the height follows from `LOSS_SURFACE_ASPECT`. */
  readonly width?: number;
  /** Class of the SVG (fixed in golden tests). */
  readonly className?: string;
  /** Prefix of the element ids inside the SVG; unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** What moves: the current point, the path so far and the next step. */
export interface LossSurfaceState {
  readonly current: { readonly w: number; readonly loss: number; readonly slope: number };
  /** Every point of the descent so far, the start first (the current point last). */
  readonly path: readonly DescentPoint[];
  /** Where the next step would land (w − η·∂L/∂w), or null when no step is on offer. */
  readonly next: DescentPoint | null;
  /** The chart's description in words. */
  readonly ariaDescription?: string;
}

/** Options of `lossSurface1DChart`: the base and the state. */
export type LossSurface1DChartOptions = LossSurfaceBaseOptions & LossSurfaceState;

/** A loss-surface SVG as Plot returns it (with its scales). */
export type LossSurfaceSvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width. */
export function lossSurfaceHeight(width: number): number {
  return Math.round(width / LOSS_SURFACE_ASPECT);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;

function el(
  document: Document,
  tag: string,
  attributes: Record<string, string | number>,
): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  return e;
}

/**
 * The chart without what moves: grid, axes, the loss curve and a faint tick at the minimum.
 * Colours are CSS variables, so both themes work without a redraw; non-finite samples are left
 * out and counted (`data-nonfinite`).
 */
export function lossSurfaceBase(options: LossSurfaceBaseOptions): LossSurfaceSvg {
  const { domain } = options;
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = lossSurfaceHeight(width);
  const m = LOSS_SURFACE_MARGIN;
  const extent = finiteExtent(options.points.map((p) => p.value)) ?? [0, 1];
  const top = Math.max(extent[1], 1e-9);
  const y = Plot.scale({
    y: { domain: [0, top * 1.04], range: [height - m.bottom, m.top], nice: true },
  });
  const [y0, y1] = y.domain as [number, number];
  const curve = finitePoints(options.points, y0 - 10 * (y1 - y0), y1 + 10 * (y1 - y0));
  const hidden = { ariaHidden: 'true' } as const;
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const marks: Plot.Markish[] = [
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: domain.label,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 36,
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY({
      ...hidden,
      label: 'Loss L(w)',
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks,
      tickSize: 0,
      fill: 'var(--fg-soft)',
    }),
    Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
  ];
  const wStar = options.minimum;
  if (wStar !== undefined && Number.isFinite(wStar) && wStar >= domain.min && wStar <= domain.max) {
    marks.push(
      Plot.ruleX([wStar], {
        ...hidden,
        stroke: 'var(--fg-faint)',
        strokeDasharray: '3 4',
      }),
      Plot.text([wStar], {
        ...hidden,
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -14,
        text: () => 'minimum',
        fill: 'var(--fg-soft)',
      }),
    );
  }
  marks.push(
    Plot.line(curve.points, {
      ...hidden,
      x: 'u',
      y: 'value',
      clip: true,
      stroke: 'var(--accent)',
      strokeWidth: 2.75,
    }),
  );
  const className = options.className ?? 'lfe-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: [domain.min, domain.max], axis: null },
    y: { domain: [y0, y1], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? `Loss against ${domain.label}`,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as LossSurfaceSvg;
  const prefix = options.idPrefix ?? className;
  // The frame the moving layer clips its path to.
  const doc = svg.ownerDocument;
  const defs = el(doc, 'defs', {});
  const clip = el(doc, 'clipPath', { id: `${prefix}-frame` });
  clip.append(
    el(doc, 'rect', {
      x: m.left,
      y: m.top - 6,
      width: width - m.left - m.right,
      height: height - m.top - m.bottom + 6,
    }),
  );
  defs.append(clip);
  svg.prepend(defs);
  svg.setAttribute('data-frame-clip', `${prefix}-frame`);
  if (curve.dropped > 0) svg.setAttribute('data-nonfinite', String(curve.dropped));
  return svg;
}

/** The next step in pixels: a quadratic arc from the current point to the landing point. */
export interface NextStepGeometry {
  /** SVG path data of the arc and its arrowhead. */
  readonly d: string;
  /** Whether the landing point is off the chart (the arc then ends at the frame's edge). */
  readonly offChart: boolean;
}

/**
 * The next step as an arc bulging above the curve, from (x1, y1) to (x2, y2) in pixels, with an
 * arrowhead at the end. A landing point left or right of the frame is replaced by the frame's
 * edge at the frame's top (the arc then says "off the chart"). Null for a step too short to draw
 * or non-finite input.
 */
export function nextStepGeometry(
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
  frame: { readonly left: number; readonly right: number; readonly top: number },
): NextStepGeometry | null {
  if (![from.x, from.y, to.x, to.y].every(Number.isFinite)) return null;
  const offChart = to.x < frame.left || to.x > frame.right;
  const x2 = Math.min(frame.right, Math.max(frame.left, to.x));
  const y2 = offChart ? frame.top : Math.max(frame.top, to.y);
  const y1 = Math.max(frame.top, from.y);
  const dx = x2 - from.x;
  if (Math.abs(dx) < 3) return null;
  const cx = (from.x + x2) / 2;
  const cy = Math.max(frame.top - 20, Math.min(y1, y2) - (0.3 * Math.abs(dx) + 12));
  // The arrowhead follows the arc's direction at its end: from the control point to the end.
  const ux = x2 - cx;
  const uy = y2 - cy;
  const n = Math.hypot(ux, uy) || 1;
  const head = 8;
  const bx = x2 - (head * ux) / n;
  const by = y2 - (head * uy) / n;
  const px = (-uy / n) * 4.5;
  const py = (ux / n) * 4.5;
  const d =
    `M${r2(from.x)},${r2(y1)}Q${r2(cx)},${r2(cy)} ${r2(x2)},${r2(y2)}` +
    `M${r2(bx + px)},${r2(by + py)}L${r2(x2)},${r2(y2)}L${r2(bx - px)},${r2(by - py)}`;
  return { d, offChart };
}

/**
 * Draws (or redraws) what moves on a chart from `lossSurfaceBase`: the steps taken as chords
 * between successive points, the next step as a dashed arc to a hollow landing point on the
 * curve, and the current point (dot, tangent, downhill arrow). A handful of SVG
 * elements, no Plot, so a widget can call it on every input event.
 */
export function applyLossSurfaceState(svg: LossSurfaceSvg, state: LossSurfaceState): void {
  const doc = svg.ownerDocument;
  const xs = svg.scale('x');
  const ys = svg.scale('y');
  const x = (w: number) => Number(xs?.apply?.(w));
  const y = (v: number) => Number(ys?.apply?.(v));
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const m = LOSS_SURFACE_MARGIN;
  const frame = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const g = el(doc, 'g', { 'data-moving': '', 'aria-hidden': 'true' });

  // The path: chords between successive points, clipped to the frame; small dots at each point.
  const pts = state.path.filter((p) => Number.isFinite(p.w) && Number.isFinite(p.loss));
  const clipId = svg.getAttribute('data-frame-clip');
  const path = el(doc, 'g', clipId ? { 'clip-path': `url(#${clipId})` } : {});
  if (pts.length > 1) {
    const d = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${r2(x(p.w))},${r2(y(p.loss))}`).join('');
    path.append(
      el(doc, 'path', {
        d,
        fill: 'none',
        stroke: 'var(--warn)',
        'stroke-width': 1.75,
        'stroke-linejoin': 'round',
        'data-path': '',
      }),
    );
    for (const p of pts.slice(0, -1)) {
      path.append(
        el(doc, 'circle', {
          cx: r2(x(p.w)),
          cy: r2(y(p.loss)),
          r: 3.5,
          fill: 'var(--warn)',
        }),
      );
    }
  }
  g.append(path);

  // The next step: a dashed arc from the current point to where w − η·∂L/∂w lands.
  const last = pts[pts.length - 1];
  if (state.next && last) {
    const nx = x(state.next.w);
    const ny = y(state.next.loss);
    const arc = nextStepGeometry({ x: x(last.w), y: y(last.loss) }, { x: nx, y: ny }, frame);
    if (arc) {
      g.append(
        el(doc, 'path', {
          d: arc.d,
          fill: 'none',
          stroke: 'var(--fg-soft)',
          'stroke-width': 1.5,
          'stroke-dasharray': '4 3',
          'stroke-linecap': 'round',
          'data-next-step': arc.offChart ? 'off-chart' : '',
        }),
      );
    }
    if (Number.isFinite(ny) && nx >= frame.left && nx <= frame.right) {
      g.append(
        el(doc, 'circle', {
          cx: r2(nx),
          cy: r2(Math.max(frame.top, ny)),
          r: 5,
          fill: 'var(--bg)',
          stroke: 'var(--fg-soft)',
          'stroke-width': 1.75,
          'data-next-point': '',
        }),
      );
    } else if (arc) {
      const right = nx > frame.right;
      const t = el(doc, 'text', {
        x: right ? frame.right - 4 : frame.left + 4,
        y: frame.top + 16,
        'text-anchor': right ? 'end' : 'start',
        fill: 'var(--fg-soft)',
      });
      t.textContent = 'next step: off the chart';
      g.append(t);
    }
  }

  // The current point, its tangent and the downhill arrow (the loss-curve marker).
  const { current } = state;
  const marker = createLossCurveMarker(
    doc,
    { u: current.w, value: current.loss, slope: current.slope },
    { x, y, frame },
  );
  if (marker.geometry.dot && x(current.w) >= frame.left && x(current.w) <= frame.right) {
    g.append(marker.element);
  }

  const old = svg.querySelector('g[data-moving]');
  if (old) old.replaceWith(g);
  else svg.append(g);
  if (state.ariaDescription) svg.setAttribute('aria-description', state.ariaDescription);
  else svg.removeAttribute('aria-description');
}

/** The whole chart: `lossSurfaceBase` with the state applied (what the server and goldens draw). */
export function lossSurface1DChart(options: LossSurface1DChartOptions): LossSurfaceSvg {
  const svg = lossSurfaceBase(options);
  applyLossSurfaceState(svg, options);
  return svg;
}
