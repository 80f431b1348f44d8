import type { LossResult } from '../types';
import { assertMatrix, assertSameLength, type Matrix } from './assert';

/** Options of `crossEntropy`, as torch.nn.functional.cross_entropy names them. */
export interface CrossEntropyOptions {
  /** ε in [0, 1]: the target becomes (1 − ε)·target + ε/C (default 0). */
  readonly labelSmoothing?: number;
  /** A rescaling weight per class (length C). */
  readonly weight?: readonly number[];
  /** A class-index target equal to this contributes nothing (default −100, torch's). */
  readonly ignoreIndex?: number;
}

/**
 * Cross-entropy of softmax(logits) against class indices or class probabilities, as
 * torch.nn.functional.cross_entropy (PyTorch 1.13, aten/src/ATen/native/LossNLL.cpp), mean
 * reduction. With log-probabilities ℓ = log_softmax(logits), weights w and C classes:
 *
 * - indices t: L = [(1 − ε)·Σᵢ w_tᵢ(−ℓᵢ,tᵢ) + (ε/C)·Σᵢ Σ_c w_c(−ℓᵢ,c)] / Σᵢ w_tᵢ, sums over the
 *   rows not ignored. torch adds the smoothing term to the weighted NLL and divides it by the
 *   same Σᵢ w_tᵢ, so the smoothing mass of each class is weighted by that class's own w_c;
 * - probabilities T: L = −Σᵢ Σ_c w_c·((1 − ε)Tᵢ,c + ε/C)·ℓᵢ,c / N (divided by N, not by weights).
 *
 * Both are −Σ qᵢ,c ℓᵢ,c / D for a weighted target q, whose gradient is (pᵢ,c·Σ_k qᵢ,k − qᵢ,c) / D.
 * Throws a RangeError when D = 0 (every row ignored or of weight 0), where torch returns NaN.
 */
export function crossEntropy(
  logits: Matrix,
  target: readonly number[] | Matrix,
  { labelSmoothing = 0, weight, ignoreIndex = -100 }: CrossEntropyOptions = {},
): LossResult<number[][]> {
  const name = 'crossEntropy';
  const classes = assertMatrix(name, logits, 'logits');
  const n = assertSameLength(name, logits, target, 'logits', 'target');
  if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
    throw new RangeError(`${name}: labelSmoothing must be in [0, 1], got ${labelSmoothing}`);
  }
  if (weight !== undefined && weight.length !== classes) {
    throw new RangeError(
      `${name}: weight has ${weight.length} entries but there are ${classes} classes`,
    );
  }
  const w: readonly number[] = weight ?? new Array<number>(classes).fill(1);
  let weightTotal = 0;
  for (const wc of w) weightTotal += wc;
  const spread = labelSmoothing / classes;
  const soft = Array.isArray(target[0]);

  // First pass: validate the targets and find the divisor D.
  let divisor = 0;
  if (soft) {
    if (ignoreIndex >= 0) {
      throw new RangeError(`${name}: ignoreIndex is not supported for probability targets`);
    }
    target.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== classes) {
        throw new RangeError(`${name}: target row ${i} must be ${classes} class probabilities`);
      }
    });
    divisor = n;
  } else {
    target.forEach((t, i) => {
      if (typeof t !== 'number') {
        throw new RangeError(`${name}: target mixes class indices and probability rows`);
      }
      if (t === ignoreIndex) return;
      if (!Number.isInteger(t) || t < 0 || t >= classes) {
        throw new RangeError(
          `${name}: target[${i}] is ${t}; class indices lie in 0..${classes - 1}`,
        );
      }
      divisor += w[t] as number;
    });
  }
  if (divisor === 0) {
    throw new RangeError(
      `${name}: no target carries weight (all ignored or weight 0); the mean is 0/0`,
    );
  }

  // Second pass: −Σ q·ℓ and (p·Σq − q)/D row by row; a zero q skips its term, so a logit of
  // −Infinity under a zero target gives 0 rather than 0·(−∞) = NaN.
  let sum = 0;
  const grad = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const z = logits[i] as readonly number[];
    const g = new Array<number>(classes);
    grad[i] = g;
    const t = target[i] as number | readonly number[];
    if (t === ignoreIndex) {
      g.fill(0);
      continue;
    }
    // log-sum-exp shifted by the row's maximum; g holds e^(z − max) until it becomes the gradient.
    let max = -Infinity;
    for (let c = 0; c < classes; c++) if ((z[c] as number) > max) max = z[c] as number;
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp((z[c] as number) - max);
      g[c] = e;
      total += e;
    }
    const lse = max + Math.log(total);
    if (typeof t !== 'number') {
      let mass = 0;
      for (let c = 0; c < classes; c++) {
        const q = ((1 - labelSmoothing) * (t[c] as number) + spread) * (w[c] as number);
        mass += q;
        if (q !== 0) sum -= q * ((z[c] as number) - lse);
      }
      for (let c = 0; c < classes; c++) {
        const q = ((1 - labelSmoothing) * (t[c] as number) + spread) * (w[c] as number);
        g[c] = (((g[c] as number) / total) * mass - q) / divisor;
      }
      continue;
    }
    const hard = (1 - labelSmoothing) * (w[t] as number); // the target class's own share of q
    const mass = spread * weightTotal + hard;
    for (let c = 0; c < classes; c++) {
      const q = spread * (w[c] as number);
      if (q !== 0) sum -= q * ((z[c] as number) - lse);
      g[c] = (((g[c] as number) / total) * mass - q) / divisor;
    }
    if (hard !== 0) sum -= hard * ((z[t] as number) - lse);
    g[t] = (g[t] as number) - hard / divisor;
  }
  return { loss: sum / divisor, grad };
}
