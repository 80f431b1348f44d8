/** A safe parser, evaluator and differentiator for user-typed formulas. */
export { compileExpression } from './compile';
export { parseExpression, type ParseResult } from './parse';
export { tokenize, type Token, type TokenizeResult } from './tokenize';
export { checkFinite, type FiniteCheck } from './finite';
export { FUNCTIONS, CONSTANTS, type FunctionSpec } from './functions';
export { EXPRESSION_LIMITS } from './limits';
export type {
  CompileResult,
  CompiledExpression,
  ExpressionError,
  ExpressionNode,
  BinaryOperator,
} from './types';
