import { createNode, toScalar, type Scalar, type ScalarLike } from './scalar';

/** a + b. */
export function add(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  return createNode(x.value + y.value, [x, y], [1, 1]);
}

/** a − b. */
export function sub(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  return createNode(x.value - y.value, [x, y], [1, -1]);
}

/** a · b. */
export function mul(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  return createNode(x.value * y.value, [x, y], [y.value, x.value]);
}

/** a / b (±Infinity or NaN at b = 0, as IEEE 754 division gives). */
export function div(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  const value = x.value / y.value;
  return createNode(value, [x, y], [1 / y.value, -value / y.value]);
}

/** −a. */
export function neg(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(-x.value, [x], [-1]);
}

/**
 * a^b with Math.pow's values. ∂/∂a = b·a^(b−1) (0 when b = 0); ∂/∂b = a^b·ln a for a > 0, 0 at
 * a = 0 with b > 0, and NaN for a negative base, where a^b has no real derivative in b.
 */
export function pow(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  const value = Math.pow(x.value, y.value);
  const dBase = y.value === 0 ? 0 : y.value * Math.pow(x.value, y.value - 1);
  const dExponent =
    x.value > 0 ? value * Math.log(x.value) : x.value === 0 && y.value > 0 ? 0 : NaN;
  return createNode(value, [x, y], [dBase, dExponent]);
}
