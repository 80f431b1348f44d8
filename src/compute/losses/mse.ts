import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Mean squared error mean((xᵢ − yᵢ)²), as torch.nn.functional.mse_loss. */
export function mseLoss(input: readonly number[], target: readonly number[]): LossResult<number[]> {
  const n = assertSameLength('mseLoss', input, target, 'input', 'target');
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (input[i] as number) - (target[i] as number);
    sum += r * r;
    grad[i] = (2 * r) / n;
  }
  return { loss: sum / n, grad };
}
