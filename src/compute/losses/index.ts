/** The batch losses: mean reduction, each returning the loss and its gradient. */
export { binaryCrossEntropy } from './binaryCrossEntropy';
export {
  binaryCrossEntropyWithLogits,
  type BinaryCrossEntropyWithLogitsOptions,
} from './binaryCrossEntropyWithLogits';
export { crossEntropy, type CrossEntropyOptions } from './crossEntropy';
export { exponentialLoss } from './exponential';
export { gaussianNllLoss, type GaussianNllOptions, type GaussianNllResult } from './gaussianNll';
export { hingeLoss } from './hinge';
export { huberLoss, type HuberOptions } from './huber';
export { klDiv } from './klDiv';
export { l1Loss } from './l1';
export { logCoshLoss } from './logCosh';
export { logisticLoss } from './logistic';
export { mseLoss } from './mse';
export { nllLoss, type NllOptions } from './nll';
export { poissonNllLoss, type PoissonNllOptions } from './poissonNll';
export { quantileLoss, type QuantileOptions } from './quantile';
export { sigmoidFocalLoss, type SigmoidFocalOptions } from './sigmoidFocal';
export { smoothL1Loss, type SmoothL1Options } from './smoothL1';
export { squaredHingeLoss } from './squaredHinge';
export type { Matrix } from './assert';
