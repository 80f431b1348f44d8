import * as ad from '../autodiff/index';
import type { Scalar } from '../autodiff/index';
import { FUNCTIONS } from './functions';
import type { ExpressionNode } from './types';

/** Builds the autodiff graph of the tree over the given input nodes (one per variable slot). */
export function createGraph(node: ExpressionNode, inputs: readonly Scalar[]): Scalar {
  switch (node.kind) {
    case 'number':
      return ad.constant(node.value);
    case 'variable':
      return inputs[node.slot]!;
    case 'negate':
      return ad.neg(createGraph(node.operand, inputs));
    case 'binary': {
      const left = createGraph(node.left, inputs);
      const right = createGraph(node.right, inputs);
      if (node.operator === '+') return ad.add(left, right);
      if (node.operator === '-') return ad.sub(left, right);
      if (node.operator === '*') return ad.mul(left, right);
      if (node.operator === '/') return ad.div(left, right);
      return ad.pow(left, right);
    }
    case 'call': {
      const spec = FUNCTIONS.get(node.name);
      if (spec === undefined) throw new Error('unreachable: the parser admits known functions');
      return spec.differentiate(node.args.map((arg) => createGraph(arg, inputs)));
    }
  }
}
