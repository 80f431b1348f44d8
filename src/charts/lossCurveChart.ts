/** The loss-curve chart: a pointwise loss against its variable, the current point and a downhill arrow. */

import * as Plot from './svgPlot';
import { finiteExtent, finitePoints, type CurvePoint } from './finite';
import { createLossCurveMarker, type MarkerGeometry } from './lossCurveMarker';

/** Width ÷ height of every loss-curve chart, whatever its width. */
export const LOSS_CURVE_ASPECT = 16 / 10;

/** Margins in px; fixed so that the server and client frames line up and pointer maths is simple. */
export const LOSS_CURVE_MARGIN = { top: 28, right: 18, bottom: 40, left: 48 } as const;

/** The point the reader moves: the variable, the loss there and its slope (the derivative). */
export interface LossCurveCurrent {
  readonly u: number;
  readonly value: number;
  readonly slope: number;
}

/** Options of `lossCurveBase`: everything but the current point. */
export interface LossCurveBaseOptions {
  /** The loss curve, sorted by u. */
  readonly points: readonly CurvePoint[];
  /** The derivative curve (value = ℓ′(u)), drawn when `showDerivative` is true. */
  readonly derivativePoints?: readonly CurvePoint[];
  /** The plotted range of the variable and its plain-text axis label, e.g. 'Residual r'. */
  readonly domain: { readonly min: number; readonly max: number; readonly label: string };
  readonly showDerivative: boolean;
  /** The y range; by default `lossCurveYDomain` of the curves shown. */
  readonly yDomain?: readonly [number, number];
  /** Width in px (default 640); the height follows from `LOSS_CURVE_ASPECT`. */
  readonly width?: number;
  /** Class of the SVG, fixed for golden tests (default 'lfe-chart'). */
  readonly className?: string;
  /** Prefix of the element ids inside the SVG (clip paths); unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** Options of `lossCurveChart`. */
export interface LossCurveChartOptions extends LossCurveBaseOptions {
  readonly current: LossCurveCurrent;
  /** Describes the current state in words (the chart appends notes on left-out points). */
  readonly ariaDescription?: string;
}

/** A loss-curve SVG as Plot returns it (with its scales). */
export type LossCurveSvg = SVGSVGElement & Plot.Plot;

/** Notes about left-out points, per base chart, for the description `applyLossCurveCurrent` writes. */
const baseNotes = new WeakMap<Element, string>();

/** The chart's height for a width, keeping `LOSS_CURVE_ASPECT`. */
export function lossCurveHeight(width: number): number {
  return Math.round(width / LOSS_CURVE_ASPECT);
}

/**
 * A y range that shows the whole loss curve and 0, and, when given, as much of the derivative
 * curve as fits within one more loss-span above and below (a −100 slope near p = 0 must not
 * flatten the loss), padded a little at the top. Always finite with hi > lo.
 */
export function lossCurveYDomain(
  points: readonly CurvePoint[],
  derivativePoints?: readonly CurvePoint[],
): [number, number] {
  const loss = finiteExtent(points.map((p) => p.value)) ?? [0, 1];
  let lo = Math.min(0, loss[0]);
  let hi = Math.max(0, loss[1]);
  if (hi - lo < 1e-9) hi = lo + 1;
  const span = hi - lo;
  const deriv = derivativePoints && finiteExtent(derivativePoints.map((p) => p.value));
  if (deriv) {
    lo = Math.min(lo, Math.max(deriv[0], lo - span));
    hi = Math.max(hi, Math.min(deriv[1], hi + span));
  }
  return [lo, hi + 0.04 * (hi - lo)];
}

/**
 * The chart without its current point: grid, axes labelled with the variable, the loss curve and,
 * optionally, the dashed derivative curve. Colours are CSS variables, so both themes work
 * without a redraw. Non-finite points are left out and counted (`data-nonfinite`).
 */
export function lossCurveBase(options: LossCurveBaseOptions): LossCurveSvg {
  const { domain } = options;
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = lossCurveHeight(width);
  const m = LOSS_CURVE_MARGIN;

  const derivativeShown = options.showDerivative && options.derivativePoints !== undefined;
  const rawY =
    options.yDomain ??
    lossCurveYDomain(options.points, derivativeShown ? options.derivativePoints : undefined);
  const y = Plot.scale({
    y: { domain: [rawY[0], rawY[1]], range: [height - m.bottom, m.top], nice: true },
  });
  const [y0, y1] = y.domain as [number, number];

  // Values far outside the frame are clamped (clip hides them) so no path gets absurd numbers.
  const reach = 10 * (y1 - y0);
  const loss = finitePoints(options.points, y0 - reach, y1 + reach);
  const deriv = derivativeShown
    ? finitePoints(options.derivativePoints ?? [], y0 - reach, y1 + reach)
    : { points: [], dropped: 0 };

  const hidden = { ariaHidden: 'true' } as const;
  // About one y tick per 70 px keeps labels apart at any width.
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 70));
  const marks: Plot.Markish[] = [
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: domain.label,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY({
      ...hidden,
      label: derivativeShown ? 'ℓ and ℓ′' : 'Loss ℓ',
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks,
      tickSize: 0,
      fill: 'var(--fg-soft)',
    }),
  ];
  if (y0 <= 0 && y1 >= 0) {
    marks.push(Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)', strokeWidth: 1 }));
  }
  if (deriv.points.length > 0) {
    marks.push(
      Plot.line(deriv.points, {
        ...hidden,
        x: 'u',
        y: 'value',
        clip: true,
        stroke: 'var(--warn)',
        strokeWidth: 2,
        strokeDasharray: '6 4',
      }),
    );
  }
  marks.push(
    Plot.line(loss.points, {
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
    ariaLabel: options.ariaLabel ?? `Loss curve against ${domain.label}`,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as LossCurveSvg;
  // Plot numbers clip paths with a global counter, which differs between the server and the
  // browser and across charts; name them after the chart instead.
  const dropped = loss.dropped + deriv.dropped;
  if (dropped > 0) {
    svg.setAttribute('data-nonfinite', String(dropped));
    baseNotes.set(svg, `${dropped} points where the loss is not a finite number are left out.`);
  }
  return svg;
}

/**
 * Draws (or redraws) the current point on a chart from `lossCurveBase`: a dotted drop line, the
 * tangent, a short arrow pointing downhill along −slope and the dot. Cheap (a handful of SVG
 * elements, no Plot), so a widget can call it on every input event. Also updates the chart's
 * description. Returns the geometry drawn.
 */
export function applyLossCurveCurrent(
  svg: LossCurveSvg,
  current: LossCurveCurrent,
  ariaDescription?: string,
): MarkerGeometry {
  const x = svg.scale('x');
  const y = svg.scale('y');
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const m = LOSS_CURVE_MARGIN;
  const marker = createLossCurveMarker(svg.ownerDocument, current, {
    x: (u) => Number(x?.apply?.(u)),
    y: (v) => Number(y?.apply?.(v)),
    frame: { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom },
  });
  const old = svg.querySelector('g[data-current]');
  if (old) old.replaceWith(marker.element);
  else svg.append(marker.element);

  const notes = [
    ariaDescription ?? '',
    baseNotes.get(svg) ?? '',
    marker.geometry.dot ? '' : 'The current point is not a finite number and is not drawn.',
  ].filter((s) => s !== '');
  if (notes.length > 0) svg.setAttribute('aria-description', notes.join(' '));
  else svg.removeAttribute('aria-description');
  return marker.geometry;
}

/**
 * The whole chart (an `<svg role="img">`): `lossCurveBase` with the current point applied. This
 * is what the server renders and the golden tests pin down.
 */
export function lossCurveChart(options: LossCurveChartOptions): LossCurveSvg {
  const svg = lossCurveBase(options);
  applyLossCurveCurrent(svg, options.current, options.ariaDescription);
  return svg;
}
