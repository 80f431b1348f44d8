import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `poissonNllLoss`, as torch.nn.functional.poisson_nll_loss names them. */
export interface PoissonNllOptions {
  /** The input is log λ (default true); otherwise it is λ itself. */
  readonly logInput?: boolean;
  /** Add Stirling's approximation of log(t!) for targets t > 1 (default false). */
  readonly full?: boolean;
  /** Added to λ inside the log when logInput is false (default 1e-8). */
  readonly eps?: number;
}

/**
 * Poisson negative log-likelihood, as torch.nn.functional.poisson_nll_loss with mean reduction:
 * e^x − t·x for a log-rate x, or λ − t·log(λ + eps) for a rate λ; with `full`, plus
 * t·log t − t + ½log(2πt) where t > 1. With a log-rate past about 709.78, e^x and the loss are
 * +Infinity, as in torch: the true value exceeds the largest double.
 */
export function poissonNllLoss(
  input: readonly number[],
  target: readonly number[],
  { logInput = true, full = false, eps = 1e-8 }: PoissonNllOptions = {},
): LossResult<number[]> {
  const n = assertSameLength('poissonNllLoss', input, target, 'input', 'target');
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = input[i] as number;
    const t = target[i] as number;
    if (logInput) {
      const rate = Math.exp(x);
      sum += rate - t * x;
      grad[i] = (rate - t) / n;
    } else {
      if (!(x + eps > 0)) {
        throw new RangeError(
          `poissonNllLoss: input[${i}] is ${x}; a rate plus eps must be positive`,
        );
      }
      sum += x - t * Math.log(x + eps);
      grad[i] = (1 - t / (x + eps)) / n;
    }
    if (full && t > 1) sum += t * Math.log(t) - t + 0.5 * Math.log(2 * Math.PI * t);
  }
  return { loss: sum / n, grad };
}
