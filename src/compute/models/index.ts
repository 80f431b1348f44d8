/** Models, their gradients, and the training loop. */
export { accuracy } from './accuracy';
export { choleskySolve } from './choleskySolve';
export { featureAt, featureCount, pointwiseVariable } from './features';
export { fit, type EpochRecord, type FitOptions, type FitResult, type FitStop } from './fit';
export { linearGradient } from './linearGradient';
export { createLinearRegression, linearScore } from './linearRegression';
export { createLogisticRegression, logisticMarginLoss } from './logisticRegression';
export { lossCurveInW, type LossCurveSample } from './lossCurveInW';
export { mseLinear1D, type MseLinear1D } from './mseLinear1D';
export { predictGrid, type ClassGrid, type Domain2D } from './predictGrid';
export {
  fitRidgePolynomial,
  maxPolynomialDegree,
  type PolynomialFit,
  type RidgeOptions,
} from './ridgePolynomial';
export { createSoftmaxRegression, softmaxLogits } from './softmaxRegression';
export type { Dataset, Features, FitLoss, Model, ModelKind, ParamLossResult } from './types';
