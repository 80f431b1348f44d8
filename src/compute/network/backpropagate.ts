import { activationDerivative } from './activation';
import { outputLoss } from './loss';
import type { BackwardTrace, ForwardTrace, Network, NetworkLossKind } from './types';

/**
 * The backward pass (Rumelhart, Hinton & Williams 1986): δ = ∂L/∂z at the output from the loss,
 * then δ[l][k] = f′(z[l][k]) · Σⱼ W[l+1][j][k] · δ[l+1][j] layer by layer back, and
 * ∂L/∂W[l][j][k] = δ[l][j] · a[l−1][k], ∂L/∂b[l][j] = δ[l][j].
 */
export function backpropagate(
  network: Network,
  trace: ForwardTrace,
  target: readonly number[],
  lossKind: NetworkLossKind,
): BackwardTrace {
  const count = network.layers.length;
  const last = network.layers[count - 1]!;
  const { loss, outputGradient, outputDelta } = outputLoss(
    lossKind,
    last.activation,
    trace.layers[count - 1]!,
    target,
  );
  const deltas: number[][] = new Array<number[]>(count);
  deltas[count - 1] = outputDelta;
  for (let l = count - 2; l >= 0; l--) {
    const layer = network.layers[l]!;
    const next = network.layers[l + 1]!;
    const nextDelta = deltas[l + 1]!;
    const { z, a } = trace.layers[l]!;
    deltas[l] = z.map((zk, k) => {
      let sum = 0;
      for (let j = 0; j < next.weights.length; j++) sum += next.weights[j]![k]! * nextDelta[j]!;
      return sum * activationDerivative(layer.activation, zk, a[k]!);
    });
  }
  const weights = network.layers.map((layer, l) => {
    const previous = l === 0 ? trace.input : trace.layers[l - 1]!.a;
    return layer.weights.map((_, j) => previous.map((ak) => deltas[l]![j]! * ak));
  });
  return {
    loss,
    outputGradient,
    deltas,
    gradients: { weights, biases: deltas.map((d) => [...d]) },
  };
}
