/** Linear regression ŷ = w·x + b, with one feature or many. */
import { featureAt } from './features';
import { linearGradient } from './linearGradient';
import type { Features, Model } from './types';

/** The linear score w·x + b of params [w₁ … w_d, b]. */
export function linearScore(params: readonly number[], x: Features): number {
  const d = params.length - 1;
  let s = params[d] as number;
  for (let j = 0; j < d; j++) s += (params[j] as number) * featureAt(x, j);
  return s;
}

/**
 * Linear regression with d features (default 1) and params [w₁ … w_d, b]; trained with a residual
 * loss (r = ŷ − y), or a margin / probability loss to use it as a linear classifier.
 */
export function createLinearRegression(nFeatures = 1): Model {
  if (!(Number.isInteger(nFeatures) && nFeatures >= 1)) {
    throw new RangeError(`createLinearRegression: nFeatures must be ≥ 1, got ${nFeatures}`);
  }
  return {
    kind: 'linear',
    nFeatures,
    nClasses: 1,
    nParams: nFeatures + 1,
    initialParams: () => new Array<number>(nFeatures + 1).fill(0),
    predict: linearScore,
    classify: (params, x) => (linearScore(params, x) > 0 ? 1 : 0),
    lossAndGrad(params, data, loss, lossParams, indices) {
      if (loss === undefined) throw new RangeError('Linear regression needs a loss, e.g. MSE.');
      return linearGradient(params, data, loss, lossParams, indices);
    },
  };
}
