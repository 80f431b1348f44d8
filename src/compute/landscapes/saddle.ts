import type { Landscape } from './landscape';

/**
 * The saddle x² − y²: a stationary point at the origin that is a minimum along x and a maximum
 * along y, and no minimum at all.
 */
export function createSaddle(given: Readonly<Record<string, number>> = {}): Landscape {
  if (Object.keys(given).length > 0)
    throw new RangeError('saddle: this landscape has no parameters.');
  return {
    id: 'saddle',
    name: 'Saddle',
    summary:
      'Flat at the centre but not a minimum: gradient descent slows down near the saddle point before sliding off along y.',
    latex: String.raw`f(x, y) = x^2 - y^2`,
    value([x, y]) {
      return x * x - y * y;
    },
    gradient([x, y]) {
      return [2 * x, -2 * y];
    },
    domain: { x: [-2, 2], y: [-2, 2] },
    minima: [],
    saddlePoints: [[0, 0]],
    defaultStart: [-1.8, 0.05],
    parameters: [],
    params: {},
  };
}
