import { applyGradients } from './applyGradients';
import { backpropagate } from './backpropagate';
import { forward } from './forward';
import { networkLoss } from './networkLoss';
import type { BackpropStep, Network, NetworkLossKind } from './types';

/** Options of one training step. */
export interface BackpropStepOptions {
  readonly loss: NetworkLossKind;
  readonly learningRate: number;
}

/** One example through forward → loss → backward → update, every number kept for display. */
export function backpropStep(
  network: Network,
  input: readonly number[],
  target: readonly number[],
  { loss: lossKind, learningRate }: BackpropStepOptions,
): BackpropStep {
  const forwardTrace = forward(network, input);
  const backwardTrace = backpropagate(network, forwardTrace, target, lossKind);
  const updated = applyGradients(network, backwardTrace.gradients, learningRate);
  const lossAfter = networkLoss(updated, input, target, lossKind);
  return {
    network,
    target: [...target],
    lossKind,
    learningRate,
    forward: forwardTrace,
    backward: backwardTrace,
    updated,
    lossAfter,
  };
}
