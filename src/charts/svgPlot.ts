/**
 * A small SVG chart renderer with the shape of Observable Plot's API, for the subset our charts
 * use: `plot`, `scale`, and the marks `line`, `dot`, `rect`/`rectX`, `text`, `ruleX`/`ruleY`,
 * `gridX`/`gridY`, `axisX`/`axisY`, `frame` and `contour`.
 *
 * Why not Plot itself: Plot with d3 is 85 kB gzip in the browser, which alone takes most of a
 * chapter page's 120 kB budget, and a chapter carries two or three charted widgets. Our charts
 * need a fraction of it. Scales, ticks, tick formats and contours still come from d3's modules
 * (`d3-scale`, `d3-contour`), so the maths that Plot would have used is the same; this file only
 * writes the SVG. Everything it draws is `aria-hidden`: a chart is one `role="img"` with a label.
 */

import { contours } from 'd3-contour';
import { scaleBand, scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds a pixel coordinate to 2 decimals (−0 written as 0), so the markup stays short and stable. */
const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;

// ---------------------------------------------------------------------------------------------
// Scales

/** A position scale's options. */
export interface ScaleOptions {
  readonly type?: 'linear' | 'log' | 'symlog' | 'band';
  readonly domain: readonly unknown[];
  readonly range?: readonly [number, number];
  /** Extends a continuous domain to round tick values (d3's `nice()`). */
  readonly nice?: boolean;
  /** Accepted for Plot compatibility; axes are always separate marks here. */
  readonly axis?: null;
  readonly paddingInner?: number;
  readonly paddingOuter?: number;
}

/** A scale as the charts see it: data → pixels (`apply`), pixels → data (`invert`). */
export interface ScaleObject {
  readonly type: 'linear' | 'log' | 'symlog' | 'band';
  readonly domain: readonly unknown[];
  readonly range: readonly [number, number];
  apply(value: unknown): number;
  invert?(pixel: number): number;
  /** Band scales: the width of one band and the distance between band starts. */
  readonly bandwidth?: number;
  readonly step?: number;
  /** Tick values for about `count` ticks. */
  ticks(count: number): unknown[];
  /** A formatter suited to `ticks(count)`. */
  tickFormat(count: number): (value: unknown) => string;
}

/** What `plot` returns: an SVG element with its scales. */
export interface Plot {
  scale(name: string): ScaleObject | undefined;
}

function makeScale(options: ScaleOptions, range: readonly [number, number]): ScaleObject {
  const type = options.type ?? 'linear';
  if (type === 'band') {
    const s = scaleBand<string>()
      .domain(options.domain.map(String))
      .range([range[0], range[1]])
      .paddingInner(options.paddingInner ?? 0.1)
      .paddingOuter(options.paddingOuter ?? 0.1);
    return {
      type,
      domain: s.domain(),
      range,
      apply: (v) => s(String(v)) ?? Number.NaN,
      bandwidth: s.bandwidth(),
      step: s.step(),
      ticks: () => s.domain(),
      tickFormat: () => (v) => String(v),
    };
  }
  const domain = options.domain.map(Number) as [number, number];
  const s =
    type === 'log'
      ? scaleLog().domain(domain).range(range)
      : type === 'symlog'
        ? scaleSymlog().domain(domain).range(range)
        : scaleLinear().domain(domain).range(range);
  if (options.nice) s.nice();
  return {
    type,
    domain: s.domain(),
    range,
    apply: (v) => s(Number(v)),
    invert: (px) => s.invert(px),
    ticks: (count) => ('ticks' in s ? s.ticks(count) : []),
    tickFormat: (count) => {
      const f = 'tickFormat' in s ? s.tickFormat(count) : (v: number) => String(v);
      return (v) => f(Number(v));
    },
  };
}

/** A standalone scale, e.g. `scale({ y: { domain, range, nice: true } }).domain`. */
export function scale(options: {
  readonly x?: ScaleOptions;
  readonly y?: ScaleOptions;
}): ScaleObject {
  const o = options.x ?? options.y;
  if (!o) throw new Error('scale: give an x or a y scale');
  return makeScale(o, o.range ?? [0, 1]);
}

// ---------------------------------------------------------------------------------------------
// Marks

/** Everything a mark needs to draw itself. */
interface Context {
  readonly document: Document;
  readonly x: ScaleObject;
  readonly y: ScaleObject;
  readonly width: number;
  readonly height: number;
  /** The frame in pixels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Returns the id of a clip path to the frame (made once per chart). */
  clipId(): string;
}

/** A mark: draws itself into a new `<g>` (or nothing). */
export interface Mark {
  render(context: Context): SVGElement | null;
}

/** A mark, or nothing (so `cond && mark` can sit in a marks array). */
export type Markish = Mark | null | undefined | false;

type Accessor<T, V> = V | keyof T | ((d: T, i: number) => V);

/** Style options shared by marks (SVG presentation attributes in camelCase). */
interface StyleOptions {
  readonly ariaHidden?: 'true' | 'false' | boolean;
  readonly clip?: boolean;
  readonly fill?: unknown;
  readonly fillOpacity?: number;
  readonly stroke?: unknown;
  readonly strokeWidth?: unknown;
  readonly strokeOpacity?: number;
  readonly strokeDasharray?: string;
  readonly fontSize?: number | string;
  readonly dx?: number;
  readonly dy?: number;
}

/** Strings that are colours (constants) rather than field names, as Plot decides. */
function isColorConstant(v: string): boolean {
  return /^(var\(|#|rgb|hsl|none$|currentcolor$|transparent$|white$|black$)/i.test(v);
}

/** Resolves a channel: a function of the datum, a field name, or a constant. */
function channel<T>(
  spec: unknown,
  datum: T,
  i: number,
  { colour = false }: { colour?: boolean } = {},
): unknown {
  if (typeof spec === 'function') return (spec as (d: T, i: number) => unknown)(datum, i);
  if (typeof spec === 'string' && !(colour && isColorConstant(spec))) {
    return (datum as Record<string, unknown>)[spec];
  }
  return spec;
}

/** Whether a channel varies per datum (so it is written per element rather than on the group). */
const varies = (spec: unknown, colour: boolean): boolean =>
  typeof spec === 'function' || (typeof spec === 'string' && !(colour && isColorConstant(spec)));

function el(
  document: Document,
  tag: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
): SVGElement {
  const e = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attributes))
    if (v !== undefined) e.setAttribute(k, String(v));
  return e;
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The mark's group with its constant style attributes, clip and offset. */
function group(
  ctx: Context,
  o: StyleOptions,
  defaults: Record<string, string | number> = {},
): SVGElement {
  const g = el(ctx.document, 'g', defaults);
  if (o.ariaHidden !== undefined) g.setAttribute('aria-hidden', String(o.ariaHidden));
  const constant: Record<string, unknown> = {
    fill: varies(o.fill, true) ? undefined : o.fill,
    fillOpacity: o.fillOpacity,
    stroke: varies(o.stroke, true) ? undefined : o.stroke,
    strokeWidth: varies(o.strokeWidth, false) ? undefined : o.strokeWidth,
    strokeOpacity: o.strokeOpacity,
    strokeDasharray: o.strokeDasharray,
    fontSize: o.fontSize,
  };
  for (const [k, v] of Object.entries(constant))
    if (v !== undefined) g.setAttribute(kebab(k), String(v));
  if (o.dx || o.dy) g.setAttribute('transform', `translate(${o.dx ?? 0},${o.dy ?? 0})`);
  if (o.clip) g.setAttribute('clip-path', `url(#${ctx.clipId()})`);
  return g;
}

/** An SVG path `M…L…` through pixel points, broken where a point is not finite. */
export function polyline(points: readonly (readonly [number, number])[]): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r2(x)},${r2(y)}`;
    pen = true;
  }
  return d;
}

/** Options of `line`. */
export interface LineOptions<T> extends StyleOptions {
  readonly x: Accessor<T, number>;
  readonly y: Accessor<T, number>;
  /** Splits the data into separate lines by this key. */
  readonly z?: Accessor<T, unknown>;
}

/** A line through the data in order (one per `z` series); non-finite points break it. */
export function line<T>(data: readonly T[], options: LineOptions<T>): Mark {
  return {
    render(ctx) {
      const series = new Map<unknown, [number, number][]>();
      data.forEach((d, i) => {
        const key = options.z === undefined ? 0 : channel(options.z, d, i);
        let pts = series.get(key);
        if (!pts) series.set(key, (pts = []));
        pts.push([ctx.x.apply(channel(options.x, d, i)), ctx.y.apply(channel(options.y, d, i))]);
      });
      const g = group(ctx, options, {
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 1.5,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
      for (const pts of series.values()) {
        const d = polyline(pts);
        if (d !== '') g.append(el(ctx.document, 'path', { d }));
      }
      return g;
    },
  };
}

/** Symbol outlines around (0, 0) with the area of a circle of radius r, as d3-shape sizes them. */
function symbolPath(symbol: string, r: number): string | null {
  const area = Math.PI * r * r;
  switch (symbol) {
    case 'square': {
      const h = Math.sqrt(area) / 2;
      return `M${r2(-h)},${r2(-h)}H${r2(h)}V${r2(h)}H${r2(-h)}Z`;
    }
    case 'diamond2': {
      const a = Math.sqrt(area / 2);
      return `M0,${r2(-a)}L${r2(a)},0L0,${r2(a)}L${r2(-a)},0Z`;
    }
    case 'diamond': {
      const tan30 = Math.sqrt(1 / 3);
      const ty = Math.sqrt(area / (2 * tan30));
      const tx = ty * tan30;
      return `M0,${r2(-ty)}L${r2(tx)},0L0,${r2(ty)}L${r2(-tx)},0Z`;
    }
    case 'times': {
      const a = Math.sqrt(area - Math.min(area / 7, 2)) * 0.6189;
      return `M${r2(-a)},${r2(-a)}L${r2(a)},${r2(a)}M${r2(-a)},${r2(a)}L${r2(a)},${r2(-a)}`;
    }
    default:
      return null;
  }
}

/** Options of `dot`. */
export interface DotOptions<T> extends StyleOptions {
  readonly x: Accessor<T, number>;
  readonly y: Accessor<T, number>;
  readonly r?: number | ((d: T, i: number) => number);
  readonly symbol?: string | ((d: T, i: number) => string);
}

/** A symbol per datum: circles by default; also square, diamond, diamond2 and times. */
export function dot<T>(data: readonly T[], options: DotOptions<T>): Mark {
  return {
    render(ctx) {
      const stroked = options.stroke !== undefined;
      const g = group(ctx, options, {
        fill: options.fill === undefined && stroked ? 'none' : 'currentColor',
        ...(stroked ? {} : { stroke: 'none' }),
      });
      data.forEach((d, i) => {
        const cx = ctx.x.apply(channel(options.x, d, i));
        const cy = ctx.y.apply(channel(options.y, d, i));
        const r = Number(channel(options.r ?? 3, d, i));
        if (!Number.isFinite(cx) || !Number.isFinite(cy) || !(r > 0)) return;
        const symbol =
          typeof options.symbol === 'function'
            ? options.symbol(d, i)
            : (options.symbol ?? 'circle');
        const path = symbolPath(symbol, r);
        const e = path
          ? el(ctx.document, 'path', { transform: `translate(${r2(cx)},${r2(cy)})`, d: path })
          : el(ctx.document, 'circle', { cx: r2(cx), cy: r2(cy), r: r2(r) });
        if (varies(options.fill, true))
          e.setAttribute('fill', String(channel(options.fill, d, i, { colour: true })));
        if (varies(options.stroke, true)) {
          e.setAttribute('stroke', String(channel(options.stroke, d, i, { colour: true })));
        }
        if (varies(options.strokeWidth, false)) {
          e.setAttribute('stroke-width', String(channel(options.strokeWidth, d, i)));
        }
        g.append(e);
      });
      return g;
    },
  };
}

/** Options of `rect`. */
export interface RectOptions<T> extends StyleOptions {
  readonly x1: Accessor<T, number>;
  readonly x2: Accessor<T, number>;
  readonly y1: Accessor<T, number>;
  readonly y2: Accessor<T, number>;
}

/** A rectangle per datum between (x1, y1) and (x2, y2) in data units. */
export function rect<T>(data: readonly T[], options: RectOptions<T>): Mark {
  return {
    render(ctx) {
      const g = group(ctx, options, { fill: 'currentColor' });
      data.forEach((d, i) => {
        const xa = ctx.x.apply(channel(options.x1, d, i));
        const xb = ctx.x.apply(channel(options.x2, d, i));
        const ya = ctx.y.apply(channel(options.y1, d, i));
        const yb = ctx.y.apply(channel(options.y2, d, i));
        if (![xa, xb, ya, yb].every(Number.isFinite)) return;
        const e = el(ctx.document, 'rect', {
          x: r2(Math.min(xa, xb)),
          y: r2(Math.min(ya, yb)),
          width: r2(Math.abs(xb - xa)),
          height: r2(Math.abs(yb - ya)),
        });
        if (varies(options.fill, true))
          e.setAttribute('fill', String(channel(options.fill, d, i, { colour: true })));
        g.append(e);
      });
      return g;
    },
  };
}

/** Plot's `rectX`; with explicit x1, x2, y1 and y2 it is `rect`. */
export const rectX = rect;

/** Where in the frame a text without x or y sits. */
type FrameAnchor =
  | 'top'
  | 'bottom'
  | 'left'
  | 'right'
  | 'top-left'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-right'
  | 'middle';

/** Options of `text`. */
export interface TextOptions<T> extends StyleOptions {
  readonly x?: Accessor<T, number>;
  readonly y?: Accessor<T, number>;
  readonly text?: (d: T, i: number) => string;
  readonly frameAnchor?: FrameAnchor;
  readonly lineAnchor?: 'top' | 'middle' | 'bottom';
  readonly textAnchor?: 'start' | 'middle' | 'end';
}

/** A label per datum, at (x, y) or at the frame anchor for a missing coordinate. */
export function text<T>(data: readonly T[], options: TextOptions<T>): Mark {
  return {
    render(ctx) {
      const fa = options.frameAnchor ?? 'middle';
      const lineAnchor =
        options.lineAnchor ??
        (fa.startsWith('top') ? 'top' : fa.startsWith('bottom') ? 'bottom' : 'middle');
      const textAnchor =
        options.textAnchor ??
        (fa.endsWith('left') ? 'start' : fa.endsWith('right') ? 'end' : 'middle');
      const fx = fa.endsWith('left')
        ? ctx.left
        : fa.endsWith('right')
          ? ctx.right
          : (ctx.left + ctx.right) / 2;
      const fy = fa.startsWith('top')
        ? ctx.top
        : fa.startsWith('bottom')
          ? ctx.bottom
          : (ctx.top + ctx.bottom) / 2;
      const g = group(ctx, options, { 'text-anchor': textAnchor });
      const dy = lineAnchor === 'top' ? '0.71em' : lineAnchor === 'middle' ? '0.32em' : undefined;
      data.forEach((d, i) => {
        const x = options.x === undefined ? fx : ctx.x.apply(channel(options.x, d, i));
        const y = options.y === undefined ? fy : ctx.y.apply(channel(options.y, d, i));
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        const lines = (options.text ? options.text(d, i) : String(d)).split('\n');
        if (lines.length === 1) {
          const e = el(ctx.document, 'text', { x: r2(x), y: r2(y), dy });
          e.textContent = lines[0] ?? '';
          g.append(e);
          return;
        }
        // Several lines: one tspan each, the block anchored like a single line would be.
        const n = lines.length;
        const first =
          lineAnchor === 'top' ? 0.71 : lineAnchor === 'middle' ? 0.32 - (n - 1) / 2 : -(n - 1);
        const e = el(ctx.document, 'text', { y: r2(y) });
        lines.forEach((line, k) => {
          const span = el(ctx.document, 'tspan', { x: r2(x), dy: `${k === 0 ? first : 1}em` });
          span.textContent = line;
          e.append(span);
        });
        g.append(e);
      });
      return g;
    },
  };
}

/** Rules across the frame at the given values: horizontal for 'y', vertical for 'x'. */
function rules(dim: 'x' | 'y', values: readonly number[], options: StyleOptions): Mark {
  return {
    render(ctx) {
      const g = group(ctx, options, { stroke: 'currentColor' });
      for (const v of values) {
        const raw = (dim === 'x' ? ctx.x : ctx.y).apply(v);
        if (!Number.isFinite(raw)) continue;
        const p = r2(raw);
        const ends =
          dim === 'y'
            ? { x1: r2(ctx.left), x2: r2(ctx.right), y1: p, y2: p }
            : { x1: p, x2: p, y1: r2(ctx.top), y2: r2(ctx.bottom) };
        g.append(el(ctx.document, 'line', ends));
      }
      return g;
    },
  };
}

/** Horizontal rules across the frame at the given y values. */
export const ruleY = (values: readonly number[], options: StyleOptions = {}): Mark =>
  rules('y', values, options);
/** Vertical rules across the frame at the given x values. */
export const ruleX = (values: readonly number[], options: StyleOptions = {}): Mark =>
  rules('x', values, options);

/** Options of the axes and grids. */
export interface AxisOptions extends StyleOptions {
  /** About this many ticks, or exactly these values. */
  readonly ticks?: number | readonly unknown[];
  readonly tickFormat?: (value: never, index: number) => string;
  readonly tickSize?: number;
  readonly tickPadding?: number;
  readonly label?: string | null;
  readonly labelAnchor?: 'center' | 'top' | 'bottom' | 'left' | 'right';
  /** Accepted for Plot compatibility; labels never carry arrows here. */
  readonly labelArrow?: 'none';
  readonly labelOffset?: number;
}

/** The tick values and labels of an axis or grid on a scale. */
function tickValues(
  s: ScaleObject,
  ticks: number | readonly unknown[] | undefined,
  defaultCount: number,
  format: AxisOptions['tickFormat'],
): { values: unknown[]; labels: string[] } {
  const count = typeof ticks === 'number' ? ticks : defaultCount;
  const values = Array.isArray(ticks) ? [...(ticks as readonly unknown[])] : s.ticks(count);
  const f = format
    ? (v: unknown, i: number) => (format as (v: unknown, i: number) => string)(v, i)
    : Array.isArray(ticks) && s.type !== 'band'
      ? (v: unknown) => String(v).replace('-', '−')
      : s.tickFormat(count);
  return { values, labels: values.map((v, i) => f(v, i)) };
}

/** Pixel position of a tick: band scales put it at the middle of the band. */
const tickAt = (s: ScaleObject, v: unknown): number => s.apply(v) + (s.bandwidth ?? 0) / 2;

function axisMark(
  dim: 'x' | 'y',
  data: readonly unknown[] | undefined,
  options: AxisOptions,
): Mark {
  return {
    render(ctx) {
      const s = dim === 'x' ? ctx.x : ctx.y;
      const defaultCount = dim === 'x' ? (ctx.right - ctx.left) / 80 : (ctx.bottom - ctx.top) / 35;
      const { values, labels } = tickValues(
        s,
        data ?? options.ticks,
        defaultCount,
        options.tickFormat,
      );
      const tickSize = options.tickSize ?? 6;
      const pad = options.tickPadding ?? 3;
      const { stroke, fill, ...rest } = options;
      const g = group(ctx, rest);
      const doc = ctx.document;
      let ticksD = '';
      const labelGroup = el(doc, 'g', {
        fill: typeof fill === 'string' ? fill : 'currentColor',
        'text-anchor': dim === 'x' ? 'middle' : 'end',
        'font-variant': 'tabular-nums',
      });
      values.forEach((v, i) => {
        const p = tickAt(s, v);
        if (!Number.isFinite(p)) return;
        if (dim === 'x') {
          if (tickSize > 0) ticksD += `M${r2(p)},${r2(ctx.bottom)}v${tickSize}`;
          const t = el(doc, 'text', { x: r2(p), y: r2(ctx.bottom + tickSize + pad), dy: '0.71em' });
          t.textContent = labels[i] ?? '';
          if (t.textContent !== '') labelGroup.append(t);
        } else {
          if (tickSize > 0) ticksD += `M${r2(ctx.left)},${r2(p)}h${-tickSize}`;
          const t = el(doc, 'text', { x: r2(ctx.left - tickSize - pad), y: r2(p), dy: '0.32em' });
          t.textContent = labels[i] ?? '';
          if (t.textContent !== '') labelGroup.append(t);
        }
      });
      if (ticksD !== '') {
        g.append(
          el(doc, 'path', {
            d: ticksD,
            fill: 'none',
            stroke: typeof stroke === 'string' ? stroke : 'currentColor',
          }),
        );
      }
      g.append(labelGroup);
      if (options.label) {
        const t = el(doc, 'text', {
          fill: typeof fill === 'string' ? fill : 'currentColor',
        });
        t.textContent = options.label;
        const anchor = options.labelAnchor ?? (dim === 'x' ? 'right' : 'top');
        if (dim === 'x') {
          const offset = options.labelOffset ?? ctx.height - ctx.bottom - 3;
          const x =
            anchor === 'center'
              ? (ctx.left + ctx.right) / 2
              : anchor === 'left'
                ? ctx.left
                : ctx.right;
          t.setAttribute('x', String(r2(x)));
          t.setAttribute('y', String(r2(ctx.bottom + offset)));
          t.setAttribute(
            'text-anchor',
            anchor === 'center' ? 'middle' : anchor === 'left' ? 'start' : 'end',
          );
        } else if (anchor === 'center') {
          const offset = options.labelOffset ?? ctx.left - 3;
          const x = ctx.left - offset;
          const y = (ctx.top + ctx.bottom) / 2;
          t.setAttribute('transform', `translate(${r2(x)},${r2(y)}) rotate(-90)`);
          t.setAttribute('dy', '0.71em');
          t.setAttribute('text-anchor', 'middle');
        } else {
          const offset = options.labelOffset ?? ctx.left - 3;
          // As Plot: the label's top-left corner at (3, 3) for 'top', under the frame for 'bottom'.
          t.setAttribute('x', String(r2(ctx.left - offset)));
          t.setAttribute('y', String(r2(anchor === 'bottom' ? ctx.bottom + 3 : 3)));
          t.setAttribute('dy', '0.71em');
          t.setAttribute('text-anchor', 'start');
        }
        g.append(t);
      }
      return g;
    },
  };
}

function gridMark(
  dim: 'x' | 'y',
  data: readonly unknown[] | undefined,
  options: AxisOptions,
): Mark {
  return {
    render(ctx) {
      const s = dim === 'x' ? ctx.x : ctx.y;
      const defaultCount = dim === 'x' ? (ctx.right - ctx.left) / 80 : (ctx.bottom - ctx.top) / 35;
      const { values } = tickValues(s, data ?? options.ticks, defaultCount, () => '');
      const g = group(
        ctx,
        { strokeOpacity: 0.1, ...options },
        { stroke: 'currentColor', fill: 'none' },
      );
      let d = '';
      for (const v of values) {
        const p = tickAt(s, v);
        if (!Number.isFinite(p)) continue;
        d +=
          dim === 'x'
            ? `M${r2(p)},${r2(ctx.top)}V${r2(ctx.bottom)}`
            : `M${r2(ctx.left)},${r2(p)}H${r2(ctx.right)}`;
      }
      if (d !== '') g.append(el(ctx.document, 'path', { d }));
      return g;
    },
  };
}

type AxisArgs = [options?: AxisOptions] | [data: readonly unknown[], options?: AxisOptions];

function splitArgs(args: AxisArgs): [readonly unknown[] | undefined, AxisOptions] {
  if (Array.isArray(args[0])) return [args[0], (args[1] as AxisOptions | undefined) ?? {}];
  return [undefined, (args[0] as AxisOptions | undefined) ?? {}];
}

/** The x axis under the frame: ticks, tick labels and a label. */
export const axisX = (...args: AxisArgs): Mark => axisMark('x', ...splitArgs(args));
/** The y axis left of the frame: tick labels (ticks if `tickSize` > 0) and a label. */
export const axisY = (...args: AxisArgs): Mark => axisMark('y', ...splitArgs(args));
/** Vertical grid lines at the x ticks. */
export const gridX = (...args: AxisArgs): Mark => gridMark('x', ...splitArgs(args));
/** Horizontal grid lines at the y ticks. */
export const gridY = (...args: AxisArgs): Mark => gridMark('y', ...splitArgs(args));

/** A rectangle around the frame. */
export function frame(options: StyleOptions = {}): Mark {
  return {
    render(ctx) {
      const g = group(ctx, options, { fill: 'none', stroke: 'currentColor' });
      g.append(
        el(ctx.document, 'rect', {
          x: r2(ctx.left),
          y: r2(ctx.top),
          width: r2(ctx.right - ctx.left),
          height: r2(ctx.bottom - ctx.top),
        }),
      );
      return g;
    },
  };
}

/** Options of `contour`: a grid of values over a rectangle of the data plane. */
export interface ContourOptions extends StyleOptions {
  /** Columns and rows of the grid (values are row-major, the first row at y1). */
  readonly width: number;
  readonly height: number;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly thresholds: readonly number[];
}

/**
 * Filled contours of a grid of values (d3-contour's marching squares): one path per threshold,
 * each the region where the value is at least that threshold. Non-finite values count as −∞.
 */
export function contour(values: ArrayLike<number>, options: ContourOptions): Mark {
  return {
    render(ctx) {
      const { width: nx, height: ny, x1, x2, y1, y2 } = options;
      const g = group(ctx, options, { fill: 'currentColor', stroke: 'none' });
      if (!(nx > 1 && ny > 1) || values.length < nx * ny) return g;
      const grid = Array.from({ length: nx * ny }, (_, i) => {
        const v = values[i] ?? Number.NaN;
        return Number.isFinite(v) ? v : -Infinity;
      });
      const kx = (x2 - x1) / nx;
      const ky = (y2 - y1) / ny;
      const shapes = contours()
        .size([nx, ny])
        .thresholds([...options.thresholds])(grid);
      for (const shape of shapes) {
        let d = '';
        for (const polygon of shape.coordinates) {
          for (const ring of polygon) {
            const pts = ring.map(
              ([gx = 0, gy = 0]) =>
                [ctx.x.apply(x1 + gx * kx), ctx.y.apply(y1 + gy * ky)] as [number, number],
            );
            const p = polyline(pts);
            if (p !== '') d += `${p}Z`;
          }
        }
        if (d !== '') g.append(el(ctx.document, 'path', { d }));
      }
      return g;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The chart

/** Options of `plot`. */
export interface PlotOptions {
  readonly width: number;
  readonly height: number;
  readonly marginTop?: number;
  readonly marginRight?: number;
  readonly marginBottom?: number;
  readonly marginLeft?: number;
  readonly className?: string;
  /** Prefix of the ids inside the SVG (its clip path); unique per chart on a page. */
  readonly idPrefix?: string;
  readonly x: ScaleOptions;
  readonly y: ScaleOptions;
  /** Inline style of the SVG (camelCase keys). */
  readonly style?: Readonly<Record<string, string>>;
  readonly ariaLabel?: string;
  readonly ariaDescription?: string;
  /** The document to build in (happy-dom's on the server); the page's by default. */
  readonly document?: Document;
  readonly marks: readonly Markish[];
  /** Accepted for Plot compatibility: r and symbol channels are always literal here. */
  readonly r?: unknown;
  readonly symbol?: unknown;
}

/**
 * Draws the marks, in order, into an `<svg role="img">` of the given size with x and y scales over
 * the frame inside the margins; every mark's group is aria-hidden. The SVG has `scale(name)` for
 * 'x' and 'y', like Plot's.
 */
export function plot(options: PlotOptions): SVGSVGElement & Plot {
  const document = options.document ?? globalThis.document;
  const { width, height } = options;
  const mt = options.marginTop ?? 20;
  const mr = options.marginRight ?? 20;
  const mb = options.marginBottom ?? 30;
  const ml = options.marginLeft ?? 40;
  const x = makeScale(options.x, [ml, width - mr]);
  const y = makeScale(options.y, options.y.type === 'band' ? [mt, height - mb] : [height - mb, mt]);
  const className = options.className ?? 'plot';
  const idPrefix = options.idPrefix ?? className;

  const svg = el(document, 'svg', {
    class: className,
    fill: 'currentColor',
    'font-family': 'system-ui, sans-serif',
    'font-size': 10,
    'text-anchor': 'middle',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': options.ariaLabel,
    'aria-description': options.ariaDescription,
  }) as SVGSVGElement & Plot;
  if (options.style) {
    svg.setAttribute(
      'style',
      Object.entries(options.style)
        .map(([k, v]) => `${kebab(k)}: ${v};`)
        .join(' '),
    );
  }
  let clip: string | null = null;
  const context: Context = {
    document,
    x,
    y,
    width,
    height,
    left: ml,
    right: width - mr,
    top: mt,
    bottom: height - mb,
    clipId() {
      if (clip === null) {
        clip = `${idPrefix}-clip-0`;
        const defs = el(document, 'defs');
        const path = el(document, 'clipPath', { id: clip });
        path.append(
          el(document, 'rect', { x: ml, y: mt, width: width - ml - mr, height: height - mt - mb }),
        );
        defs.append(path);
        svg.prepend(defs);
      }
      return clip;
    },
  };
  for (const mark of options.marks) {
    if (!mark) continue;
    const g = mark.render(context);
    if (!g) continue;
    // The chart is one image (role="img" with a label): none of its parts is announced.
    g.setAttribute('aria-hidden', 'true');
    svg.append(g);
  }
  const scales: Record<string, ScaleObject> = { x, y };
  svg.scale = (name: string) => scales[name];
  return svg;
}
