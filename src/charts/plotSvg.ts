/** Small helpers shared by hand-drawn chart layers: SVG elements, and finishing a Plot SVG. */

import type * as Plot from './svgPlot';
import { polyline } from './svgPlot';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A Plot SVG with its scales. */
export type PlotSvg = SVGSVGElement & Plot.Plot;

/** Rounds a pixel coordinate to 2 decimals (and −0 to 0), for compact, stable markup. */
export const px2 = (v: number): number => Math.round(v * 100) / 100 || 0;

/** An SVG element with attributes. */
export function svgElement(
  document: Document,
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
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

/** A polyline path `M…L…` through pixel points; breaks the line at non-finite points. */
export const linePath = polyline;
