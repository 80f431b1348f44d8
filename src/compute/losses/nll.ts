import type { LossResult } from '../types';
import { assertMatrix, assertSameLength, type Matrix } from './assert';

/** Options of `nllLoss`, as torch.nn.functional.nll_loss names them. */
export interface NllOptions {
  /** A rescaling weight per class (length C). */
  readonly weight?: readonly number[];
  /** A target equal to this contributes nothing (default −100, torch's). */
  readonly ignoreIndex?: number;
}

/**
 * Negative log-likelihood −Σᵢ w_tᵢ·logProbsᵢ,tᵢ / Σᵢ w_tᵢ over the rows not ignored, as
 * torch.nn.functional.nll_loss with mean reduction. Throws a RangeError when the divisor is 0
 * (every row ignored or of weight 0), where torch returns NaN.
 */
export function nllLoss(
  logProbs: Matrix,
  target: readonly number[],
  { weight, ignoreIndex = -100 }: NllOptions = {},
): LossResult<number[][]> {
  const name = 'nllLoss';
  const classes = assertMatrix(name, logProbs, 'logProbs');
  const n = assertSameLength(name, logProbs, target, 'logProbs', 'target');
  if (weight !== undefined && weight.length !== classes) {
    throw new RangeError(
      `${name}: weight has ${weight.length} entries but there are ${classes} classes`,
    );
  }
  let divisor = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const t = target[i] as number;
    if (t === ignoreIndex) continue;
    if (!Number.isInteger(t) || t < 0 || t >= classes) {
      throw new RangeError(`${name}: target[${i}] is ${t}; class indices lie in 0..${classes - 1}`);
    }
    const wt = weight === undefined ? 1 : (weight[t] as number);
    divisor += wt;
    if (wt !== 0) sum -= wt * ((logProbs[i] as readonly number[])[t] as number);
  }
  if (divisor === 0) {
    throw new RangeError(
      `${name}: no target carries weight (all ignored or weight 0); the mean is 0/0`,
    );
  }
  const grad = target.map((t) => {
    const g = new Array<number>(classes).fill(0);
    if (t !== ignoreIndex) g[t] = -(weight === undefined ? 1 : (weight[t] as number)) / divisor;
    return g;
  });
  return { loss: sum / divisor, grad };
}
