/**
 * "Train with it" for the CustomLossLab: fits a small seeded dataset with the typed formula and
 * with a reference loss. Loaded on demand (a dynamic import on the first click), so the training
 * code does not weigh on the page until a reader asks for it. Pure: no DOM, no Preact.
 */

import {
  accuracy,
  blobs,
  createLinearRegression,
  createLogisticRegression,
  createOptimizer,
  fit,
  getLoss,
  lineData,
  type CompiledExpression,
  type Dataset,
  type FitLoss,
  type FitResult,
  type LossEntry,
  type Model,
} from '~/compute';
import { variableSpec, type LabVariable } from './labState';

/** The compiled formula as a loss `fit` can train with, reading its variable. */
export function formulaLoss(expression: CompiledExpression, variable: LabVariable): FitLoss {
  const spec = variableSpec(variable);
  const name = spec.id;
  return {
    variable: spec.registryVariable,
    value: (u) => expression.evaluate({ [name]: u }),
    derivative: (u) => expression.derivative({ [name]: u }, name),
  };
}

/** The training data and model of a variable (seeded, the same every time). */
export function trainingSetup(variable: LabVariable): {
  data: Dataset;
  model: Model;
  reference: LossEntry;
  outliers: boolean[];
} {
  if (variable === 'r') {
    const d = lineData({ n: 20, outliers: 3, seed: 3 });
    return {
      data: { x: d.x, y: d.y },
      model: createLinearRegression(1),
      reference: getLoss('mse'),
      outliers: d.isOutlier,
    };
  }
  const b = blobs({ nPerClass: 30, spread: 0.9, seed: 2 });
  return {
    data: { x: b.points, y: b.labels },
    model: createLogisticRegression(2),
    reference: getLoss(variable === 'z' ? 'logistic' : 'bce'),
    outliers: b.labels.map(() => false),
  };
}

/** Epochs and Adam's learning rate of "Train with it". */
export const TRAIN_EPOCHS = 150;
export const TRAIN_LR = 0.1;

/** One training run's outcome. */
export interface TrainOutcome {
  readonly result: FitResult;
  /** Classification accuracy on the training set (classifiers only). */
  readonly accuracy?: number;
}

/** The result of "Train with it": the formula's fit and the reference loss's fit, same settings. */
export interface TrainResult {
  readonly variable: LabVariable;
  readonly formula: string;
  readonly data: Dataset;
  readonly outliers: boolean[];
  readonly reference: LossEntry;
  readonly custom: TrainOutcome;
  readonly baseline: TrainOutcome;
}

/** Fits the model with one loss: Adam, full batch, from zeros; never throws. */
function trainOne(model: Model, data: Dataset, loss: FitLoss): TrainOutcome {
  let result: FitResult;
  try {
    result = fit({
      model,
      data,
      loss,
      optimizer: createOptimizer('adam', { lr: TRAIN_LR }),
      epochs: TRAIN_EPOCHS,
    });
  } catch (e) {
    const params = model.initialParams();
    result = {
      trace: [],
      params,
      stop: 'diverged',
      message: `Training could not run: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
  return model.kind === 'linear'
    ? { result }
    : { result, accuracy: accuracy(model, result.params, data) };
}

/** Trains with the formula and with the variable's reference loss (MSE, logistic, BCE). */
export function trainWith(expression: CompiledExpression, variable: LabVariable): TrainResult {
  const { data, model, reference, outliers } = trainingSetup(variable);
  return {
    variable,
    formula: expression.source,
    data,
    outliers,
    reference,
    custom: trainOne(model, data, formulaLoss(expression, variable)),
    baseline: trainOne(model, data, reference),
  };
}
