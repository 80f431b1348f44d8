/** Binary logistic regression: score s = w·x + b, P(y = 1 | x) = σ(s). */
import { sigmoid, softplus } from '../activations';
import type { LossParams } from '../types';
import { linearGradient } from './linearGradient';
import { linearScore } from './linearRegression';
import type { Dataset, FitLoss, Model, ParamLossResult } from './types';

/** The logistic loss log(1 + e^(−z)) as a margin loss, the default of `createLogisticRegression`. */
export const logisticMarginLoss: FitLoss = {
  variable: 'margin',
  value: (z) => softplus(-z),
  derivative: (z) => -sigmoid(-z),
};

/**
 * Logistic regression with d features (default 2) and params [w₁ … w_d, b]. Labels are {0, 1} or
 * {−1, +1} (y > 0 is the positive class); it trains with a margin loss on z = y·s (default: the
 * logistic loss, i.e. binary cross-entropy with logits), a probability loss on p = σ(z), or a
 * logit loss of s with a `target` parameter (the registry's BCE with logits).
 */
export function createLogisticRegression(nFeatures = 2): Model {
  if (!(Number.isInteger(nFeatures) && nFeatures >= 1)) {
    throw new RangeError(`createLogisticRegression: nFeatures must be ≥ 1, got ${nFeatures}`);
  }
  const lossAndGrad = (
    params: readonly number[],
    data: Dataset,
    loss: FitLoss | undefined,
    lossParams?: LossParams,
    indices?: readonly number[],
  ): ParamLossResult => {
    const l = loss ?? logisticMarginLoss;
    if ((l.domain?.variable ?? l.variable) === 'residual') {
      throw new RangeError(
        'Logistic regression takes a margin or probability loss; a residual loss is for regression.',
      );
    }
    return linearGradient(params, data, l, lossParams, indices);
  };
  return {
    kind: 'logistic',
    nFeatures,
    nClasses: 2,
    nParams: nFeatures + 1,
    initialParams: () => new Array<number>(nFeatures + 1).fill(0),
    predict: (params, x) => sigmoid(linearScore(params, x)),
    classify: (params, x) => (linearScore(params, x) > 0 ? 1 : 0),
    lossAndGrad,
  };
}
