import { resolveParams, type Landscape, type LandscapeParameter } from './landscape';

const parameters: readonly LandscapeParameter[] = [
  { id: 'a', name: 'a', latex: 'a', default: 1, min: -1.5, max: 1.5, step: 0.1 },
  { id: 'b', name: 'b', latex: 'b', default: 100, min: 1, max: 200, step: 1 },
];

/**
 * Rosenbrock's banana function (Rosenbrock 1960) (a − x)² + b(y − x²)², minimum 0 at (a, a²)
 * at the end of a long curved valley.
 */
export function createRosenbrock(given: Readonly<Record<string, number>> = {}): Landscape {
  const params = resolveParams('rosenbrock', parameters, given);
  const a = params['a'] as number;
  const b = params['b'] as number;
  return {
    id: 'rosenbrock',
    name: 'Rosenbrock valley',
    summary:
      'A narrow curved valley: finding it is easy, following its gently sloping floor to the minimum is slow.',
    latex: String.raw`f(x, y) = (a - x)^2 + b\,(y - x^2)^2`,
    value([x, y]) {
      const r = a - x;
      const q = y - x * x;
      return r * r + b * q * q;
    },
    gradient([x, y]) {
      const q = y - x * x;
      return [-2 * (a - x) - 4 * b * x * q, 2 * b * q];
    },
    domain: { x: [-2, 2], y: [-1, 3] },
    minima: [[a, a * a]],
    defaultStart: [-1.2, 1],
    parameters,
    params,
  };
}
