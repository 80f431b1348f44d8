import type { Layer, Network, NetworkActivation } from './types';

/** The explicit weights of one layer. */
export interface LayerWeights {
  readonly weights: readonly (readonly number[])[];
  readonly biases: readonly number[];
  readonly activation: NetworkActivation;
}

/** A network from explicit weights (rows = neurons), copied and checked for consistent shapes. */
export function createNetworkFromWeights(
  inputSize: number,
  layers: readonly LayerWeights[],
): Network {
  if (!Number.isInteger(inputSize) || inputSize < 1) {
    throw new RangeError(`inputSize must be a positive integer, got ${inputSize}`);
  }
  if (layers.length === 0) throw new RangeError('A network needs at least one layer');
  let fanIn = inputSize;
  const copied: Layer[] = layers.map((layer, l) => {
    if (layer.weights.length === 0) throw new RangeError(`Layer ${l} has no neurons`);
    if (layer.biases.length !== layer.weights.length) {
      throw new RangeError(
        `Layer ${l}: ${layer.weights.length} weight rows but ${layer.biases.length} biases`,
      );
    }
    for (const [j, row] of layer.weights.entries()) {
      if (row.length !== fanIn) {
        throw new RangeError(`Layer ${l}, neuron ${j}: ${row.length} weights, expected ${fanIn}`);
      }
    }
    fanIn = layer.weights.length;
    return {
      weights: layer.weights.map((row) => [...row]),
      biases: [...layer.biases],
      activation: layer.activation,
    };
  });
  return { inputSize, layers: copied };
}
