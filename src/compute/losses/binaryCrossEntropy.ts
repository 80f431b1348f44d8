import type { LossResult } from '../types';
import { assertSameLength } from './assert';

// torch's EPSILON is the C++ float 1e-12f; widened to double it is 9.999999960041972e-13.
const EPSILON = Math.fround(1e-12);

/**
 * Binary cross-entropy −mean(yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)) on probabilities, as
 * torch.nn.functional.binary_cross_entropy: each log is clamped at −100, so p = 0 with y = 1
 * costs 100, not Infinity. The gradient is torch's backward (pᵢ − yᵢ) / max(pᵢ(1 − pᵢ), 1e-12) / N
 * (aten/src/ATen/native/Loss.cpp), which stays finite at p = 0 or 1 (e.g. −1e12/N at p = 0, y = 1).
 */
export function binaryCrossEntropy(
  probs: readonly number[],
  targets: readonly number[],
): LossResult<number[]> {
  const n = assertSameLength('binaryCrossEntropy', probs, targets, 'probs', 'targets');
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i] as number;
    const y = targets[i] as number;
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`binaryCrossEntropy: probs[${i}] is ${p}; probabilities lie in [0, 1]`);
    }
    if (!(y >= 0 && y <= 1)) {
      throw new RangeError(`binaryCrossEntropy: targets[${i}] is ${y}; targets lie in [0, 1]`);
    }
    // log1p(−p) is log(1 − p) without the rounding of 1 − p for small p.
    const logP = Math.max(Math.log(p), -100);
    const log1mP = Math.max(Math.log1p(-p), -100);
    sum += (y - 1) * log1mP - y * logP;
    grad[i] = (p - y) / Math.max((1 - p) * p, EPSILON) / n;
  }
  return { loss: sum / n, grad };
}
