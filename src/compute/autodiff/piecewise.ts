/**
 * Ops with kinks. The subgradients chosen at the kinks follow PyTorch's autograd
 * (tools/autograd/derivatives.yaml): abs'(0) = 0, relu'(0) = 0, sign' = 0 everywhere, min and
 * max split the gradient evenly between tied arguments, and clamp passes the gradient to x when
 * lo ≤ x ≤ hi (bounds included).
 */
import { createNode, toScalar, type Scalar, type ScalarLike } from './scalar';

/** |a|, with subgradient 0 at a = 0. */
export function abs(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.abs(x.value), [x], [Math.sign(x.value)]);
}

/** max(0, a), with subgradient 0 at a = 0. */
export function relu(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(x.value > 0 ? x.value : 0, [x], [x.value > 0 ? 1 : 0]);
}

/** sign(a) ∈ {−1, 0, 1} (NaN for NaN), with derivative 0 everywhere. */
export function sign(a: ScalarLike): Scalar {
  const x = toScalar(a);
  return createNode(Math.sign(x.value), [x], [0]);
}

/** Partials of a two-argument selection: the chosen side gets 1, a tie ½ each, NaN gives NaN. */
function selection(first: boolean, second: boolean): [number, number] {
  if (first) return [1, 0];
  if (second) return [0, 1];
  return [0.5, 0.5];
}

/** max(a, b); at a tie each argument gets half the gradient. */
export function max(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  const value = Math.max(x.value, y.value);
  const partials = Number.isNaN(value)
    ? [NaN, NaN]
    : selection(x.value > y.value, y.value > x.value);
  return createNode(value, [x, y], partials);
}

/** min(a, b); at a tie each argument gets half the gradient. */
export function min(a: ScalarLike, b: ScalarLike): Scalar {
  const x = toScalar(a);
  const y = toScalar(b);
  const value = Math.min(x.value, y.value);
  const partials = Number.isNaN(value)
    ? [NaN, NaN]
    : selection(x.value < y.value, y.value < x.value);
  return createNode(value, [x, y], partials);
}

/**
 * min(max(a, lo), hi) as torch.clamp computes it (hi wins when lo > hi); the gradient goes to a
 * when lo ≤ a ≤ hi, to lo when a < lo, and to hi when a > hi. One difference from torch: with
 * lo = hi and a outside, torch's clamp_backward gives every input 0, while this gives the bound
 * that sets the value a gradient of 1 (the derivative of the output with respect to that bound).
 */
export function clamp(a: ScalarLike, lo: ScalarLike, hi: ScalarLike): Scalar {
  const x = toScalar(a);
  const l = toScalar(lo);
  const h = toScalar(hi);
  const value = Math.min(Math.max(x.value, l.value), h.value);
  if (Number.isNaN(value)) return createNode(value, [x, l, h], [NaN, NaN, NaN]);
  const toHi = x.value > h.value || l.value > h.value;
  const toLo = !toHi && x.value < l.value;
  const toX = !toHi && !toLo;
  return createNode(value, [x, l, h], [toX ? 1 : 0, toLo ? 1 : 0, toHi ? 1 : 0]);
}
