import type { Network, NetworkGradients } from './types';

/** Plain gradient descent w ← w − η·∂L/∂w on every weight and bias; returns a new network. */
export function applyGradients(
  network: Network,
  gradients: NetworkGradients,
  learningRate: number,
): Network {
  return {
    inputSize: network.inputSize,
    layers: network.layers.map((layer, l) => ({
      weights: layer.weights.map((row, j) =>
        row.map((w, k) => w - learningRate * gradients.weights[l]![j]![k]!),
      ),
      biases: layer.biases.map((b, j) => b - learningRate * gradients.biases[l]![j]!),
      activation: layer.activation,
    })),
  };
}
