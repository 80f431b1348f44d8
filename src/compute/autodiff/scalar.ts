/**
 * The node of a scalar reverse-mode autodiff graph (after Karpathy's micrograd): each node keeps
 * its value, its parents and the local partial derivatives ∂node/∂parent, computed when the node
 * is built, so that `backward` only has to multiply and add.
 */

/** A scalar in an autodiff graph: value, parents with local partials, and ∂root/∂self in `grad`. */
export class Scalar {
  /** The value computed on the forward pass. */
  readonly value: number;
  /** The nodes this one was computed from. */
  readonly parents: readonly Scalar[];
  /** ∂this/∂parents[i], evaluated at the forward values. */
  readonly partials: readonly number[];
  /** Whether a variable lies upstream; `backward` never propagates into other nodes. */
  readonly requiresGrad: boolean;
  /** ∂root/∂this after `backward(root)`; 0 until then. */
  grad = 0;

  constructor(
    value: number,
    parents: readonly Scalar[],
    partials: readonly number[],
    requiresGrad: boolean,
  ) {
    this.value = value;
    this.parents = parents;
    this.partials = partials;
    this.requiresGrad = requiresGrad;
  }
}

/** A number or a node: every op lifts plain numbers to constants. */
export type ScalarLike = Scalar | number;

/** A leaf whose gradient `backward` computes. */
export function variable(value: number): Scalar {
  return new Scalar(value, [], [], true);
}

/** A leaf that gets no gradient. */
export function constant(value: number): Scalar {
  return new Scalar(value, [], [], false);
}

/** Lifts a number to a constant; returns a node unchanged. */
export function toScalar(x: ScalarLike): Scalar {
  return typeof x === 'number' ? constant(x) : x;
}

/** Builds an op's result node from its value, its parents and the partials ∂result/∂parent. */
export function createNode(
  value: number,
  parents: readonly Scalar[],
  partials: readonly number[],
): Scalar {
  return new Scalar(
    value,
    parents,
    partials,
    parents.some((p) => p.requiresGrad),
  );
}
