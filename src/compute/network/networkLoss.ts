import { forward } from './forward';
import { outputLoss } from './loss';
import type { Network, NetworkLossKind } from './types';

/** The loss of the network on one example (a forward pass and the output loss only). */
export function networkLoss(
  network: Network,
  input: readonly number[],
  target: readonly number[],
  lossKind: NetworkLossKind,
): number {
  const trace = forward(network, input);
  const last = network.layers[network.layers.length - 1]!;
  return outputLoss(lossKind, last.activation, trace.layers[trace.layers.length - 1]!, target).loss;
}
