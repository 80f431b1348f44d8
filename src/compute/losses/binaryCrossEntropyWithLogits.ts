import { sigmoid, softplus } from '../activations';
import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `binaryCrossEntropyWithLogits`. */
export interface BinaryCrossEntropyWithLogitsOptions {
  /** Weight of the positive term (torch's pos_weight, one value for every element); default 1. */
  readonly posWeight?: number;
}

/**
 * Binary cross-entropy on logits, as torch.nn.functional.binary_cross_entropy_with_logits:
 * ℓ = (1 − y)·x + (1 + (w − 1)·y)·softplus(−x), finite for any logit. The gradient is
 * ((1 + (w − 1)y)·σ(x) − w·y)/N, which is (σ(x) − y)/N when w = 1.
 */
export function binaryCrossEntropyWithLogits(
  logits: readonly number[],
  targets: readonly number[],
  { posWeight = 1 }: BinaryCrossEntropyWithLogitsOptions = {},
): LossResult<number[]> {
  const n = assertSameLength('binaryCrossEntropyWithLogits', logits, targets, 'logits', 'targets');
  if (!Number.isFinite(posWeight)) {
    throw new RangeError(
      `binaryCrossEntropyWithLogits: posWeight must be finite, got ${posWeight}`,
    );
  }
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = logits[i] as number;
    const y = targets[i] as number;
    const logWeight = 1 + (posWeight - 1) * y;
    sum += (1 - y) * x + logWeight * softplus(-x);
    grad[i] = (logWeight * sigmoid(x) - posWeight * y) / n;
  }
  return { loss: sum / n, grad };
}
