/**
 * The landscape chart: a two-weight loss surface shaded on a log scale with contour lines, its
 * minima and saddle points, and (applied cheaply on top) optimizer paths racing from a start.
 */

import * as Plot from './svgPlot';
import type { LandscapeGrid } from '~/compute';
import {
  markerPath,
  pathGeometry,
  pathPrefix,
  type PathGeometry,
  type PathMarker,
  type PathPoint,
} from './landscapePaths';

/** Width ÷ height of the landscape chart (square: both weights share one unit of length). */
export const LANDSCAPE_ASPECT = 1;

/** Margins of the plot frame, in px. */
export const LANDSCAPE_MARGIN = { top: 12, right: 14, bottom: 42, left: 46 } as const;

/** Spacing of the contour levels, in decades of (loss − min). */
export const CONTOUR_DECADES = 0.5;

/** Options of `landscapeBase`: everything but the paths. */
export interface LandscapeBaseOptions {
  /** The sampled landscape (from `landscapeGrid`): its log values are shaded and contoured. */
  readonly grid: LandscapeGrid;
  /** Minima to mark (×). */
  readonly minima?: readonly PathPoint[];
  /** Saddle points to mark (◇). */
  readonly saddlePoints?: readonly PathPoint[];
  /** Width in px (default 640); the height follows from `LANDSCAPE_ASPECT`. */
  readonly width?: number;
  /** Class of the SVG, fixed for golden tests (default 'lfe-chart'). */
  readonly className?: string;
  /** Prefix of element ids inside the SVG (clip paths); unique per chart on a page. */
  readonly idPrefix?: string;
  readonly ariaLabel?: string;
  /** Document to build in: happy-dom's on the server and in tests, the page's in a browser. */
  readonly document?: Document;
}

/** One optimizer's path to draw: colour (a CSS colour, e.g. var(--…)), dash and head marker. */
export interface LandscapeRacer {
  readonly id: string;
  readonly color: string;
  /** stroke-dasharray, e.g. '7 4'; none for a solid line. */
  readonly dash?: string;
  readonly marker: PathMarker;
  /** The whole run (every step); `step` decides how much of it is drawn. */
  readonly points: readonly PathPoint[];
}

/** The paths layer: a start point and racers drawn through `step`. */
export interface LandscapeRace {
  readonly start: PathPoint;
  readonly racers: readonly LandscapeRacer[];
  readonly step: number;
  /** Describes the race in words (the chart's aria-description). */
  readonly ariaDescription?: string;
}

/** Options of `landscapeChart`: the base and the race on it. */
export interface LandscapeChartOptions extends LandscapeBaseOptions {
  readonly race: LandscapeRace;
}

/** A landscape SVG as Plot returns it (with its scales). */
export type LandscapeSvg = SVGSVGElement & Plot.Plot;

/** The chart's height for a width. */
export function landscapeHeight(width: number): number {
  return Math.round(width / LANDSCAPE_ASPECT);
}

/**
 * Contour levels of a grid's log values: every `CONTOUR_DECADES` from just above the grid's
 * floor (log of the offset) up to its top; at least one level.
 */
export function landscapeThresholds(grid: LandscapeGrid, decades = CONTOUR_DECADES): number[] {
  const { logMin, logMax } = grid;
  if (!Number.isFinite(logMin) || !Number.isFinite(logMax) || !(logMax > logMin)) return [logMax];
  const first = Math.ceil((logMin + decades) / decades) * decades;
  const out: number[] = [];
  for (let t = first; t < logMax; t += decades) out.push(Math.round(t * 1000) / 1000);
  return out.length > 0 ? out : [(logMin + logMax) / 2];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl(
  document: Document,
  tag: string,
  attributes: Record<string, string | number> = {},
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** Per chart: the clip id of the race layer. */
const raceClips = new WeakMap<Element, string>();

/**
 * The landscape without paths: (loss − min) on a log scale as nested shaded contour bands (each
 * level adds a little `--fg`, so higher is darker in the light theme and lighter in the dark
 * one, and the optimizers' colours stand out on the grey), thin contour lines every half decade,
 * the minima (×) and saddle points (◇), axes w₁ and w₂. Built once per landscape and width.
 */
export function landscapeBase(options: LandscapeBaseOptions): LandscapeSvg {
  const { grid } = options;
  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = landscapeHeight(width);
  const m = LANDSCAPE_MARGIN;
  const { x: dx, y: dy } = grid.domain;
  // The grid samples the domain's edges; Plot's dense grids are cells, so extend by half a cell
  // to put every sample at its cell's centre.
  const hx = (dx[1] - dx[0]) / (grid.nx - 1) / 2;
  const hy = (dy[1] - dy[0]) / (grid.ny - 1) / 2;
  const hidden = { ariaHidden: 'true' } as const;
  const thresholds = landscapeThresholds(grid);
  const ticks = Math.max(3, Math.round((width - m.left - m.right) / 90));

  const marks: Plot.Markish[] = [
    Plot.contour(grid.logValues, {
      ...hidden,
      width: grid.nx,
      height: grid.ny,
      x1: dx[0] - hx,
      x2: dx[1] + hx,
      y1: dy[0] - hy,
      y2: dy[1] + hy,
      thresholds,
      clip: true,
      fill: 'var(--fg)',
      fillOpacity: 0.05,
      stroke: 'var(--fg)',
      strokeOpacity: 0.2,
      strokeWidth: 0.75,
    }),
    Plot.frame({ ...hidden, stroke: 'var(--border)' }),
    Plot.axisX({
      ...hidden,
      label: 'w₁',
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 34,
      ticks,
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
    Plot.axisY({
      ...hidden,
      label: 'w₂',
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 36,
      ticks,
      tickSize: 4,
      stroke: 'var(--fg-faint)',
      fill: 'var(--fg-soft)',
    }),
  ];
  const inside = (p: PathPoint) => p[0] >= dx[0] && p[0] <= dx[1] && p[1] >= dy[0] && p[1] <= dy[1];
  const minima = (options.minima ?? []).filter(inside);
  if (minima.length > 0) {
    marks.push(
      Plot.dot(minima, {
        ...hidden,
        x: (p: PathPoint) => p[0],
        y: (p: PathPoint) => p[1],
        symbol: 'times',
        r: 5.5,
        stroke: 'var(--fg)',
        strokeWidth: 2.25,
      }),
    );
  }
  const saddles = (options.saddlePoints ?? []).filter(inside);
  if (saddles.length > 0) {
    marks.push(
      Plot.dot(saddles, {
        ...hidden,
        x: (p: PathPoint) => p[0],
        y: (p: PathPoint) => p[1],
        symbol: 'diamond',
        r: 6,
        fill: 'none',
        stroke: 'var(--fg)',
        strokeWidth: 1.75,
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
    x: { domain: [dx[0], dx[1]], axis: null },
    y: { domain: [dy[0], dy[1]], axis: null },
    style: { color: 'var(--fg)', background: 'transparent', fontSize: '12px' },
    ariaLabel: options.ariaLabel ?? 'Loss landscape over the weights w₁ and w₂',
    ...(options.document !== undefined && { document: options.document }),
    marks,
  }) as LandscapeSvg;
  // Plot numbers clip paths with a global counter; name them after the chart instead.
  const prefix = options.idPrefix ?? className;
  // The race layer's clip: the plot frame.
  const doc = svg.ownerDocument;
  const raceClip = `${prefix}-race-clip`;
  const defs = svgEl(doc, 'defs');
  const clip = svgEl(doc, 'clipPath', { id: raceClip });
  clip.append(
    svgEl(doc, 'rect', {
      x: m.left,
      y: m.top,
      width: width - m.left - m.right,
      height: height - m.top - m.bottom,
    }),
  );
  defs.append(clip);
  svg.append(defs);
  raceClips.set(svg, raceClip);
  return svg;
}

/** Per chart, per racer: the geometry of the points last drawn (reused while they are the same). */
const geometries = new WeakMap<
  Element,
  Map<string, { points: readonly PathPoint[]; geometry: PathGeometry }>
>();

function scaleFns(svg: LandscapeSvg): { x: (v: number) => number; y: (v: number) => number } {
  const sx = svg.scale('x');
  const sy = svg.scale('y');
  return { x: (v) => Number(sx?.apply?.(v)), y: (v) => Number(sy?.apply?.(v)) };
}

/**
 * Draws (or redraws) the race on a chart from `landscapeBase`: the start ring and, per racer, the
 * whole run as a faint line, then a halo, the path through `step` (its own colour and dash) and a
 * head marker of its own shape.
 * Each path's pixels are computed once per run; a new step only slices its `d` and moves the
 * marker, so playing a race costs a few attribute writes per frame and no Plot rebuild.
 */
export function applyLandscapeRace(svg: LandscapeSvg, race: LandscapeRace): void {
  const doc = svg.ownerDocument;
  const { x, y } = scaleFns(svg);
  let layer = svg.querySelector('g[data-race]');
  if (!layer) {
    layer = svgEl(doc, 'g', { 'data-race': '', 'aria-hidden': 'true' });
    const clip = raceClips.get(svg);
    if (clip) layer.setAttribute('clip-path', `url(#${clip})`);
    svg.append(layer);
  }
  let cache = geometries.get(svg);
  if (!cache) {
    cache = new Map();
    geometries.set(svg, cache);
  }

  // Start ring (under the paths).
  let start = layer.querySelector('circle[data-start]');
  if (!start) {
    start = svgEl(doc, 'circle', {
      'data-start': '',
      r: 7,
      fill: 'var(--bg-raised)',
      stroke: 'var(--fg)',
      'stroke-width': 2,
    });
    layer.prepend(start);
  }
  const sx = x(race.start[0]);
  const sy = y(race.start[1]);
  const startShown = Number.isFinite(sx) && Number.isFinite(sy);
  start.setAttribute('cx', String(startShown ? Math.round(sx * 10) / 10 : -100));
  start.setAttribute('cy', String(startShown ? Math.round(sy * 10) / 10 : -100));

  const wanted = new Set(race.racers.map((r) => r.id));
  for (const g of [...layer.querySelectorAll('g[data-racer]')]) {
    const id = g.getAttribute('data-racer') ?? '';
    if (!wanted.has(id)) {
      g.remove();
      cache.delete(id);
    }
  }
  for (const racer of race.racers) {
    let entry = cache.get(racer.id);
    if (!entry || entry.points !== racer.points) {
      entry = { points: racer.points, geometry: pathGeometry(racer.points, x, y) };
      cache.set(racer.id, entry);
    }
    const { geometry } = entry;
    let g = layer.querySelector(`g[data-racer="${racer.id}"]`);
    if (!g) {
      g = svgEl(doc, 'g', { 'data-racer': racer.id });
      const common = { fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
      g.append(
        svgEl(doc, 'path', {
          ...common,
          'data-ghost': '',
          'stroke-width': 1.25,
          'stroke-opacity': 0.45,
        }),
        svgEl(doc, 'path', {
          ...common,
          'data-halo': '',
          stroke: 'var(--bg-raised)',
          'stroke-width': 5,
          'stroke-opacity': 0.85,
        }),
        svgEl(doc, 'path', { ...common, 'data-line': '', 'stroke-width': 2.25 }),
        svgEl(doc, 'path', { 'data-head': '', 'stroke-width': 1.5, stroke: 'var(--bg-raised)' }),
      );
      layer.append(g);
    }
    const [ghost, halo, line, head] = [...g.children] as SVGElement[];
    // The whole run, faint, so the race's outcome is visible before (or without) playing it.
    if (ghost!.getAttribute('d') !== geometry.d) ghost!.setAttribute('d', geometry.d);
    ghost!.setAttribute('stroke', racer.color);
    line!.setAttribute('stroke', racer.color);
    if (racer.dash) line!.setAttribute('stroke-dasharray', racer.dash);
    else line!.removeAttribute('stroke-dasharray');
    head!.setAttribute('fill', racer.color);
    head!.setAttribute('d', markerPath(racer.marker));
    const d = pathPrefix(geometry, race.step);
    halo!.setAttribute('d', d);
    line!.setAttribute('d', d);
    const n = geometry.px.length;
    if (n === 0) {
      head!.setAttribute('visibility', 'hidden');
    } else {
      const p = geometry.px[Math.min(n - 1, Math.max(0, Math.floor(race.step)))]!;
      head!.removeAttribute('visibility');
      head!.setAttribute('transform', `translate(${p[0]},${p[1]})`);
    }
  }
  if (race.ariaDescription) svg.setAttribute('aria-description', race.ariaDescription);
  else svg.removeAttribute('aria-description');
}

/**
 * The whole chart (an `<svg role="img">`): `landscapeBase` with the race applied. This is what
 * the server renders and the golden tests pin down.
 */
export function landscapeChart(options: LandscapeChartOptions): LandscapeSvg {
  const svg = landscapeBase(options);
  applyLandscapeRace(svg, options.race);
  return svg;
}
