import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `quantileLoss`. */
export interface QuantileOptions {
  /** The quantile τ in [0, 1] (default 0.5, half the L1 loss). */
  readonly tau?: number;
}

/**
 * Quantile (pinball) loss (Koenker & Bassett 1978) on r = target − input: τ·r for r ≥ 0, else
 * (τ − 1)·r. The gradient w.r.t. the input is −τ/N where r > 0 and (1 − τ)/N where r < 0; at
 * r = 0 it is 0, a valid subgradient for every τ and the same choice as l1Loss.
 */
export function quantileLoss(
  input: readonly number[],
  target: readonly number[],
  { tau = 0.5 }: QuantileOptions = {},
): LossResult<number[]> {
  const n = assertSameLength('quantileLoss', input, target, 'input', 'target');
  if (!(tau >= 0 && tau <= 1))
    throw new RangeError(`quantileLoss: tau must be in [0, 1], got ${tau}`);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = (target[i] as number) - (input[i] as number);
    if (r >= 0) {
      sum += tau * r;
      grad[i] = r > 0 ? -tau / n : 0;
    } else {
      sum += (tau - 1) * r;
      grad[i] = (1 - tau) / n;
    }
  }
  return { loss: sum / n, grad };
}
