import { FUNCTIONS } from './functions';
import type { BinaryOperator, ExpressionNode } from './types';

/** A formula turned into a closure over the values of its variables, indexed by slot. */
export type NumericFunction = (slots: readonly number[]) => number;

/** Builds a closure evaluating the tree on plain numbers (IEEE 754: NaN and ±∞ pass through). */
export function createEvaluator(node: ExpressionNode): NumericFunction {
  switch (node.kind) {
    case 'number': {
      const { value } = node;
      return () => value;
    }
    case 'variable': {
      const { slot } = node;
      return (slots) => slots[slot]!;
    }
    case 'negate': {
      const operand = createEvaluator(node.operand);
      return (slots) => -operand(slots);
    }
    case 'binary':
      return binaryEvaluator(
        node.operator,
        createEvaluator(node.left),
        createEvaluator(node.right),
      );
    case 'call': {
      const spec = FUNCTIONS.get(node.name);
      if (spec === undefined) throw new Error('unreachable: the parser admits known functions');
      const args = node.args.map(createEvaluator);
      const values = new Array<number>(args.length).fill(0);
      return (slots) => {
        for (let i = 0; i < args.length; i++) values[i] = args[i]!(slots);
        return spec.evaluate(values);
      };
    }
  }
}

function binaryEvaluator(
  operator: BinaryOperator,
  left: NumericFunction,
  right: NumericFunction,
): NumericFunction {
  switch (operator) {
    case '+':
      return (slots) => left(slots) + right(slots);
    case '-':
      return (slots) => left(slots) - right(slots);
    case '*':
      return (slots) => left(slots) * right(slots);
    case '/':
      return (slots) => left(slots) / right(slots);
    case '^':
      return (slots) => Math.pow(left(slots), right(slots));
  }
}

/** The side of every kink the point lies on, in evaluation order (see `branchSignature`). */
export function evaluateBranches(node: ExpressionNode, slots: readonly number[]): string {
  let signature = '';
  const walk = (n: ExpressionNode): number => {
    switch (n.kind) {
      case 'number':
        return n.value;
      case 'variable':
        return slots[n.slot]!;
      case 'negate':
        return -walk(n.operand);
      case 'binary': {
        const a = walk(n.left);
        const b = walk(n.right);
        if (n.operator === '+') return a + b;
        if (n.operator === '-') return a - b;
        if (n.operator === '*') return a * b;
        if (n.operator === '/') return a / b;
        return Math.pow(a, b);
      }
      case 'call': {
        const spec = FUNCTIONS.get(n.name)!;
        const values = n.args.map(walk);
        if (spec.branch !== undefined) signature += spec.branch(values);
        return spec.evaluate(values);
      }
    }
  };
  walk(node);
  return signature;
}
