import { randomLcg } from 'd3-random';

/**
 * A seeded source of uniform numbers in [0, 1) (d3-random's linear congruential generator), for
 * every "random" choice on the site: the same seed always gives the same sequence.
 */
export function seededRandom(seed: number): () => number {
  return randomLcg(seed);
}
