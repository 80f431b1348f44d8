import type { Landscape } from './landscape';

/**
 * Beale's function (Beale 1958) (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²,
 * minimum 0 at (3, 0.5), with flat plateaus and steep walls.
 */
export function createBeale(given: Readonly<Record<string, number>> = {}): Landscape {
  if (Object.keys(given).length > 0)
    throw new RangeError('beale: this landscape has no parameters.');
  return {
    id: 'beale',
    name: 'Beale function',
    summary:
      'Flat plateaus beside steep walls: gradients range over many orders of magnitude, which adaptive optimizers handle better.',
    latex: String.raw`f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2`,
    value([x, y]) {
      const t1 = 1.5 - x + x * y;
      const t2 = 2.25 - x + x * y * y;
      const t3 = 2.625 - x + x * y * y * y;
      return t1 * t1 + t2 * t2 + t3 * t3;
    },
    gradient([x, y]) {
      const y2 = y * y;
      const y3 = y2 * y;
      const t1 = 1.5 - x + x * y;
      const t2 = 2.25 - x + x * y2;
      const t3 = 2.625 - x + x * y3;
      return [
        2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1)),
        2 * x * (t1 + 2 * y * t2 + 3 * y2 * t3),
      ];
    },
    domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    minima: [[3, 0.5]],
    defaultStart: [1, 1.5],
    parameters: [],
    params: {},
  };
}
