/**
 * The margin-loss chart: the 0/1 loss and its surrogates against the margin z, the regions
 * "wrong side", "inside the margin" and "confident and correct" shaded, and the current z.
 */

import * as Plot from './svgPlot';
import { finitePoints, type CurvePoint } from './finite';

/** Width ÷ height of the chart, whatever its width. */
export const MARGIN_LOSS_ASPECT = 16 / 10;

/** Margins in px, fixed so that the server and client frames line up. */
export const MARGIN_LOSS_MARGIN = { top: 38, right: 16, bottom: 40, left: 40 } as const;

/** The default top of the y axis: the surrogates' steep left ends are cut off here. */
export const MARGIN_LOSS_Y_MAX = 4;

/** How one curve is drawn: a CSS colour, an optional dash pattern and width. */
export interface MarginCurveStyle {
  readonly stroke: string;
  readonly dash?: string;
  readonly width?: number;
}

/** Styles of the curves by registry id (and 'logistic-base2'), shared with the widget's key. */
export const MARGIN_LOSS_STYLES: Readonly<Record<string, MarginCurveStyle>> = {
  'zero-one': { stroke: 'var(--fg)', width: 2.75 },
  hinge: { stroke: 'var(--accent)', width: 2.5 },
  'squared-hinge': { stroke: 'var(--warn)', dash: '7 4', width: 2.25 },
  logistic: { stroke: 'var(--good)', width: 2.25 },
  'logistic-base2': { stroke: 'var(--good)', dash: '2 3', width: 2.5 },
  exponential: { stroke: 'var(--bad)', dash: '10 3 2 3', width: 2.25 },
};

const FALLBACK_STYLE: MarginCurveStyle = { stroke: 'var(--fg-soft)', width: 2 };

/** One curve: an id (for its style), its samples and whether it is a step (the 0/1 loss). */
export interface MarginCurve {
  readonly id: string;
  /** Samples sorted by z. */
  readonly points: readonly CurvePoint[];
  /**
   * Drawn as a step that jumps at the start of each sample interval ('step-before'): with the
   * 0/1 loss sampled on a grid through z = 0, the jump sits exactly at 0.
   */
  readonly step?: boolean;
}

/** A shaded band of z, [from, to), with its name. */
export interface MarginBand {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** A CSS colour, e.g. 'var(--bad-soft)'. */
  readonly fill: string;
}

/** Options of `marginLossBase`: everything but the current z. */
export interface MarginLossBaseOptions {
  readonly curves: readonly MarginCurve[];
  readonly bands: readonly MarginBand[];
  /** The plotted z range and its axis label. */
  readonly domain: { readonly min: number; readonly max: number; readonly label: string };
  /** Top of the y axis (default `MARGIN_LOSS_Y_MAX`); the bottom is 0. */
  readonly yMax?: number;
  /** Width in px (default 640); the height follows from `MARGIN_LOSS_ASPECT`. */
  readonly width?: number;
  /** Class of the SVG, fixed for golden tests (default 'mlv-chart'). */
  readonly className?: string;
  /** Prefix of the element ids inside the SVG; unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** The current margin and each curve's value there. */
export interface MarginLossCurrent {
  readonly z: number;
  readonly values: readonly { readonly id: string; readonly value: number }[];
}

/** Options of `marginLossChart`. */
export interface MarginLossChartOptions extends MarginLossBaseOptions {
  readonly current: MarginLossCurrent;
  readonly ariaDescription?: string;
}

/** A margin-loss SVG as Plot returns it (with its scales). */
export type MarginLossSvg = SVGSVGElement & Plot.Plot;

/** Notes on cut-off and left-out points, per base chart, for the description. */
const baseNotes = new WeakMap<Element, string>();

/** The chart's height for a width, keeping `MARGIN_LOSS_ASPECT`. */
export function marginLossHeight(width: number): number {
  return Math.round(width / MARGIN_LOSS_ASPECT);
}

/** Rough width in px of a line at 11.5 px sans-serif, to decide whether it fits its band. */
function lineWidth(text: string): number {
  return text.length * 6.3 + 8;
}

/**
 * The label as it fits a band `room` px wide: on one line, else broken in two at the space
 * nearest its middle, else null (the band is too narrow and goes unlabelled).
 */
export function fitBandLabel(label: string, room: number): string | null {
  if (lineWidth(label) <= room) return label;
  let best = -1;
  for (let k = 0; k < label.length; k++) {
    if (
      label[k] === ' ' &&
      (best < 0 || Math.abs(k - label.length / 2) < Math.abs(best - label.length / 2))
    )
      best = k;
  }
  if (best < 0) return null;
  const lines = [label.slice(0, best), label.slice(best + 1)];
  return lines.every((l) => lineWidth(l) <= room) ? lines.join('\n') : null;
}

/**
 * The chart without its current z: the shaded regions (named where they are wide enough), the
 * level ℓ = 1 of a counted mistake, axes and every curve. Colours are CSS variables, so both
 * themes work without a redraw. Values above the frame are cut off (and said so).
 */
export function marginLossBase(options: MarginLossBaseOptions): MarginLossSvg {
  const { domain } = options;
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = marginLossHeight(width);
  const m = MARGIN_LOSS_MARGIN;
  const yMax = options.yMax ?? MARGIN_LOSS_Y_MAX;
  const hidden = { ariaHidden: 'true' } as const;
  const pxPerUnit = (width - m.left - m.right) / (domain.max - domain.min);

  const marks: Plot.Markish[] = [];
  for (const band of options.bands) {
    const from = Math.max(domain.min, band.from);
    const to = Math.min(domain.max, band.to);
    if (!(to > from)) continue;
    marks.push(
      Plot.rect([{ x1: from, x2: to, y1: 0, y2: yMax }], {
        ...hidden,
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: band.fill,
        fillOpacity: 1,
      }),
    );
    const text = fitBandLabel(band.label, (to - from) * pxPerUnit);
    if (text !== null) {
      marks.push(
        Plot.text([{ x: (from + to) / 2 }], {
          ...hidden,
          x: 'x',
          frameAnchor: 'top',
          lineAnchor: 'bottom',
          dy: -5,
          text: () => text,
          fill: 'var(--fg-soft)',
          fontSize: 11.5,
        }),
      );
    }
  }
  const ticks = Math.max(2, Math.min(yMax, Math.round((height - m.top - m.bottom) / 55)));
  marks.push(
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.ruleY([1], { ...hidden, stroke: 'var(--fg-faint)', strokeDasharray: '1 3' }),
    Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
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
      label: 'Loss ℓ(z)',
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks,
      tickSize: 0,
      fill: 'var(--fg-soft)',
    }),
  );

  let dropped = 0;
  let cut = 0;
  const reach = 3 * yMax;
  for (const curve of options.curves) {
    const style = MARGIN_LOSS_STYLES[curve.id] ?? FALLBACK_STYLE;
    const kept = finitePoints(curve.points, -reach, reach);
    dropped += kept.dropped;
    if (curve.points.some((p) => p.value > yMax)) cut += 1;
    if (kept.points.length === 0) continue;
    marks.push(
      Plot.line(kept.points, {
        ...hidden,
        x: 'u',
        y: 'value',
        clip: true,
        stroke: style.stroke,
        strokeWidth: style.width ?? 2,
        ...(style.dash !== undefined && { strokeDasharray: style.dash }),
        ...(curve.step === true && { curve: 'step-before' }),
      }),
    );
  }

  const className = options.className ?? 'mlv-chart';
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
    y: { domain: [0, yMax], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? `Margin losses against ${domain.label}`,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as MarginLossSvg;
  // Plot numbers clip paths with a global counter (different on server and client): rename.
  const notes: string[] = [];
  if (cut > 0) {
    notes.push(
      `The y axis stops at ${yMax}; ${cut === 1 ? 'one curve rises' : `${cut} curves rise`} above it on the left.`,
    );
  }
  if (dropped > 0) {
    svg.setAttribute('data-nonfinite', String(dropped));
    notes.push(`${dropped} points that are not finite numbers are left out.`);
  }
  if (notes.length > 0) baseNotes.set(svg, notes.join(' '));
  return svg;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;

function createSvg(
  document: Document,
  tag: string,
  attributes: Record<string, string | number>,
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Draws (or redraws) the current z on a chart from `marginLossBase`: a vertical rule and, for
 * each curve, a dot at its value, or a small upward triangle on the top edge when the value is
 * above the frame. Cheap (no Plot), so a widget can call it on every input event.
 */
export function applyMarginLossCurrent(
  svg: MarginLossSvg,
  current: MarginLossCurrent,
  ariaDescription?: string,
): void {
  const x = svg.scale('x');
  const y = svg.scale('y');
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const m = MARGIN_LOSS_MARGIN;
  const top = m.top;
  const bottom = height - m.bottom;
  const doc = svg.ownerDocument;
  const g = createSvg(doc, 'g', { 'data-current': '', 'aria-hidden': 'true' });
  const px = Number(x?.apply?.(current.z));
  let skipped = 0;
  if (Number.isFinite(px)) {
    const cx = r2(Math.min(width - m.right, Math.max(m.left, px)));
    g.append(
      createSvg(doc, 'line', {
        x1: cx,
        x2: cx,
        y1: top,
        y2: bottom,
        stroke: 'var(--fg-soft)',
        'stroke-width': 1.25,
        'stroke-dasharray': '3 3',
      }),
    );
    for (const { id, value } of current.values) {
      const style = MARGIN_LOSS_STYLES[id] ?? FALLBACK_STYLE;
      const py = Number(y?.apply?.(value));
      if (!Number.isFinite(value) || !Number.isFinite(py)) {
        skipped += 1;
        continue;
      }
      if (py < top) {
        g.append(
          createSvg(doc, 'path', {
            d: `M${cx},${top - 9}L${r2(cx - 6)},${top + 1}L${r2(cx + 6)},${top + 1}Z`,
            fill: style.stroke,
            stroke: 'var(--bg-raised)',
            'stroke-width': 1.5,
            'data-loss': id,
          }),
        );
      } else {
        g.append(
          createSvg(doc, 'circle', {
            cx,
            cy: r2(Math.min(bottom, py)),
            r: 5,
            fill: style.stroke,
            stroke: 'var(--bg-raised)',
            'stroke-width': 2,
            'data-loss': id,
          }),
        );
      }
    }
  }
  const old = svg.querySelector('g[data-current]');
  if (old) old.replaceWith(g);
  else svg.append(g);

  const notes = [
    ariaDescription ?? '',
    baseNotes.get(svg) ?? '',
    skipped > 0 ? `${skipped} values at this z are not finite numbers and are not drawn.` : '',
  ].filter((s) => s !== '');
  if (notes.length > 0) svg.setAttribute('aria-description', notes.join(' '));
  else svg.removeAttribute('aria-description');
}

/** The whole chart: `marginLossBase` with the current z applied (server frame, golden tests). */
export function marginLossChart(options: MarginLossChartOptions): MarginLossSvg {
  const svg = marginLossBase(options);
  applyMarginLossCurrent(svg, options.current, options.ariaDescription);
  return svg;
}
