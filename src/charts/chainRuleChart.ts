/**
 * The chain-rule scatter: the data points, the current line ŷ = w·x + b, every residual as a thin
 * vertical segment, and the followed sample i highlighted with its residual.
 */

import * as Plot from './svgPlot';

/** Width ÷ height of the chart, whatever its width. */
export const CHAIN_RULE_ASPECT = 16 / 10;

/** Margins in px, fixed so that the server and client frames line up. */
export const CHAIN_RULE_MARGIN = { top: 24, right: 16, bottom: 40, left: 40 } as const;

/** Options of `chainRuleBase`: everything but the current line. */
export interface ChainRuleBaseOptions {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The plotted x and y ranges (fixed, so the frame does not jump as w moves). */
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  /** Width in px (default 640); the height follows from `CHAIN_RULE_ASPECT`. */
  readonly width?: number;
  /** Class of the SVG, fixed for golden tests (default 'crs-chart'). */
  readonly className?: string;
  /** Prefix of the element ids inside the SVG; unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** The current line, its predictions at the data and the followed sample (0-based). */
export interface ChainRuleCurrent {
  readonly w: number;
  readonly b: number;
  /** ŷᵢ for every data point, from the compute layer. */
  readonly predictions: readonly number[];
  readonly sample: number;
}

/** Options of `chainRuleChart`. */
export interface ChainRuleChartOptions extends ChainRuleBaseOptions {
  readonly current: ChainRuleCurrent;
  readonly ariaDescription?: string;
}

/** A chain-rule SVG as Plot returns it (with its scales). */
export type ChainRuleSvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width, keeping `CHAIN_RULE_ASPECT`. */
export function chainRuleHeight(width: number): number {
  return Math.round(width / CHAIN_RULE_ASPECT);
}

/** The data's x and y ranges, padded; finite even for no data. */
export function chainRuleDomains(
  x: readonly number[],
  y: readonly number[],
): { xDomain: [number, number]; yDomain: [number, number] } {
  const ext = (v: readonly number[], pad: number): [number, number] => {
    const finite = v.filter(Number.isFinite);
    if (finite.length === 0) return [-1, 1];
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    const p = Math.max(pad * (hi - lo), 0.5);
    return [lo - p, hi + p];
  };
  return { xDomain: ext(x, 0.05), yDomain: ext(y, 0.15) };
}

/**
 * The chart without the current line: grid, axes x and y, and the data points (non-finite ones
 * left out). Colours are CSS variables, so both themes work without a redraw.
 */
export function chainRuleBase(options: ChainRuleBaseOptions): ChainRuleSvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = chainRuleHeight(width);
  const m = CHAIN_RULE_MARGIN;
  const hidden = { ariaHidden: 'true' } as const;
  const points = options.x
    .map((x, k) => ({ x, y: options.y[k] ?? Number.NaN }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const className = options.className ?? 'crs-chart';
  const svg = Plot.plot({
    width,
    height,
    marginTop: m.top,
    marginRight: m.right,
    marginBottom: m.bottom,
    marginLeft: m.left,
    className,
    idPrefix: options.idPrefix ?? className,
    x: { domain: [...options.xDomain], axis: null },
    y: { domain: [...options.yDomain], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'The data and the current line',
    ...(options.document !== undefined && { document: options.document }),
    marks: [
      Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
      Plot.gridX({ ...hidden, stroke: 'var(--border)', strokeOpacity: 1 }),
      Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
      Plot.ruleX([0], { ...hidden, stroke: 'var(--fg-faint)' }),
      Plot.axisX({
        ...hidden,
        label: 'Input x',
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 34,
        tickSize: 4,
        stroke: 'var(--fg-faint)',
        fill: 'var(--fg-soft)',
      }),
      Plot.axisY({
        ...hidden,
        label: 'Target y',
        labelAnchor: 'top',
        labelArrow: 'none',
        ticks,
        tickSize: 0,
        fill: 'var(--fg-soft)',
      }),
      Plot.dot(points, {
        ...hidden,
        x: 'x',
        y: 'y',
        r: 4,
        fill: 'var(--fg-soft)',
        stroke: 'var(--bg-raised)',
        strokeWidth: 1,
      }),
    ],
  }) as ChainRuleSvg;
  // A clip path of our own (named after the chart) for the line and the residuals.
  const prefix = options.idPrefix ?? className;
  const doc = svg.ownerDocument;
  const defs = createSvg(doc, 'defs', {});
  const clip = createSvg(doc, 'clipPath', { id: `${prefix}-frame` });
  clip.append(
    createSvg(doc, 'rect', {
      x: m.left,
      y: m.top,
      width: width - m.left - m.right,
      height: height - m.top - m.bottom,
    }),
  );
  defs.append(clip);
  svg.prepend(defs);
  svg.setAttribute('data-frame-clip', `${prefix}-frame`);
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
 * Draws (or redraws) the current line on a chart from `chainRuleBase`: every residual as a thin
 * segment from (xᵢ, yᵢ) to (xᵢ, ŷᵢ), the line across the frame, and sample i ringed with its
 * residual in the accent colour. Cheap (no Plot), so a widget can call it on every input event.
 * Returns whether the sample's prediction ŷᵢ lies outside the frame.
 */
export function applyChainRuleCurrent(
  svg: ChainRuleSvg,
  current: ChainRuleCurrent,
  x: readonly number[],
  y: readonly number[],
  ariaDescription?: string,
): { sampleOffFrame: boolean } {
  const sx = svg.scale('x');
  const sy = svg.scale('y');
  const X = (v: number) => Number(sx?.apply?.(v));
  const Y = (v: number) => Number(sy?.apply?.(v));
  const doc = svg.ownerDocument;
  const clipId = svg.getAttribute('data-frame-clip');
  const g = createSvg(doc, 'g', { 'data-current': '', 'aria-hidden': 'true' });
  const clipped = createSvg(doc, 'g', clipId ? { 'clip-path': `url(#${clipId})` } : {});
  g.append(clipped);

  let residuals = '';
  let sampleOffFrame = false;
  let sampleParts: { cx: number; cy: number; py: number } | null = null;
  x.forEach((xi, k) => {
    const px = X(xi);
    const py = Y(current.predictions[k] ?? Number.NaN);
    const cy = Y(y[k] ?? Number.NaN);
    if (![px, py, cy].every(Number.isFinite)) return;
    // Paths with absurd coordinates are kept sane: the clip hides anything beyond the frame.
    const pyc = Math.max(-1e4, Math.min(1e4, py));
    if (k === current.sample) sampleParts = { cx: r2(px), cy: r2(cy), py: r2(pyc) };
    else residuals += `M${r2(px)},${r2(cy)}V${r2(pyc)}`;
  });
  if (residuals !== '') {
    clipped.append(
      createSvg(doc, 'path', {
        d: residuals,
        stroke: 'var(--fg-faint)',
        'stroke-width': 1,
        'stroke-dasharray': '2 2',
        fill: 'none',
      }),
    );
  }
  const [x0, x1] = (sx?.domain as [number, number] | undefined) ?? [0, 1];
  const ya = Y(current.w * x0 + current.b);
  const yb = Y(current.w * x1 + current.b);
  if (Number.isFinite(ya) && Number.isFinite(yb)) {
    clipped.append(
      createSvg(doc, 'line', {
        x1: r2(X(x0)),
        y1: r2(Math.max(-1e4, Math.min(1e4, ya))),
        x2: r2(X(x1)),
        y2: r2(Math.max(-1e4, Math.min(1e4, yb))),
        stroke: 'var(--accent)',
        'stroke-width': 2.5,
      }),
    );
  }
  if (sampleParts !== null) {
    const { cx, cy, py } = sampleParts as { cx: number; cy: number; py: number };
    const height = Number(svg.getAttribute('height'));
    const top = CHAIN_RULE_MARGIN.top;
    const bottom = height - CHAIN_RULE_MARGIN.bottom;
    sampleOffFrame = py < top || py > bottom;
    clipped.append(
      createSvg(doc, 'line', {
        x1: cx,
        y1: cy,
        x2: cx,
        y2: py,
        stroke: 'var(--warn)',
        'stroke-width': 2.5,
      }),
    );
    if (!sampleOffFrame) {
      g.append(
        createSvg(doc, 'circle', {
          cx,
          cy: py,
          r: 4,
          fill: 'var(--accent)',
          stroke: 'var(--bg-raised)',
          'stroke-width': 1.5,
        }),
      );
    }
    g.append(
      createSvg(doc, 'circle', {
        cx,
        cy,
        r: 6.5,
        fill: 'var(--warn)',
        stroke: 'var(--bg-raised)',
        'stroke-width': 2,
        'data-sample': String(current.sample + 1),
      }),
    );
  }
  const old = svg.querySelector('g[data-current]');
  if (old) old.replaceWith(g);
  else svg.append(g);

  const notes = [
    ariaDescription ?? '',
    sampleOffFrame ? 'The prediction for the highlighted sample lies outside the frame.' : '',
  ].filter((s) => s !== '');
  if (notes.length > 0) svg.setAttribute('aria-description', notes.join(' '));
  else svg.removeAttribute('aria-description');
  return { sampleOffFrame };
}

/** The whole chart: `chainRuleBase` with the current line applied (server frame, golden tests). */
export function chainRuleChart(options: ChainRuleChartOptions): ChainRuleSvg {
  const svg = chainRuleBase(options);
  applyChainRuleCurrent(svg, options.current, options.x, options.y, options.ariaDescription);
  return svg;
}
