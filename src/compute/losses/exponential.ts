import type { LossResult } from '../types';
import { assertSameLength, assertSignLabels } from './assert';

/**
 * Exponential loss mean(e^(−yᵢsᵢ)) for labels in {−1, +1} (AdaBoost's loss; Friedman, Hastie &
 * Tibshirani 2000). Its true value exceeds the largest double once a margin falls below about
 * −709.78, and it then returns +Infinity (never NaN): no finite number would be honest there.
 */
export function exponentialLoss(
  scores: readonly number[],
  labels: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('exponentialLoss', scores, labels, 'scores', 'labels');
  assertSignLabels('exponentialLoss', labels);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number;
    const e = Math.exp(-y * (scores[i] as number));
    sum += e;
    grad[i] = (-y * e) / n;
  }
  return { loss: sum / n, grad };
}
