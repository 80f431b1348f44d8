/** Types shared by the models and `fit`. */
import type { LossParams, LossVariable, PointwiseLoss } from '../types';

/** One input row: a number for a single feature, or an array of features. */
export type Features = number | readonly number[];

/**
 * Training data: inputs and targets (a real value for regression, a label for classification:
 * {0, 1} or {−1, +1} for binary models, where any y > 0 is the positive class, 0..K−1 for softmax).
 */
export interface Dataset {
  readonly x: readonly Features[];
  readonly y: readonly number[];
}

/**
 * A pointwise loss with the variable it reads. Registry entries qualify; when an entry has a
 * `domain`, its `domain.variable` (the scalar `value` takes) is used in place of `variable`.
 */
export interface FitLoss extends PointwiseLoss {
  readonly variable: LossVariable;
  readonly domain?: { readonly variable: string };
}

/** A mean loss over a batch and its gradient with respect to the parameters. */
export interface ParamLossResult {
  readonly loss: number;
  readonly grad: number[];
}

/** What kind of model a `Model` is. */
export type ModelKind = 'linear' | 'logistic' | 'softmax';

/** A parametric model that `fit` can train: flat parameters, a batch loss and its gradient. */
export interface Model {
  readonly kind: ModelKind;
  /** Number of input features d. */
  readonly nFeatures: number;
  /** Number of classes (1 for regression, 2 for logistic). */
  readonly nClasses: number;
  /** Length of the flat parameter vector. */
  readonly nParams: number;
  /** Starting parameters (all zero). */
  initialParams(): number[];
  /**
   * The model's output for one row: ŷ (linear), P(positive class) (logistic), the predicted class
   * (softmax).
   */
  predict(params: readonly number[], x: Features): number;
  /** The predicted class 0..K−1 for one row (linear: 1 when ŷ > 0). */
  classify(params: readonly number[], x: Features): number;
  /**
   * The mean loss over the rows `indices` (default all) and its gradient. A loss the model cannot
   * use throws a RangeError that says why.
   */
  lossAndGrad(
    params: readonly number[],
    data: Dataset,
    loss: FitLoss | undefined,
    lossParams?: LossParams,
    indices?: readonly number[],
  ): ParamLossResult;
}
