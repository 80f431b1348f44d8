import { sigmoid, softplus } from '../activations';
import { activationDerivative } from './activation';
import type { LayerTrace, NetworkActivation, NetworkLossKind } from './types';

/** The loss at the output layer, its gradient ∂L/∂a and the output deltas ∂L/∂z. */
export interface OutputLoss {
  readonly loss: number;
  readonly outputGradient: number[];
  readonly outputDelta: number[];
}

/**
 * The loss of the output layer against `target`, averaged over the outputs as PyTorch's
 * reduction='mean' does. MSE: mean (a − y)². BCE (needs a sigmoid output): mean of
 * −[y log a + (1 − y) log(1 − a)], evaluated from the logit z as softplus(z) − y·z, which is the
 * same number without overflow or log(0) (no −100 clamp is ever needed), and whose δ is
 * a − y over the number of outputs.
 */
export function outputLoss(
  kind: NetworkLossKind,
  activation: NetworkActivation,
  out: LayerTrace,
  target: readonly number[],
): OutputLoss {
  const n = out.a.length;
  if (target.length !== n) throw new RangeError(`Expected ${n} targets, got ${target.length}`);
  let loss = 0;
  const outputGradient: number[] = [];
  const outputDelta: number[] = [];
  for (let j = 0; j < n; j++) {
    const z = out.z[j]!;
    const a = out.a[j]!;
    const y = target[j]!;
    if (kind === 'bce') {
      if (activation !== 'sigmoid') throw new RangeError("'bce' needs a sigmoid output layer");
      loss += softplus(z) - y * z;
      // ∂L/∂a = (−y/a + (1 − y)/(1 − a)) / n, a zero coefficient dropping its term so that a
      // saturated a = 1 with y = 1 gives 0, not 0/0. δ = ∂L/∂a · σ′(z) simplifies to (σ(z) − y)/n.
      const fromOne = y === 0 ? 0 : -y / a;
      const fromZero = y === 1 ? 0 : (1 - y) / (1 - a);
      outputGradient.push((fromOne + fromZero) / n);
      outputDelta.push((sigmoid(z) - y) / n);
    } else {
      loss += (a - y) * (a - y);
      const g = (2 * (a - y)) / n;
      outputGradient.push(g);
      outputDelta.push(g * activationDerivative(activation, z, a));
    }
  }
  return { loss: loss / n, outputGradient, outputDelta };
}
