import type { LossResult } from '../types';
import { assertSameLength, assertSignLabels } from './assert';

/**
 * Hinge loss mean(max(0, 1 − yᵢsᵢ)) for labels in {−1, +1}. The subgradient w.r.t. sᵢ is −yᵢ/N
 * where the margin yᵢsᵢ < 1 and 0 where it is ≥ 1: exactly at the kink (margin 1) it is 0, as
 * autograd gives for torch.relu(1 − y·s) (relu′(0) = 0; clamp_min would pass −y there instead).
 */
export function hingeLoss(
  scores: readonly number[],
  labels: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('hingeLoss', scores, labels, 'scores', 'labels');
  assertSignLabels('hingeLoss', labels);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number;
    const slack = 1 - y * (scores[i] as number);
    if (slack > 0) {
      sum += slack;
      grad[i] = -y / n;
    } else {
      grad[i] = 0;
    }
  }
  return { loss: sum / n, grad };
}
