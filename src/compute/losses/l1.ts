import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/**
 * Mean absolute error mean(|xᵢ − yᵢ|), as torch.nn.functional.l1_loss; the subgradient at a zero
 * residual is 0, as autograd's sign(0) gives.
 */
export function l1Loss(input: readonly number[], target: readonly number[]): LossResult<number[]> {
  const n = assertSameLength('l1Loss', input, target, 'input', 'target');
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (input[i] as number) - (target[i] as number);
    sum += Math.abs(r);
    grad[i] = r > 0 ? 1 / n : r < 0 ? -1 / n : 0;
  }
  return { loss: sum / n, grad };
}
