import { randomLcg, randomUniform } from 'd3-random';
import { createNetworkFromWeights } from './createNetworkFromWeights';
import type { Network, NetworkActivation } from './types';

/** The shape of a network to initialize: layer sizes (input first) and one activation per layer. */
export interface NetworkSpec {
  /** Neurons per layer, the input first: [2, 2, 1] is the 2-2-1 network. */
  readonly sizes: readonly number[];
  /** One activation per layer after the input (sizes.length − 1 of them). */
  readonly activations: readonly NetworkActivation[];
  /** Seed of the weight initialization; the same seed gives the same network. */
  readonly seed?: number;
}

/**
 * A network with Glorot-uniform weights, U(−√(6/(fan_in + fan_out)), +√(…)) (Glorot & Bengio
 * 2010), and zero biases, drawn from a seeded LCG.
 */
export function createNetwork(spec: NetworkSpec): Network {
  const { sizes, activations, seed = 0 } = spec;
  if (sizes.length < 2 || activations.length !== sizes.length - 1) {
    throw new RangeError('createNetwork needs sizes (input first) and one activation per layer');
  }
  const source = randomLcg(seed);
  const layers = activations.map((activation, l) => {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const draw = randomUniform.source(source)(-limit, limit);
    return {
      weights: Array.from({ length: fanOut }, () => Array.from({ length: fanIn }, () => draw())),
      biases: new Array<number>(fanOut).fill(0),
      activation,
    };
  });
  return createNetworkFromWeights(sizes[0]!, layers);
}
