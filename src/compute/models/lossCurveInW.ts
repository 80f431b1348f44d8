/** The loss of a one-feature line as a function of its weight w, for plotting. */
import type { LossParams } from '../types';
import { linearGradient } from './linearGradient';
import { mseLinear1D } from './mseLinear1D';
import type { FitLoss } from './types';

/** One sample of the curve: the weight, the loss there, and its slope ∂L/∂w. */
export interface LossCurveSample {
  readonly w: number;
  readonly loss: number;
  readonly dLdw: number;
}

/**
 * L(w) for ŷ = w·x + b at n evenly spaced w in wRange (ends included), with b held fixed; the loss
 * is MSE unless a pointwise `loss` is given.
 */
export function lossCurveInW(
  data: { readonly x: readonly number[]; readonly y: readonly number[] },
  b: number,
  wRange: readonly [number, number],
  n: number,
  loss?: FitLoss,
  lossParams?: LossParams,
): LossCurveSample[] {
  if (!(Number.isInteger(n) && n >= 2))
    throw new RangeError(`lossCurveInW: n must be ≥ 2, got ${n}`);
  const [lo, hi] = wRange;
  return Array.from({ length: n }, (_, i) => {
    const w = lo + ((hi - lo) * i) / (n - 1);
    if (loss === undefined) {
      const r = mseLinear1D(w, b, data);
      return { w, loss: r.loss, dLdw: r.dLdw };
    }
    const r = linearGradient([w, b], data, loss, lossParams);
    return { w, loss: r.loss, dLdw: r.grad[0] as number };
  });
}
