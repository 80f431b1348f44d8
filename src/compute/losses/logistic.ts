import { sigmoid, softplus } from '../activations';
import type { LossResult } from '../types';
import { assertSameLength, assertSignLabels } from './assert';

/**
 * Logistic loss mean(log(1 + e^(−yᵢsᵢ))) for labels in {−1, +1}, as softplus(−y·s) so that it is
 * finite for any score; its gradient is −yᵢσ(−yᵢsᵢ)/N (torch's soft_margin_loss).
 */
export function logisticLoss(
  scores: readonly number[],
  labels: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('logisticLoss', scores, labels, 'scores', 'labels');
  assertSignLabels('logisticLoss', labels);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number;
    const z = y * (scores[i] as number);
    sum += softplus(-z);
    grad[i] = (-y * sigmoid(-z)) / n;
  }
  return { loss: sum / n, grad };
}
