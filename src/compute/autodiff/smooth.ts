import { sigmoid as sigmoidValue, softplus as softplusValue } from '../activations';
import { createNode, toScalar, type Scalar, type ScalarLike } from './scalar';

/** e^a. */
export function exp(a: ScalarLike): Scalar {
  const x = toScalar(a);
  const value = Math.exp(x.value);
  return createNode(value, [x], [value]);
}

/** Natural logarithm (−Infinity at 0, NaN below). */
export function log(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.log(x.value), [x], [1 / x.value]);
}

/** log(1 + a), accurate for small a. */
export function log1p(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.log1p(x.value), [x], [1 / (1 + x.value)]);
}

/** √a (derivative +Infinity at 0). */
export function sqrt(a: ScalarLike): Scalar {
  const x = toScalar(a);
  const value = Math.sqrt(x.value);
  return createNode(value, [x], [0.5 / value]);
}

/** Logistic sigmoid σ(a), stable for any a; σ' = σ(1 − σ). */
export function sigmoid(a: ScalarLike): Scalar {
  const x = toScalar(a);
  const value = sigmoidValue(x.value);
  return createNode(value, [x], [value * (1 - value)]);
}

/** softplus(a) = log(1 + e^a), stable for any a; softplus' = σ. */
export function softplus(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(softplusValue(x.value), [x], [sigmoidValue(x.value)]);
}

/** tanh(a); tanh' = 1 − tanh². */
export function tanh(a: ScalarLike): Scalar {
  const x = toScalar(a);
  const value = Math.tanh(x.value);
  return createNode(value, [x], [1 - value * value]);
}

/** cosh(a); cosh' = sinh. */
export function cosh(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.cosh(x.value), [x], [Math.sinh(x.value)]);
}

/** sinh(a); sinh' = cosh. */
export function sinh(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.sinh(x.value), [x], [Math.cosh(x.value)]);
}
