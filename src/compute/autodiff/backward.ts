import type { Scalar } from './scalar';

/** The nodes that `root` depends on through variables, parents before children, `root` last. */
export function topologicalOrder(root: Scalar): Scalar[] {
  // Iterative depth-first post-order, so that long chains cannot overflow the call stack.
  const order: Scalar[] = [];
  const seen = new Set<Scalar>();
  const stack: { node: Scalar; next: number }[] = [{ node: root, next: 0 }];
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const parent = top.node.parents[top.next];
    if (parent === undefined) {
      order.push(top.node);
      stack.pop();
      continue;
    }
    top.next += 1;
    if (parent.requiresGrad && !seen.has(parent)) {
      seen.add(parent);
      stack.push({ node: parent, next: 0 });
    }
  }
  return order;
}

/**
 * Reverse-mode sweep: sets `grad` = ∂root/∂node on every node that `root` depends on through a
 * variable (root.grad = 1), overwriting the results of any earlier sweep.
 */
export function backward(root: Scalar): void {
  const order = topologicalOrder(root);
  for (const node of order) node.grad = 0;
  root.grad = 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    // Why skip zeros: a branch that min, max, relu or clamp did not select has partial 0, and
    // its own local partials may be infinite (log(0), sqrt(0)); 0 · ∞ would make the whole
    // gradient NaN although the function is flat there. A zero term contributes nothing.
    if (node.grad === 0) continue;
    for (let k = 0; k < node.parents.length; k++) {
      const parent = node.parents[k]!;
      const partial = node.partials[k]!;
      if (!parent.requiresGrad || partial === 0) continue;
      parent.grad += node.grad * partial;
    }
  }
}
