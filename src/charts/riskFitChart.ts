/**
 * The risk-gap simulator's charts: the sample, the true function and the fitted polynomial; and
 * the training and expected loss against the training set size N (log-log).
 */

import * as Plot from './svgPlot';
import type { CurvePoint } from './finite';
import { linePath, plotScales, px2, replaceLayer, svgElement, type PlotSvg } from './plotSvg';

/** Width ÷ height of both charts. */
export const RISK_FIT_ASPECT = 16 / 10;
export const RISK_GAP_ASPECT = 16 / 9;

/** Margins in px of both charts. */
export const RISK_MARGIN = { top: 24, right: 18, bottom: 40, left: 52 } as const;

/** The y range of the fit chart: the fitted curve is clipped to it (and the clip reported). */
export const RISK_FIT_Y: readonly [number, number] = [-2.2, 2.2];

const hidden = { ariaHidden: 'true' } as const;

function heightFor(width: number, aspect: number): number {
  return Math.round(width / aspect);
}

function axes(xLabel: string, yLabel: string, ticks: number, yLog = false): Plot.Markish[] {
  return [
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: xLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
      ...(yLog && { ticks: [3, 10, 30, 100, 300], tickFormat: (d: number) => String(d) }),
    }),
    Plot.axisY({
      ...hidden,
      label: yLabel,
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks,
      tickSize: 0,
      fill: 'var(--fg-soft)',
      ...(yLog && {
        tickFormat: (d: number) => (d >= 1 ? String(d) : String(Number(d.toPrecision(1)))),
      }),
    }),
  ];
}

/** Options of `riskFitBase`. */
export interface RiskFitBaseOptions {
  /** The true function f*, sampled over [−1, 1]. */
  readonly truth: readonly CurvePoint[];
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

/** What changes per input event on the fit chart. */
export interface RiskFitLayer {
  readonly points: { readonly x: readonly number[]; readonly y: readonly number[] };
  /** The fitted polynomial sampled over [−1, 1]. */
  readonly fitted: readonly CurvePoint[];
  readonly ariaDescription?: string;
}

/**
 * The fit chart without its data: grid, axes and the true function f* (dashed). Fixed y range
 * RISK_FIT_Y, so a wild fit is clipped rather than flattening everything else.
 */
export function riskFitBase(options: RiskFitBaseOptions): PlotSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = heightFor(width, RISK_FIT_ASPECT);
  const m = RISK_MARGIN;
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const truth = options.truth.filter((p) => Number.isFinite(p.u) && Number.isFinite(p.value));
  const className = options.className ?? 'risk-fit-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: [-1, 1], axis: null },
    y: { domain: [...RISK_FIT_Y], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'Training sample, true function and fitted polynomial',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      ...axes('Input x', 'Target y', ticks),
      Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
      Plot.line(truth, {
        ...hidden,
        x: 'u',
        y: 'value',
        stroke: 'var(--good)',
        strokeWidth: 2,
        strokeDasharray: '6 4',
      }),
    ],
  }) as PlotSvg;
  svg.setAttribute('data-id-prefix', options.idPrefix ?? className);
  return svg;
}

/**
 * Draws the sample (dots) and the fitted curve on a `riskFitBase` chart, without Plot (cheap, per
 * input event). The curve is clipped to the frame; returns whether it left the frame ("swings").
 */
export function applyRiskFit(svg: PlotSvg, layer: RiskFitLayer): { clipped: boolean } {
  const { x, y } = plotScales(svg);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const m = RISK_MARGIN;
  const doc = svg.ownerDocument;
  const g = svgElement(doc, 'g');
  const [lo, hi] = RISK_FIT_Y;
  let clipped = false;
  const pts = layer.fitted.map((p): [number, number] => {
    if (!Number.isFinite(p.value)) {
      clipped = true;
      return [x(p.u), Number.NaN];
    }
    if (p.value < lo || p.value > hi) clipped = true;
    // Clamp far outside values (the clip rectangle hides the rest) so no path gets absurd numbers.
    const v = Math.min(hi + (hi - lo), Math.max(lo - (hi - lo), p.value));
    return [x(p.u), y(v)];
  });
  const clipId = `${svg.getAttribute('data-id-prefix') ?? 'risk'}-fit-clip`;
  const clip = svgElement(doc, 'clipPath', { id: clipId });
  clip.append(
    svgElement(doc, 'rect', {
      x: m.left,
      y: m.top,
      width: Math.max(0, width - m.left - m.right),
      height: Math.max(0, height - m.top - m.bottom),
    }),
  );
  g.append(clip);
  g.append(
    svgElement(doc, 'path', {
      d: linePath(pts),
      fill: 'none',
      stroke: 'var(--accent)',
      'stroke-width': 2.75,
      'stroke-linejoin': 'round',
      'clip-path': `url(#${clipId})`,
    }),
  );
  const dots = svgElement(doc, 'g', {
    fill: 'var(--fg-soft)',
    stroke: 'var(--bg-raised)',
    'stroke-width': 1.5,
  });
  const n = Math.min(layer.points.x.length, layer.points.y.length);
  for (let i = 0; i < n; i++) {
    const cx = x(layer.points.x[i] as number);
    const cy = y(Math.min(hi, Math.max(lo, layer.points.y[i] as number)));
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    dots.append(svgElement(doc, 'circle', { cx: px2(cx), cy: px2(cy), r: 4.5 }));
  }
  g.append(dots);
  replaceLayer(svg, 'fit', g);
  const notes = [layer.ariaDescription ?? ''];
  if (clipped) notes.push('The fitted curve leaves the chart and is cut off at its edges.');
  svg.setAttribute('aria-description', notes.filter((s) => s !== '').join(' '));
  return { clipped };
}

/** The whole fit chart (what the server renders and the golden tests pin down). */
export function riskFitChart(options: RiskFitBaseOptions & RiskFitLayer): PlotSvg {
  const svg = riskFitBase(options);
  applyRiskFit(svg, options);
  return svg;
}

/** One point of the loss-versus-N curves. */
export interface RiskGapPoint {
  readonly n: number;
  readonly trainLoss: number;
  readonly expectedLoss: number;
}

/** The y range of the loss-versus-N chart (log scale); values outside are drawn at its edge. */
export const RISK_GAP_Y: readonly [number, number] = [1e-3, 1e2];

/** Options of `riskGapBase`. */
export interface RiskGapBaseOptions {
  readonly curve: readonly RiskGapPoint[];
  /** The noise floor σ², drawn as a dotted rule. */
  readonly floor: number;
  /** The x range (training set sizes). */
  readonly nDomain: readonly [number, number];
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

/** The current sample on the loss-versus-N chart. */
export interface RiskGapCurrent {
  readonly n: number;
  readonly trainLoss: number;
  readonly expectedLoss: number;
  readonly ariaDescription?: string;
}

const clampY = (v: number): number => {
  const [lo, hi] = RISK_GAP_Y;
  if (Number.isNaN(v)) return lo;
  return Math.min(hi, Math.max(lo, v));
};

/**
 * Median training loss (solid) and expected loss (dashed) against N, both axes logarithmic, with
 * the noise floor. Values outside RISK_GAP_Y are held at its edge and counted
 * (`data-clamped`), so a zero training loss or an exploding risk still draws.
 */
export function riskGapBase(options: RiskGapBaseOptions): PlotSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = heightFor(width, RISK_GAP_ASPECT);
  const m = RISK_MARGIN;
  let clamped = 0;
  const rows = options.curve.flatMap((p) =>
    (['trainLoss', 'expectedLoss'] as const).map((key) => {
      const v = p[key];
      const c = clampY(v);
      if (c !== v) clamped++;
      return { n: p.n, value: c, key };
    }),
  );
  const className = options.className ?? 'risk-gap-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { type: 'log', domain: [...options.nDomain], axis: null },
    y: { type: 'log', domain: [...RISK_GAP_Y], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'Training and expected loss against the training set size',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      ...axes('Training set size N (log scale)', 'Loss (log scale)', 5, true),
      Plot.ruleY([clampY(options.floor)], {
        ...hidden,
        stroke: 'var(--fg-faint)',
        strokeDasharray: '2 3',
      }),
      Plot.line(
        rows.filter((r) => r.key === 'expectedLoss'),
        {
          ...hidden,
          x: 'n',
          y: 'value',
          stroke: 'var(--warn)',
          strokeWidth: 2.5,
          strokeDasharray: '6 4',
        },
      ),
      Plot.line(
        rows.filter((r) => r.key === 'trainLoss'),
        { ...hidden, x: 'n', y: 'value', stroke: 'var(--accent)', strokeWidth: 2.5 },
      ),
    ],
  }) as PlotSvg;
  if (clamped > 0) svg.setAttribute('data-clamped', String(clamped));
  return svg;
}

/**
 * Marks the current N (a vertical rule) and the current sample's training and expected loss
 * (dots, held inside the y range) on a `riskGapBase` chart. Cheap: no Plot.
 */
export function applyRiskGapCurrent(svg: PlotSvg, current: RiskGapCurrent): void {
  const { x, y } = plotScales(svg);
  const height = Number(svg.getAttribute('height'));
  const m = RISK_MARGIN;
  const doc = svg.ownerDocument;
  const g = svgElement(doc, 'g');
  const cx = x(current.n);
  if (Number.isFinite(cx)) {
    g.append(
      svgElement(doc, 'line', {
        x1: px2(cx),
        x2: px2(cx),
        y1: m.top,
        y2: height - m.bottom,
        stroke: 'var(--fg-faint)',
        'stroke-dasharray': '2 3',
      }),
    );
    const dot = (value: number, fill: string) => {
      const cy = y(clampY(value));
      if (Number.isFinite(cy))
        g.append(
          svgElement(doc, 'circle', {
            cx: px2(cx),
            cy: px2(cy),
            r: 5.5,
            fill,
            stroke: 'var(--bg)',
            'stroke-width': 2,
          }),
        );
    };
    dot(current.expectedLoss, 'var(--warn)');
    dot(current.trainLoss, 'var(--accent)');
  }
  replaceLayer(svg, 'current', g);
  const notes = [current.ariaDescription ?? ''];
  const clamped = Number(svg.getAttribute('data-clamped') ?? 0);
  if (clamped > 0) notes.push(`${clamped} values outside the chart’s range are drawn at its edge.`);
  svg.setAttribute('aria-description', notes.filter((s) => s !== '').join(' '));
}

/** The whole loss-versus-N chart. */
export function riskGapChart(
  options: RiskGapBaseOptions & { readonly current: RiskGapCurrent },
): PlotSvg {
  const svg = riskGapBase(options);
  applyRiskGapCurrent(svg, options.current);
  return svg;
}
