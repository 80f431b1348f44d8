/** Small helpers shared by hand-drawn chart layers: SVG elements, layers, descriptions, paths. */

import type * as Plot from './svgPlot';
import { polyline } from './svgPlot';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A Plot SVG with its scales. */
export type PlotSvg = SVGSVGElement & Plot.Plot;

/** Rounds a pixel coordinate to 2 decimals (and −0 to 0), for compact, stable markup. */
export const px2 = (v: number): number => Math.round(v * 100) / 100 || 0;

/** An SVG element with attributes (numbers written as they are). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes?: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K];
export function svgElement(
  document: Document,
  tag: string,
  attributes?: Readonly<Record<string, string | number>>,
): SVGElement;
export function svgElement(
  document: Document,
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** Data → pixel maps of a Plot SVG's x and y scales (NaN where a scale is missing). */
export function plotScales(svg: PlotSvg): { x: (v: number) => number; y: (v: number) => number } {
  const x = svg.scale('x');
  const y = svg.scale('y');
  return { x: (v) => Number(x?.apply?.(v)), y: (v) => Number(y?.apply?.(v)) };
}

/** Replaces the SVG's layer `<g data-layer="name">` with `g` (or appends it). */
export function replaceLayer(svg: SVGSVGElement, name: string, g: SVGElement): void {
  g.setAttribute('data-layer', name);
  g.setAttribute('aria-hidden', 'true');
  const old = svg.querySelector(`g[data-layer="${name}"]`);
  if (old) old.replaceWith(g);
  else svg.append(g);
}

/** Replaces the SVG's layer `name` with a new, empty `<g>` (or appends one); returns it. */
export function newLayer(svg: SVGSVGElement, name: string): SVGGElement {
  const g = svgElement(svg.ownerDocument, 'g');
  replaceLayer(svg, name, g);
  return g;
}

/** Sets or removes the chart's description. */
export function setChartDescription(svg: Element, notes: readonly string[]): void {
  const text = notes.filter((s) => s !== '').join(' ');
  if (text !== '') svg.setAttribute('aria-description', text);
  else svg.removeAttribute('aria-description');
}

/** A polyline path `M…L…` through pixel points; breaks the line at non-finite points. */
export const linePath = polyline;
