/**
 * One panel of the custom-loss lab: several curves of one variable (a typed loss and a built-in,
 * or their derivatives) on shared axes. Pure: data and options → an SVG from Plot.
 */

import * as Plot from './svgPlot';
import { finiteExtent, finitePoints, type CurvePoint } from './finite';

/** Width ÷ height of a panel, whatever its width. */
export const CUSTOM_LOSS_ASPECT = 4 / 3;

/** Margins in px. */
export const CUSTOM_LOSS_MARGIN = { top: 26, right: 14, bottom: 40, left: 46 } as const;

/** One curve of a panel. */
export interface PanelCurve {
  /** Sorted by u; non-finite values are left out (and counted). */
  readonly points: readonly CurvePoint[];
  /** A CSS colour, e.g. 'var(--accent)'. */
  readonly stroke: string;
  readonly dashed?: boolean;
  readonly strokeWidth?: number;
}

/** Options of `customLossPanel`. */
export interface CustomLossPanelOptions {
  /** Drawn in order: the last one on top. */
  readonly curves: readonly PanelCurve[];
  readonly domain: { readonly min: number; readonly max: number; readonly label: string };
  /** The y axis label, e.g. 'Loss ℓ'. */
  readonly yLabel: string;
  /** Width in px (default 400); the height follows from `CUSTOM_LOSS_ASPECT`. */
  readonly width?: number;
  readonly className?: string;
  /** Prefix of element ids inside the SVG (clip paths), unique on the page. */
  readonly idPrefix?: string;
  readonly ariaLabel: string;
  readonly ariaDescription?: string;
  readonly document?: Document;
}

/** Largest |y| a panel's axis reaches; larger values are drawn clipped at the edge. */
const Y_LIMIT = 1e100;

/** A panel's height for a width. */
export function customLossHeight(width: number): number {
  return Math.round(width / CUSTOM_LOSS_ASPECT);
}

/** A y range covering 0 and every finite value of the curves, padded a little; hi > lo. */
export function customLossYDomain(curves: readonly PanelCurve[]): [number, number] {
  const all = finiteExtent(curves.flatMap((c) => c.points.map((p) => p.value))) ?? [0, 1];
  // Held within ±1e100 so that Plot's nice rounding can never overflow to Infinity.
  const lo = Math.max(-Y_LIMIT, Math.min(0, all[0]));
  let hi = Math.min(Y_LIMIT, Math.max(0, all[1]));
  if (hi - lo < 1e-9) hi = lo + 1;
  const pad = 0.04 * (hi - lo);
  return [lo < 0 ? lo - pad : lo, hi + pad];
}

/**
 * The panel: grid, axes, a rule at 0 and the curves (solid or dashed, colours as CSS variables).
 * Non-finite points are left out; their count is in `data-nonfinite` and the description.
 */
export function customLossPanel(options: CustomLossPanelOptions): SVGSVGElement {
  const { domain } = options;
  const width = Math.max(220, Math.round(options.width ?? 400));
  const height = customLossHeight(width);
  const m = CUSTOM_LOSS_MARGIN;
  const [rawLo, rawHi] = customLossYDomain(options.curves);
  const y = Plot.scale({
    y: { domain: [rawLo, rawHi], range: [height - m.bottom, m.top], nice: true },
  });
  const [y0, y1] = y.domain as [number, number];
  const reach = 10 * (y1 - y0);
  const hidden = { ariaHidden: 'true' } as const;
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const marks: Plot.Markish[] = [
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: domain.label,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      ticks: Math.max(3, Math.round((width - m.left - m.right) / 70)),
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY({
      ...hidden,
      label: options.yLabel,
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
  let dropped = 0;
  for (const c of options.curves) {
    const f = finitePoints(c.points, y0 - reach, y1 + reach);
    dropped += f.dropped;
    if (f.points.length === 0) continue;
    marks.push(
      Plot.line(f.points, {
        ...hidden,
        x: 'u',
        y: 'value',
        clip: true,
        stroke: c.stroke,
        strokeWidth: c.strokeWidth ?? 2.5,
        ...(c.dashed && { strokeDasharray: '6 4' }),
      }),
    );
  }
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
    ariaLabel: options.ariaLabel,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as SVGSVGElement;
  const notes = [options.ariaDescription ?? ''];
  if (dropped > 0) {
    svg.setAttribute('data-nonfinite', String(dropped));
    notes.push(`${dropped} points that are not finite numbers are left out.`);
  }
  const description = notes.filter((s) => s !== '').join(' ');
  if (description !== '') svg.setAttribute('aria-description', description);
  return svg;
}
