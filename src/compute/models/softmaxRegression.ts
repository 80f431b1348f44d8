/** Softmax (multinomial logistic) regression: K linear scores and a softmax over them. */
import { softmax } from '../activations';
import { crossEntropy } from '../losses/crossEntropy';
import type { LossParams } from '../types';
import { featureAt, pointwiseVariable } from './features';
import type { Dataset, Features, FitLoss, Model, ParamLossResult } from './types';

/** The K logits zₖ = wₖ·x + bₖ of params laid out row by row: [w₁₁ … w₁d, b₁, w₂₁ …]. */
export function softmaxLogits(params: readonly number[], x: Features, nClasses: number): number[] {
  const stride = params.length / nClasses;
  const d = stride - 1;
  const z = new Array<number>(nClasses);
  for (let k = 0; k < nClasses; k++) {
    const o = k * stride;
    let s = params[o + d] as number;
    for (let j = 0; j < d; j++) s += (params[o + j] as number) * featureAt(x, j);
    z[k] = s;
  }
  return z;
}

function argmax(v: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if ((v[k] as number) > (v[best] as number)) best = k;
  return best;
}

/**
 * Softmax regression with d features (default 2) and K classes (default 3), labels 0..K−1. With no
 * loss, or a loss whose `variable` is 'logits' and pointwise variable 'probability' (the registry's
 * cross-entropy), it uses the batch `crossEntropy`, stable for any logit; another 'probability'
 * loss ℓ(p) on p = softmax(z)_y is chained through ∂p_y/∂zₖ = p_y(δₖy − pₖ).
 */
export function createSoftmaxRegression(nFeatures = 2, nClasses = 3): Model {
  if (!(Number.isInteger(nFeatures) && nFeatures >= 1)) {
    throw new RangeError(`createSoftmaxRegression: nFeatures must be ≥ 1, got ${nFeatures}`);
  }
  if (!(Number.isInteger(nClasses) && nClasses >= 2)) {
    throw new RangeError(`createSoftmaxRegression: nClasses must be ≥ 2, got ${nClasses}`);
  }
  const stride = nFeatures + 1;
  const lossAndGrad = (
    params: readonly number[],
    data: Dataset,
    loss: FitLoss | undefined,
    lossParams?: LossParams,
    indices?: readonly number[],
  ): ParamLossResult => {
    const rows = indices ?? data.y.map((_, i) => i);
    const n = rows.length;
    if (n === 0)
      throw new RangeError('The batch is empty, and the mean of no losses is undefined.');
    const logits = rows.map((i) => softmaxLogits(params, data.x[i] as Features, nClasses));
    const targets = rows.map((i) => data.y[i] as number);
    // Cross-entropy (no loss given, or the registry's entry: logits in, plotted against p_y) goes
    // through the stable batch `crossEntropy`; any other probability loss through the chain rule.
    const variable = loss === undefined ? 'probability' : pointwiseVariable(loss);
    const isCrossEntropy =
      loss === undefined || (loss.variable === 'logits' && variable === 'probability');
    let value: number;
    let dLdz: number[][];
    if (isCrossEntropy) {
      ({ loss: value, grad: dLdz } = crossEntropy(logits, targets));
    } else if (variable === 'probability') {
      value = 0;
      dLdz = logits.map((z, r) => {
        const t = targets[r] as number;
        const p = softmax(z);
        const pt = p[t];
        if (pt === undefined) throw new RangeError(`Label ${t} is not a class 0..${nClasses - 1}.`);
        value += loss.value(pt, lossParams);
        const g = loss.derivative(pt, lossParams) * pt;
        return p.map((pk, k) => (g * ((k === t ? 1 : 0) - pk)) / n);
      });
      value /= n;
    } else {
      throw new RangeError(
        `Softmax regression takes cross-entropy on logits or a probability loss; this loss reads its ${variable}.`,
      );
    }
    const grad = new Array<number>(nClasses * stride).fill(0);
    rows.forEach((i, r) => {
      const x = data.x[i] as Features;
      const g = dLdz[r] as number[];
      for (let k = 0; k < nClasses; k++) {
        const gk = g[k] as number;
        const o = k * stride;
        for (let j = 0; j < nFeatures; j++)
          grad[o + j] = (grad[o + j] as number) + gk * featureAt(x, j);
        grad[o + nFeatures] = (grad[o + nFeatures] as number) + gk;
      }
    });
    return { loss: value, grad };
  };
  return {
    kind: 'softmax',
    nFeatures,
    nClasses,
    nParams: nClasses * stride,
    initialParams: () => new Array<number>(nClasses * stride).fill(0),
    predict: (params, x) => argmax(softmaxLogits(params, x, nClasses)),
    classify: (params, x) => argmax(softmaxLogits(params, x, nClasses)),
    lossAndGrad,
  };
}
