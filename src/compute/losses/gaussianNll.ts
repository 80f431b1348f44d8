import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `gaussianNllLoss`, as torch.nn.functional.gaussian_nll_loss names them. */
export interface GaussianNllOptions {
  /** Add the constant ½log(2π) (default false). */
  readonly full?: boolean;
  /** The variance is clamped below at eps > 0 (default 1e-6). */
  readonly eps?: number;
}

/** `gaussianNllLoss`'s result: the gradient w.r.t. the input, and w.r.t. the variance as given. */
export type GaussianNllResult = LossResult<number[]> & { gradVariance: number[] | number };

/**
 * Gaussian negative log-likelihood ½·mean(log v + (x − t)²/v), v = max(variance, eps), as
 * torch.nn.functional.gaussian_nll_loss (mean reduction). The variance is one number (shared by
 * every element) or one per element, and must be ≥ 0. torch clamps it under no_grad, so its
 * gradient ½(1/v − r²/v²)/N is evaluated at the clamped v yet still flows where it was clamped.
 */
export function gaussianNllLoss(
  input: readonly number[],
  target: readonly number[],
  variance: number | readonly number[],
  { full = false, eps = 1e-6 }: GaussianNllOptions = {},
): GaussianNllResult {
  const name = 'gaussianNllLoss';
  const n = assertSameLength(name, input, target, 'input', 'target');
  if (!(eps > 0)) throw new RangeError(`${name}: eps must be positive, got ${eps}`);
  const shared = typeof variance === 'number';
  if (!shared && variance.length !== n) {
    throw new RangeError(`${name}: variance has ${variance.length} elements but input has ${n}`);
  }
  const grad = new Array<number>(n);
  const gradVariance = new Array<number>(shared ? 1 : n).fill(0);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const given = shared ? variance : (variance[i] as number);
    if (!(given >= 0)) throw new RangeError(`${name}: variance ${given} is negative`);
    const v = Math.max(given, eps);
    const r = (input[i] as number) - (target[i] as number);
    sum += 0.5 * (Math.log(v) + (r * r) / v);
    grad[i] = r / v / n;
    const j = shared ? 0 : i;
    gradVariance[j] = (gradVariance[j] as number) + (0.5 * (1 / v - (r * r) / (v * v))) / n;
  }
  const loss = sum / n + (full ? 0.5 * Math.log(2 * Math.PI) : 0);
  return { loss, grad, gradVariance: shared ? (gradVariance[0] as number) : gradVariance };
}
