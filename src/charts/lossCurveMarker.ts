/** The current-point layer of the loss-curve chart: geometry in pixels, and its SVG. */

/** Maps data to pixels, and the plot frame in pixels. */
export interface MarkerScales {
  readonly x: (u: number) => number;
  readonly y: (value: number) => number;
  readonly frame: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

/** A segment in pixels. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** What the layer draws, in pixels; null parts are not drawn. */
export interface MarkerGeometry {
  readonly dot: { readonly cx: number; readonly cy: number } | null;
  /** Dotted line from the dot down to the x axis. */
  readonly drop: Segment | null;
  /** The tangent through the dot, clipped to the frame. */
  readonly tangent: Segment | null;
  /** The downhill arrow and the two ends of its head's barbs. */
  readonly arrow: (Segment & { readonly barbs: readonly [number, number, number, number] }) | null;
}

/** Below this |slope| the point counts as flat: no downhill direction, no arrow. */
export const FLAT_SLOPE = 1e-12;

const ARROW_INSET = 8;
const MIN_ARROW = 18;
const HEAD = 10;
const HEAD_ANGLE = (28 * Math.PI) / 180;

const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;

/** Clips the segment p + t·d, t ∈ [t0, t1], to a rectangle (Liang–Barsky); null when outside. */
function clipSegment(
  px: number,
  py: number,
  dx: number,
  dy: number,
  t0: number,
  t1: number,
  f: MarkerScales['frame'],
): Segment | null {
  let lo = t0;
  let hi = t1;
  const edges: [number, number][] = [
    [-dx, px - f.left],
    [dx, f.right - px],
    [-dy, py - f.top],
    [dy, f.bottom - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) lo = Math.max(lo, t);
      else hi = Math.min(hi, t);
    }
  }
  if (lo > hi) return null;
  return { x1: r2(px + lo * dx), y1: r2(py + lo * dy), x2: r2(px + hi * dx), y2: r2(py + hi * dy) };
}

/**
 * The layer's geometry: the dot at (u, value) (held inside the frame), the tangent of the given
 * slope, and an arrow along the downhill direction (u moving against the slope) whose length is a
 * tenth of the frame's width within [28, 58] px, shortened to stay inside the frame (never below
 * 18 px). Nothing is drawn for a non-finite point; no arrow where the slope is flat.
 */
export function lossCurveMarkerGeometry(
  current: { readonly u: number; readonly value: number; readonly slope: number },
  scales: MarkerScales,
): MarkerGeometry {
  const { u, value, slope } = current;
  const f = scales.frame;
  const px = scales.x(u);
  const rawY = scales.y(value);
  if (![px, rawY, slope].every(Number.isFinite)) {
    return { dot: null, drop: null, tangent: null, arrow: null };
  }
  const py = Math.min(f.bottom, Math.max(f.top, rawY));
  // The image of the data vector (1, slope), normalised: the tangent's direction in pixels.
  const tx = scales.x(u + 1) - px;
  const ty = scales.y(value + slope) - rawY;
  const norm = Math.hypot(tx, ty);
  const length = Math.min(58, Math.max(28, (f.right - f.left) / 10));
  const dot = { cx: r2(px), cy: r2(py) };
  const drop = { x1: r2(px), y1: r2(py), x2: r2(px), y2: r2(f.bottom) };
  if (!(norm > 0) || !Number.isFinite(norm)) return { dot, drop, tangent: null, arrow: null };
  const dx = tx / norm;
  const dy = ty / norm;
  const half = 0.7 * length;
  const tangent = clipSegment(px, py, dx, dy, -half, half, f);
  if (Math.abs(slope) < FLAT_SLOPE) return { dot, drop, tangent, arrow: null };

  const dir = slope > 0 ? -1 : 1;
  const ax = dir * dx;
  const ay = dir * dy;
  const room = Math.min(
    ax > 0 ? (f.right - px) / ax : ax < 0 ? (f.left - px) / ax : Infinity,
    ay > 0 ? (f.bottom - py) / ay : ay < 0 ? (f.top - py) / ay : Infinity,
  );
  const reach = Math.max(MIN_ARROW, Math.min(length, room));
  const ex = px + reach * ax;
  const ey = py + reach * ay;
  const barb = (angle: number): [number, number] => {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    return [r2(ex - HEAD * (c * ax - s * ay)), r2(ey - HEAD * (s * ax + c * ay))];
  };
  const [b1x, b1y] = barb(HEAD_ANGLE);
  const [b2x, b2y] = barb(-HEAD_ANGLE);
  const arrow = {
    x1: r2(px + ARROW_INSET * ax),
    y1: r2(py + ARROW_INSET * ay),
    x2: r2(ex),
    y2: r2(ey),
    barbs: [b1x, b1y, b2x, b2y] as const,
  };
  return { dot, drop, tangent, arrow };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function createSvg(
  document: Document,
  tag: string,
  attributes: Record<string, string | number>,
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** The layer as an SVG `<g data-current aria-hidden="true">`, with the geometry it drew. */
export function createLossCurveMarker(
  document: Document,
  current: { readonly u: number; readonly value: number; readonly slope: number },
  scales: MarkerScales,
): { element: SVGGElement; geometry: MarkerGeometry } {
  const geometry = lossCurveMarkerGeometry(current, scales);
  const g = createSvg(document, 'g', { 'data-current': '', 'aria-hidden': 'true' }) as SVGGElement;
  const { dot, drop, tangent, arrow } = geometry;
  if (drop) {
    g.append(
      createSvg(document, 'line', {
        ...drop,
        stroke: 'var(--fg-faint)',
        'stroke-dasharray': '2 3',
      }),
    );
  }
  if (tangent) {
    g.append(
      createSvg(document, 'line', { ...tangent, stroke: 'var(--fg-soft)', 'stroke-width': 1.25 }),
    );
  }
  if (arrow) {
    const [b1x, b1y, b2x, b2y] = arrow.barbs;
    g.append(
      createSvg(document, 'path', {
        d: `M${arrow.x1},${arrow.y1}L${arrow.x2},${arrow.y2}M${b1x},${b1y}L${arrow.x2},${arrow.y2}L${b2x},${b2y}`,
        fill: 'none',
        stroke: 'var(--good)',
        'stroke-width': 2.5,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
  }
  if (dot) {
    g.append(
      createSvg(document, 'circle', {
        ...dot,
        r: 6.5,
        fill: 'var(--accent)',
        stroke: 'var(--bg)',
        'stroke-width': 2,
      }),
    );
  }
  return { element: g, geometry };
}
