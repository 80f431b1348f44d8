import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `huberLoss`. */
export interface HuberOptions {
  /** Where the quadratic turns linear; δ > 0 (default 1). */
  readonly delta?: number;
}

/**
 * Huber loss, as torch.nn.functional.huber_loss: ½r² for |r| < δ, else δ(|r| − ½δ), with
 * r = input − target. The gradient is r inside and ±δ outside (continuous at |r| = δ).
 */
export function huberLoss(
  input: readonly number[],
  target: readonly number[],
  { delta = 1 }: HuberOptions = {},
): LossResult<number[]> {
  const n = assertSameLength('huberLoss', input, target, 'input', 'target');
  if (!(delta > 0)) throw new RangeError(`huberLoss: delta must be positive, got ${delta}`);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (input[i] as number) - (target[i] as number);
    const a = Math.abs(r);
    if (a < delta) {
      sum += 0.5 * r * r;
      grad[i] = r / n;
    } else {
      sum += delta * (a - 0.5 * delta);
      grad[i] = (r > 0 ? delta : -delta) / n;
    }
  }
  return { loss: sum / n, grad };
}
