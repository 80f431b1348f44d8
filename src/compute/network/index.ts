/** A small multilayer perceptron with traced forward and backward passes. */
export { createNetwork, type NetworkSpec } from './createNetwork';
export { createNetworkFromWeights, type LayerWeights } from './createNetworkFromWeights';
export { activate, activationDerivative } from './activation';
export { forward } from './forward';
export { outputLoss, type OutputLoss } from './loss';
export { networkLoss } from './networkLoss';
export { backpropagate } from './backpropagate';
export { applyGradients } from './applyGradients';
export { backpropStep, type BackpropStepOptions } from './backpropStep';
export { workedExampleLayers } from './workedExample';
export type {
  BackpropStep,
  BackwardTrace,
  ForwardTrace,
  Layer,
  LayerTrace,
  Network,
  NetworkActivation,
  NetworkGradients,
  NetworkLossKind,
} from './types';
