import { resolveParams, type Landscape, type LandscapeParameter } from './landscape';

const parameters: readonly LandscapeParameter[] = [
  {
    id: 'kappa',
    name: 'Condition number',
    latex: String.raw`\kappa`,
    default: 10,
    min: 1,
    max: 100,
    step: 1,
  },
  {
    id: 'angle',
    name: 'Rotation (degrees)',
    latex: String.raw`\theta`,
    default: 0,
    min: -90,
    max: 90,
    step: 5,
  },
];

/**
 * The quadratic bowl ½(u² + κv²) in axes (u, v) rotated by θ: condition number κ, minimum 0 at
 * the origin; the textbook case for how ill-conditioning slows gradient descent.
 */
export function createBowl(given: Readonly<Record<string, number>> = {}): Landscape {
  const params = resolveParams('bowl', parameters, given);
  const kappa = params['kappa'] as number;
  const theta = ((params['angle'] as number) * Math.PI) / 180;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return {
    id: 'bowl',
    name: 'Ill-conditioned bowl',
    summary:
      'A quadratic bowl whose curvature differs by a factor κ between two directions: plain gradient descent zig-zags across the narrow one.',
    latex: String.raw`f(x, y) = \tfrac12\left(u^2 + \kappa v^2\right),\quad u = x\cos\theta + y\sin\theta,\ v = -x\sin\theta + y\cos\theta`,
    value([x, y]) {
      const u = c * x + s * y;
      const v = -s * x + c * y;
      return 0.5 * (u * u + kappa * v * v);
    },
    gradient([x, y]) {
      const u = c * x + s * y;
      const kv = kappa * (-s * x + c * y);
      return [c * u - s * kv, s * u + c * kv];
    },
    domain: { x: [-3, 3], y: [-3, 3] },
    minima: [[0, 0]],
    defaultStart: [-2.5, 2],
    parameters,
    params,
  };
}
