/**
 * The softmax bars chart: for each class, the probability pⱼ, the target ỹⱼ and the gradient
 * pⱼ − ỹⱼ side by side on one axis from −1 to 1.
 */

import * as Plot from './svgPlot';
import { newLayer, px2, setChartDescription, svgElement } from './plotSvg';

/** Width ÷ height of the chart. */
export const SOFTMAX_BARS_ASPECT = 16 / 9;

/** Margins in px. */
export const SOFTMAX_BARS_MARGIN = { top: 20, right: 12, bottom: 34, left: 40 } as const;

/** The three series, in drawing order within a class, with their colours. */
export const SOFTMAX_BAR_SERIES = [
  { key: 'probabilities', label: 'probability pⱼ', fill: 'var(--accent)', stroke: 'none' },
  { key: 'target', label: 'target ỹⱼ', fill: 'var(--bg)', stroke: 'var(--fg-soft)' },
  { key: 'gradient', label: 'gradient pⱼ − ỹⱼ', fill: 'var(--warn)', stroke: 'none' },
] as const;

/** Options of `softmaxBarsBase`: the frame for K classes. */
export interface SoftmaxBarsBaseOptions {
  readonly classes: number;
  /** 0-based index of the true class, marked on the axis. */
  readonly trueClass: number;
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

/** The bars: K values each. */
export interface SoftmaxBarsData {
  readonly probabilities: readonly number[];
  readonly target: readonly number[];
  readonly gradient: readonly number[];
}

/** Options of `softmaxBarsChart`. */
export interface SoftmaxBarsChartOptions extends SoftmaxBarsBaseOptions {
  readonly data: SoftmaxBarsData;
  readonly ariaDescription?: string;
}

/** The chart's SVG as Plot returns it. */
export type SoftmaxBarsSvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width. */
export function softmaxBarsHeight(width: number): number {
  return Math.round(width / SOFTMAX_BARS_ASPECT);
}

/** Axis label of class j (0-based). */
export function classLabel(j: number): string {
  return `class ${j + 1}`;
}

/**
 * The frame: grid, the zero line, y from −1 to 1, one band per class (the true class's label
 * marked "(true)"). The bars are drawn by `applySoftmaxBars`.
 */
export function softmaxBarsBase(options: SoftmaxBarsBaseOptions): SoftmaxBarsSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = softmaxBarsHeight(width);
  const m = SOFTMAX_BARS_MARGIN;
  const labels = Array.from({ length: options.classes }, (_, j) => classLabel(j));
  // Where a band is too narrow for 'class 4 (true)', ticks show the number only.
  const short = (width - m.left - m.right) / options.classes < 90;
  const hidden = { ariaHidden: 'true' } as const;
  const trueLabel = classLabel(options.trueClass);
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
    x: { type: 'band', domain: labels, paddingInner: 0.22, paddingOuter: 0.1, axis: null },
    y: { domain: [-1, 1], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel:
      options.ariaLabel ?? 'Bars of the probabilities, the target and the gradient for each class',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      Plot.gridY({
        ...hidden,
        ticks: [-1, -0.5, 0.5, 1],
        stroke: 'var(--border)',
        strokeOpacity: 1,
      }),
      Plot.axisY({
        ...hidden,
        ticks: [-1, -0.5, 0, 0.5, 1],
        tickSize: 0,
        fill: 'var(--fg-soft)',
        label: null,
      }),
      Plot.axisX({
        ...hidden,
        tickSize: 0,
        tickPadding: 8,
        label: null,
        fill: 'var(--fg-soft)',
        tickFormat: (d: string) => {
          const name = short ? d.replace('class ', '') : d;
          return d === trueLabel ? `${name} (true)` : name;
        },
      }),
      Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)', strokeWidth: 1.25 }),
      ...(short
        ? [
            Plot.text(['class'], {
              ...hidden,
              frameAnchor: 'bottom-left',
              dy: 26,
              dx: -m.left + 4,
              fill: 'var(--fg-soft)',
            }),
          ]
        : []),
    ],
  }) as SoftmaxBarsSvg;
  return svg;
}

/** A value drawn as a bar: finite values clamped to the axis [−1, 1]; others drawn as 0. */
function barValue(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? Math.min(1, Math.max(-1, v)) : 0;
}

/**
 * Draws (or redraws) the bars on a chart from `softmaxBarsBase`: three thin bars per class. Plain
 * SVG rects placed with the chart's scales, no Plot, so a widget can call it on every input event.
 */
export function applySoftmaxBars(
  svg: SoftmaxBarsSvg,
  data: SoftmaxBarsData,
  ariaDescription?: string,
): void {
  const x = svg.scale('x');
  const y = svg.scale('y');
  const band = Number(x?.bandwidth);
  const y0 = Number(y?.apply?.(0));
  const labels = (x?.domain ?? []) as string[];
  // Reuse the bars already drawn (same classes) and move them; otherwise draw a new layer.
  const existing = svg.querySelector<SVGGElement>('g[data-layer="bars"]');
  const count = labels.length * SOFTMAX_BAR_SERIES.length;
  const reuse = existing !== null && existing.childElementCount === count;
  const g = reuse ? existing : newLayer(svg, 'bars');
  const doc = svg.ownerDocument;
  const gap = Math.min(3, band * 0.04);
  const barWidth = (band - 2 * gap) / 3;
  let k = 0;
  labels.forEach((label, j) => {
    const left = Number(x?.apply?.(label));
    SOFTMAX_BAR_SERIES.forEach((series, s) => {
      const v = barValue(data[series.key][j]);
      const yv = Number(y?.apply?.(v));
      const geometry = {
        x: px2(left + s * (barWidth + gap)),
        y: px2(Math.min(yv, y0)),
        width: px2(Math.max(1, barWidth)),
        height: px2(Math.abs(yv - y0)),
      };
      const rect = reuse ? g.children[k] : undefined;
      if (rect) {
        rect.setAttribute('y', String(geometry.y));
        rect.setAttribute('height', String(geometry.height));
      } else {
        const created = svgElement(doc, 'rect', { ...geometry, fill: series.fill });
        if (series.stroke !== 'none') {
          created.setAttribute('stroke', series.stroke);
          created.setAttribute('stroke-width', '1.5');
        }
        created.setAttribute('data-series', series.key);
        g.append(created);
      }
      k++;
    });
  });
  setChartDescription(svg, [ariaDescription ?? '']);
}

/** The whole chart: frame and bars (server render, golden tests). */
export function softmaxBarsChart(options: SoftmaxBarsChartOptions): SoftmaxBarsSvg {
  const svg = softmaxBarsBase(options);
  applySoftmaxBars(svg, options.data, options.ariaDescription);
  return svg;
}
