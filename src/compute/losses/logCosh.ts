import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Mean log-cosh loss mean(log cosh(xᵢ − yᵢ)); its gradient is tanh(r)/N. */
export function logCoshLoss(
  input: readonly number[],
  target: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('logCoshLoss', input, target, 'input', 'target');
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (input[i] as number) - (target[i] as number);
    const a = Math.abs(r);
    // log cosh r = |r| + log1p(e^(−2|r|)) − log 2: cosh itself overflows past |r| ≈ 710.
    sum += a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
    grad[i] = Math.tanh(r) / n;
  }
  return { loss: sum / n, grad };
}
