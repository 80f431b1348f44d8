import type { LossResult } from '../types';
import { assertSameLength, assertSignLabels } from './assert';

/** Squared hinge loss mean(max(0, 1 − yᵢsᵢ)²) for labels in {−1, +1}; differentiable everywhere. */
export function squaredHingeLoss(
  scores: readonly number[],
  labels: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('squaredHingeLoss', scores, labels, 'scores', 'labels');
  assertSignLabels('squaredHingeLoss', labels);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number;
    const slack = Math.max(0, 1 - y * (scores[i] as number));
    sum += slack * slack;
    grad[i] = slack > 0 ? (-2 * y * slack) / n : 0;
  }
  return { loss: sum / n, grad };
}
