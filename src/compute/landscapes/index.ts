/** The optimization landscapes, behind one factory. */
import type { Landscape, LandscapeId } from './landscape';
import { createBeale } from './beale';
import { createBowl } from './bowl';
import { createHimmelblau } from './himmelblau';
import { createRosenbrock } from './rosenbrock';
import { createSaddle } from './saddle';

export type { Domain, Landscape, LandscapeId, LandscapeParameter, Point } from './landscape';
export { landscapeGrid, type LandscapeGrid } from './grid';
export { createBeale } from './beale';
export { createBowl } from './bowl';
export { createHimmelblau } from './himmelblau';
export { createRosenbrock } from './rosenbrock';
export { createSaddle } from './saddle';

const factories: Readonly<
  Record<LandscapeId, (params?: Readonly<Record<string, number>>) => Landscape>
> = {
  bowl: createBowl,
  rosenbrock: createRosenbrock,
  beale: createBeale,
  himmelblau: createHimmelblau,
  saddle: createSaddle,
};

/** Every landscape id, in the order the site lists them. */
export const landscapeIds: readonly LandscapeId[] = [
  'rosenbrock',
  'beale',
  'himmelblau',
  'bowl',
  'saddle',
];

/** Builds the landscape `id` with `params` (defaults for any not given; out-of-range throws). */
export function createLandscape(
  id: LandscapeId,
  params: Readonly<Record<string, number>> = {},
): Landscape {
  const factory = Object.hasOwn(factories, id) ? factories[id] : undefined;
  if (factory === undefined)
    throw new RangeError(`Unknown landscape ${JSON.stringify(id as string)}.`);
  return factory(params);
}
