/** Small DOM helpers shared by the charts of the cross-entropy widgets: SVG elements, Plot clean-up. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes (numbers written as they are). */
export function createSvgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** Rounds a pixel coordinate to 2 decimals (−0 written as 0), so SVG text stays short. */
export function px2(v: number): number {
  return Math.round(v * 100) / 100 || 0;
}

/** Replaces the chart's `<g data-layer="name">` with a new one (or appends it); returns the new one. */
export function replaceLayer(svg: SVGSVGElement, name: string): SVGGElement {
  const g = createSvgElement(svg.ownerDocument, 'g', { 'data-layer': name, 'aria-hidden': 'true' });
  const old = svg.querySelector(`g[data-layer="${name}"]`);
  if (old) old.replaceWith(g);
  else svg.append(g);
  return g;
}

/** Sets or removes the chart's description. */
export function setChartDescription(svg: Element, notes: readonly string[]): void {
  const text = notes.filter((s) => s !== '').join(' ');
  if (text !== '') svg.setAttribute('aria-description', text);
  else svg.removeAttribute('aria-description');
}
