/**
 * The stability chart: a naive and a stable float32 form against the logit on symmetric-log axes
 * (so both 0.1 and 1000 show), with the ranges where the naive form is not finite shaded, and the
 * current logit marked.
 */

import * as Plot from './svgPlot';
import { newLayer, px2, setChartDescription, svgElement } from './plotSvg';
import { finiteExtent } from './finite';

/** Width ÷ height of the chart. */
export const STABILITY_ASPECT = 16 / 9;

/** Margins in px. */
export const STABILITY_MARGIN = { top: 22, right: 22, bottom: 40, left: 50 } as const;

/** One sample: the logit and both forms' values there (non-finite values are left out). */
export interface StabilitySample {
  readonly x: number;
  readonly naive: number;
  readonly stable: number;
}

/** Options of `stabilityBase`. */
export interface StabilityBaseOptions {
  /** Samples sorted by x. */
  readonly samples: readonly StabilitySample[];
  /** Plain-text name of the form, for the y axis, e.g. 'log σ(x)'. */
  readonly formName: string;
  readonly width?: number;
  readonly className?: string;
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  readonly document?: Document;
}

/** The current logit and both values there. */
export type StabilityCurrent = StabilitySample;

/** Options of `stabilityChart`. */
export interface StabilityChartOptions extends StabilityBaseOptions {
  readonly current: StabilityCurrent;
  readonly ariaDescription?: string;
}

/** The chart's SVG as Plot returns it. */
export type StabilitySvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width. */
export function stabilityHeight(width: number): number {
  return Math.round(width / STABILITY_ASPECT);
}

const DECADES = [1, 10, 100, 1000, 10000];

/** Ticks 0, ±1, ±10, … inside [lo, hi]; `narrow` leaves out ±1, which would crowd 0. */
function symlogTicks(lo: number, hi: number, narrow = false): number[] {
  const out = [0];
  DECADES.forEach((d) => {
    if (narrow && d === 1) return;
    if (d <= hi) out.push(d);
    if (-d >= lo) out.unshift(-d);
  });
  return out;
}

/** Spans of x where the naive value is not finite, widened to halfway to the neighbouring samples. */
export function brokenSpans(samples: readonly StabilitySample[]): { x1: number; x2: number }[] {
  const spans: { x1: number; x2: number }[] = [];
  const bad = samples.map((s) => !Number.isFinite(s.naive));
  let i = 0;
  while (i < samples.length) {
    if (!bad[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < samples.length && bad[j + 1]) j++;
    const a = samples[i]!.x;
    const b = samples[j]!.x;
    const x1 = i > 0 ? (samples[i - 1]!.x + a) / 2 : a;
    const x2 = j < samples.length - 1 ? (b + samples[j + 1]!.x) / 2 : b;
    spans.push({ x1, x2 });
    i = j + 1;
  }
  return spans;
}

/** Runs of consecutive finite naive values, each drawn as its own line (no line across a gap). */
function finiteRuns(samples: readonly StabilitySample[]): { x: number; v: number; run: number }[] {
  const out: { x: number; v: number; run: number }[] = [];
  let run = 0;
  let inRun = false;
  for (const s of samples) {
    if (Number.isFinite(s.naive) && Number.isFinite(s.x)) {
      out.push({ x: s.x, v: s.naive, run });
      inRun = true;
    } else if (inRun) {
      run++;
      inRun = false;
    }
  }
  return out;
}

const notesOf = new WeakMap<Element, string>();

/**
 * The chart without the current logit: shaded broken spans, grid, symmetric-log axes, the stable
 * form (solid) and the naive form (dashed, finite values only).
 */
export function stabilityBase(options: StabilityBaseOptions): StabilitySvg {
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = stabilityHeight(width);
  const m = STABILITY_MARGIN;
  const samples = options.samples;
  const xs = finiteExtent(samples.map((s) => s.x)) ?? [-1, 1];
  const ys = finiteExtent([0, ...samples.flatMap((s) => [s.naive, s.stable])]) ?? [0, 1];
  const yLo = ys[0] < 0 ? ys[0] * 1.5 : 0;
  const yHi = ys[1] > 0 ? ys[1] * 1.5 : 0.5;
  const hidden = { ariaHidden: 'true' } as const;
  const spans = brokenSpans(samples);
  const stable = samples
    .filter((s) => Number.isFinite(s.stable) && Number.isFinite(s.x))
    .map((s) => ({ x: s.x, v: s.stable }));
  const naive = finiteRuns(samples);
  const narrow = width < 480;
  const marks: Plot.Markish[] = [
    Plot.rect(spans, {
      ...hidden,
      x1: 'x1',
      x2: 'x2',
      y1: yLo,
      y2: yHi,
      fill: 'var(--bad-soft)',
    }),
    Plot.gridY(symlogTicks(yLo, yHi, narrow), {
      ...hidden,
      stroke: 'var(--border)',
      strokeOpacity: 1,
    }),
    Plot.gridX(symlogTicks(xs[0], xs[1], narrow), {
      ...hidden,
      stroke: 'var(--border)',
      strokeOpacity: 1,
    }),
    Plot.axisX(symlogTicks(xs[0], xs[1], narrow), {
      ...hidden,
      label: 'Logit x (symmetric log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      tickSize: 4,
      tickFormat: (d: number) => (d < 0 ? `−${-d}` : String(d)),
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY(symlogTicks(yLo, yHi, narrow), {
      ...hidden,
      label: options.formName,
      labelAnchor: 'top',
      labelArrow: 'none',
      tickSize: 0,
      tickFormat: (d: number) => (d < 0 ? `−${-d}` : String(d)),
      fill: 'var(--fg-soft)',
    }),
    Plot.ruleY([0], { ...hidden, stroke: 'var(--fg-faint)' }),
    Plot.line(stable, {
      ...hidden,
      x: 'x',
      y: 'v',
      stroke: 'var(--accent)',
      strokeWidth: 5,
      strokeOpacity: 0.55,
    }),
    Plot.line(naive, {
      ...hidden,
      x: 'x',
      y: 'v',
      z: 'run',
      stroke: 'var(--warn)',
      strokeWidth: 2,
      strokeDasharray: '5 4',
    }),
  ];
  if (!narrow) {
    marks.push(
      Plot.text(
        spans.filter((s) => s.x2 - s.x1 > 0),
        {
          ...hidden,
          x: (s: { x1: number; x2: number }) =>
            Math.sign(s.x1 + s.x2) * Math.sqrt(Math.abs(s.x1 * s.x2)) || (s.x1 + s.x2) / 2,
          y: yHi,
          dy: 10,
          text: () => 'naive not finite',
          fill: 'var(--bad)',
          fontSize: 11,
        },
      ),
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
    x: { type: 'symlog', domain: [xs[0], xs[1]], axis: null },
    y: { type: 'symlog', domain: [yLo, yHi], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? `Naive and stable ${options.formName} against the logit`,
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as StabilitySvg;
  const missing = samples.length - naive.length;
  notesOf.set(
    svg,
    missing > 0
      ? `${missing} of ${samples.length} sampled logits give a naive value that is not a finite number; they are not plotted and their range is shaded.`
      : 'The naive form is finite at every sampled logit.',
  );
  svg.setAttribute('data-nonfinite', String(missing));
  return svg;
}

/**
 * Draws (or redraws) the current logit: a vertical line, a dot on the stable curve and, when
 * finite, a ring on the naive one. A few SVG elements, no Plot.
 */
export function applyStabilityCurrent(
  svg: StabilitySvg,
  current: StabilityCurrent,
  ariaDescription?: string,
): void {
  const x = svg.scale('x');
  const y = svg.scale('y');
  const height = Number(svg.getAttribute('height'));
  const top = STABILITY_MARGIN.top;
  const bottom = height - STABILITY_MARGIN.bottom;
  const doc = svg.ownerDocument;
  const g = newLayer(svg, 'current');
  const cx = Number(x?.apply?.(current.x));
  const yOf = (v: number) => Math.min(bottom, Math.max(top, Number(y?.apply?.(v))));
  if (Number.isFinite(cx)) {
    g.append(
      svgElement(doc, 'line', {
        x1: px2(cx),
        x2: px2(cx),
        y1: top,
        y2: px2(bottom),
        stroke: 'var(--fg-soft)',
        'stroke-dasharray': '3 3',
      }),
    );
    if (Number.isFinite(current.stable)) {
      g.append(
        svgElement(doc, 'circle', {
          cx: px2(cx),
          cy: px2(yOf(current.stable)),
          r: 6.5,
          fill: 'var(--accent)',
          stroke: 'var(--bg)',
          'stroke-width': 2,
        }),
      );
    }
    if (Number.isFinite(current.naive)) {
      g.append(
        svgElement(doc, 'circle', {
          cx: px2(cx),
          cy: px2(yOf(current.naive)),
          r: 9.5,
          fill: 'none',
          stroke: 'var(--warn)',
          'stroke-width': 2.5,
        }),
      );
    }
  }
  setChartDescription(svg, [ariaDescription ?? '', notesOf.get(svg) ?? '']);
}

/** The whole chart (server render, golden tests). */
export function stabilityChart(options: StabilityChartOptions): StabilitySvg {
  const svg = stabilityBase(options);
  applyStabilityCurrent(svg, options.current, options.ariaDescription);
  return svg;
}
