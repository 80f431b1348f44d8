import type { Landscape } from './landscape';

/**
 * Himmelblau's function (Himmelblau 1972) (x² + y − 11)² + (x + y² − 7)², with four minima of
 * value 0; which one a run reaches depends on where it starts.
 */
export function createHimmelblau(given: Readonly<Record<string, number>> = {}): Landscape {
  if (Object.keys(given).length > 0) {
    throw new RangeError('himmelblau: this landscape has no parameters.');
  }
  return {
    id: 'himmelblau',
    name: 'Himmelblau function',
    summary: 'Four equally deep minima: the start point decides which one an optimizer finds.',
    latex: String.raw`f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`,
    value([x, y]) {
      const p = x * x + y - 11;
      const q = x + y * y - 7;
      return p * p + q * q;
    },
    gradient([x, y]) {
      const p = x * x + y - 11;
      const q = x + y * y - 7;
      return [4 * x * p + 2 * q, 2 * p + 4 * y * q];
    },
    domain: { x: [-5, 5], y: [-5, 5] },
    // (3, 2) is exact; the other three are roots of the gradient found by Newton's method.
    minima: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.283185991286169],
      [3.5844283403304917, -1.8481265269644034],
    ],
    defaultStart: [0, 0],
    parameters: [],
    params: {},
  };
}
