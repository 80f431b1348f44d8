/**
 * The probability-penalty chart: −log p against the probability p of the true class, the squared
 * error (1 − p)² for comparison, the verdict regions shaded, and the current p.
 */

import * as Plot from './svgPlot';
import { newLayer, px2, setChartDescription, svgElement } from './plotSvg';
import { finiteExtent, finitePoints, type CurvePoint } from './finite';

/** Width ÷ height of the chart, whatever its width. */
export const PROBABILITY_PENALTY_ASPECT = 16 / 9;

/** Margins in px. */
export const PROBABILITY_PENALTY_MARGIN = { top: 26, right: 16, bottom: 40, left: 44 } as const;

/** Options of `probabilityPenaltyBase`: everything but the current p. */
export interface ProbabilityPenaltyBaseOptions {
  /** −log p against p (u = p), sorted by p. */
  readonly logLoss: readonly CurvePoint[];
  /** (1 − p)² against p; drawn (dashed) when given. */
  readonly squaredError?: readonly CurvePoint[];
  /** p below `wrong` is shaded "confidently wrong", p from `confident` on "confident and correct". */
  readonly thresholds: { readonly wrong: number; readonly confident: number };
  /** Width in px (default 640); the height follows from the aspect. */
  readonly width?: number;
  /** Class of the SVG, fixed for golden tests (default 'lfe-chart'). */
  readonly className?: string;
  /** Prefix of element ids inside the SVG; unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** The current point: p, the loss there and, when drawn, the squared error. */
export interface ProbabilityPenaltyCurrent {
  readonly p: number;
  readonly loss: number;
  readonly squaredError?: number;
}

/** Options of `probabilityPenaltyChart`. */
export interface ProbabilityPenaltyChartOptions extends ProbabilityPenaltyBaseOptions {
  readonly current: ProbabilityPenaltyCurrent;
  readonly ariaDescription?: string;
}

/** The chart's SVG as Plot returns it (with its scales). */
export type ProbabilityPenaltySvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width. */
export function probabilityPenaltyHeight(width: number): number {
  return Math.round(width / PROBABILITY_PENALTY_ASPECT);
}

const notesOf = new WeakMap<Element, string>();

/**
 * The chart without its current point: verdict regions, grid, axes, the −log p curve (solid) and
 * the squared error (dashed). Colours are CSS variables; non-finite points are left out and said.
 */
export function probabilityPenaltyBase(
  options: ProbabilityPenaltyBaseOptions,
): ProbabilityPenaltySvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = probabilityPenaltyHeight(width);
  const m = PROBABILITY_PENALTY_MARGIN;
  const loss = finitePoints(options.logLoss);
  const squared = finitePoints(options.squaredError ?? []);
  const top = Math.max(1, finiteExtent(loss.points.map((p) => p.value))?.[1] ?? 1);
  const hidden = { ariaHidden: 'true' } as const;
  const { wrong, confident } = options.thresholds;
  const ticks = Math.max(3, Math.round((height - m.top - m.bottom) / 60));
  const regions = [
    { x1: 0, x2: wrong, fill: 'var(--bad-soft)', label: 'confidently wrong', anchor: 'start' },
    { x1: wrong, x2: confident, fill: 'transparent', label: 'unsure', anchor: 'middle' },
    { x1: confident, x2: 1, fill: 'var(--good-soft)', label: 'confident & correct', anchor: 'end' },
  ] as const;

  const marks: Plot.Markish[] = [
    Plot.rectX(regions, { ...hidden, x1: 'x1', x2: 'x2', y1: 0, y2: top * 1.06, fill: 'fill' }),
    Plot.gridY({ ...hidden, ticks, stroke: 'var(--border)', strokeOpacity: 1 }),
    Plot.axisX({
      ...hidden,
      label: 'Probability of the true class p',
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
      ticks,
      tickSize: 0,
      fill: 'var(--fg-soft)',
    }),
    Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
  ];
  if (width >= 420) {
    // Region names along the top, where they fit; the verdict text says the same below the chart.
    for (const r of regions) {
      const x = r.anchor === 'start' ? 0.005 : r.anchor === 'end' ? 0.995 : (r.x1 + r.x2) / 2;
      marks.push(
        Plot.text([r.label], {
          ...hidden,
          x: () => x,
          y: () => top * 1.06,
          text: (d: string) => d,
          textAnchor: r.anchor,
          dy: 10,
          fill: 'var(--fg-soft)',
          fontSize: 11,
        }),
      );
    }
  }
  if (squared.points.length > 0) {
    marks.push(
      Plot.line(squared.points, {
        ...hidden,
        x: 'u',
        y: 'value',
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
    x: { domain: [0, 1], axis: null },
    y: { domain: [0, top * 1.06], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel:
      options.ariaLabel ?? 'Cross-entropy −log p against the probability of the true class',
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as ProbabilityPenaltySvg;
  const dropped = loss.dropped + squared.dropped;
  if (dropped > 0) {
    svg.setAttribute('data-nonfinite', String(dropped));
    notesOf.set(svg, `${dropped} points that are not finite numbers are left out.`);
  }
  return svg;
}

/**
 * Draws (or redraws) the current p on a chart from `probabilityPenaltyBase`: a dotted drop line,
 * a dot on −log p and, when given, a hollow dot on (1 − p)². A handful of SVG elements, no Plot,
 * so a widget can call it on every input event. Also sets the chart's description.
 */
export function applyProbabilityPenaltyCurrent(
  svg: ProbabilityPenaltySvg,
  current: ProbabilityPenaltyCurrent,
  ariaDescription?: string,
): void {
  const x = svg.scale('x');
  const y = svg.scale('y');
  const document = svg.ownerDocument;
  const height = Number(svg.getAttribute('height'));
  const m = PROBABILITY_PENALTY_MARGIN;
  const top = m.top;
  const bottom = height - m.bottom;
  const g = newLayer(svg, 'current');
  const cx = Number(x?.apply?.(current.p));
  const clampY = (v: number) => Math.min(bottom, Math.max(top, Number(y?.apply?.(v))));
  const cy = clampY(current.loss);
  const drawn = Number.isFinite(cx) && Number.isFinite(cy);
  if (drawn) {
    g.append(
      svgElement(document, 'line', {
        x1: px2(cx),
        x2: px2(cx),
        y1: px2(cy),
        y2: px2(bottom),
        stroke: 'var(--fg-faint)',
        'stroke-dasharray': '2 3',
      }),
    );
    const sq = current.squaredError;
    if (sq !== undefined && Number.isFinite(sq)) {
      g.append(
        svgElement(document, 'circle', {
          cx: px2(cx),
          cy: px2(clampY(sq)),
          r: 5,
          fill: 'var(--bg)',
          stroke: 'var(--warn)',
          'stroke-width': 2.5,
        }),
      );
    }
    g.append(
      svgElement(document, 'circle', {
        cx: px2(cx),
        cy: px2(cy),
        r: 6.5,
        fill: 'var(--accent)',
        stroke: 'var(--bg)',
        'stroke-width': 2,
      }),
    );
  }
  setChartDescription(svg, [
    ariaDescription ?? '',
    notesOf.get(svg) ?? '',
    drawn ? '' : 'The current point is not a finite number and is not drawn.',
  ]);
}

/** The whole chart: `probabilityPenaltyBase` with the current point applied (server, goldens). */
export function probabilityPenaltyChart(
  options: ProbabilityPenaltyChartOptions,
): ProbabilityPenaltySvg {
  const svg = probabilityPenaltyBase(options);
  applyProbabilityPenaltyCurrent(svg, options.current, options.ariaDescription);
  return svg;
}
