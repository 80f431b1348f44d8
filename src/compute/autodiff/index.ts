/** Scalar reverse-mode automatic differentiation. */
export { Scalar, variable, constant, toScalar, createNode, type ScalarLike } from './scalar';
export { backward, topologicalOrder } from './backward';
export { add, sub, mul, div, neg, pow } from './arithmetic';
export { exp, log, log1p, sqrt, sigmoid, softplus, tanh, cosh, sinh } from './smooth';
export { abs, relu, sign, max, min, clamp } from './piecewise';
export { valueAndGradient } from './valueAndGradient';
