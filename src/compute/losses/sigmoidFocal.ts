import { sigmoid, softplus } from '../activations';
import type { LossResult } from '../types';
import { assertSameLength } from './assert';

/** Options of `sigmoidFocalLoss`. */
export interface SigmoidFocalOptions {
  /** Weight of the positive class, α in [0, 1]; a negative α turns the weighting off. Default 0.25. */
  readonly alpha?: number;
  /** Focusing exponent γ ≥ 0 (default 2); γ = 0 with α < 0 is plain BCE with logits. */
  readonly gamma?: number;
}

/**
 * Sigmoid focal loss (Lin et al. 2017) as torchvision.ops.sigmoid_focal_loss with reduction
 * 'mean': ℓ = α_t·(1 − p_t)^γ·BCE(x, y), p_t = p·y + (1 − p)(1 − y), α_t = α·y + (1 − α)(1 − y).
 */
export function sigmoidFocalLoss(
  logits: readonly number[],
  targets: readonly number[],
  { alpha = 0.25, gamma = 2 }: SigmoidFocalOptions = {},
): LossResult<number[]> {
  const n = assertSameLength('sigmoidFocalLoss', logits, targets, 'logits', 'targets');
  if (!(gamma >= 0)) throw new RangeError(`sigmoidFocalLoss: gamma must be ≥ 0, got ${gamma}`);
  if (!(alpha <= 1)) throw new RangeError(`sigmoidFocalLoss: alpha must be ≤ 1, got ${alpha}`);
  const grad = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = logits[i] as number;
    const y = targets[i] as number;
    const p = sigmoid(x);
    const q = sigmoid(-x); // 1 − p, without the cancellation of 1 − p when p ≈ 1
    const ce = (1 - y) * x + softplus(-x);
    const m = y * q + (1 - y) * p; // 1 − p_t
    const focus = m ** gamma;
    const at = alpha >= 0 ? alpha * y + (1 - alpha) * (1 - y) : 1;
    sum += at * ce * focus;
    // d/dx [ce·m^γ] = (p − y)·m^γ + γ·ce·m^(γ−1)·(1 − 2y)·p(1 − p). The second term tends to 0 as
    // m → 0 when γ > 0, but m^(γ−1) would be Infinity there for γ < 1, so it is skipped at m = 0.
    const focusGrad =
      gamma === 0 || m === 0 ? 0 : gamma * ce * m ** (gamma - 1) * (1 - 2 * y) * p * q;
    grad[i] = (at * ((p - y) * focus + focusGrad)) / n;
  }
  return { loss: sum / n, grad };
}
