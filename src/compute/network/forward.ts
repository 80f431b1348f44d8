import { activate } from './activation';
import type { ForwardTrace, LayerTrace, Network } from './types';

/** The forward pass: z = W·a_prev + b and a = f(z) for every neuron of every layer. */
export function forward(network: Network, input: readonly number[]): ForwardTrace {
  if (input.length !== network.inputSize) {
    throw new RangeError(`Expected ${network.inputSize} inputs, got ${input.length}`);
  }
  const layers: LayerTrace[] = [];
  let previous: readonly number[] = input;
  for (const layer of network.layers) {
    const z = layer.weights.map((row, j) => {
      let sum = layer.biases[j]!;
      for (let k = 0; k < row.length; k++) sum += row[k]! * previous[k]!;
      return sum;
    });
    const a = z.map((zj) => activate(layer.activation, zj));
    layers.push({ z, a });
    previous = a;
  }
  return { input: [...input], layers, output: previous };
}
