import type { LossResult } from '../types';
import { assertSameLength } from './assert';
import { l1Loss } from './l1';

/** Options of `smoothL1Loss`. */
export interface SmoothL1Options {
  /** Where the quadratic turns linear; β ≥ 0 (default 1); β = 0 is the L1 loss. */
  readonly beta?: number;
}

/**
 * Smooth L1 loss, as torch.nn.functional.smooth_l1_loss: ½r²/β for |r| < β, else |r| − ½β.
 * It equals huberLoss with δ = β divided by β; β = 0 falls back to l1Loss, as torch does.
 */
export function smoothL1Loss(
  input: readonly number[],
  target: readonly number[],
  { beta = 1 }: SmoothL1Options = {},
): LossResult<number[]> {
  const n = assertSameLength('smoothL1Loss', input, target, 'input', 'target');
  if (!(beta >= 0)) throw new RangeError(`smoothL1Loss: beta must be non-negative, got ${beta}`);
  if (beta === 0) return l1Loss(input, target);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (input[i] as number) - (target[i] as number);
    const a = Math.abs(r);
    if (a < beta) {
      sum += (0.5 * r * r) / beta;
      grad[i] = r / beta / n;
    } else {
      sum += a - 0.5 * beta;
      grad[i] = (r > 0 ? 1 : -1) / n;
    }
  }
  return { loss: sum / n, grad };
}
