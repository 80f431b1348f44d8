/** Types of the expression language: errors, the syntax tree and the compiled expression. */

/** What went wrong and the 0-based index (UTF-16 code unit) of the character at fault. */
export interface ExpressionError {
  readonly message: string;
  readonly index: number;
}

/** A node of the syntax tree; `index` is where its text starts in the source. */
export type ExpressionNode =
  | { readonly kind: 'number'; readonly value: number; readonly index: number }
  | {
      readonly kind: 'variable';
      readonly name: string;
      readonly slot: number;
      readonly index: number;
    }
  | { readonly kind: 'negate'; readonly operand: ExpressionNode; readonly index: number }
  | {
      readonly kind: 'binary';
      readonly operator: BinaryOperator;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
      readonly index: number;
    }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly ExpressionNode[];
      readonly index: number;
    };

/** The binary operators, `^` being exponentiation. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** A parsed formula, ready to evaluate and differentiate. */
export interface CompiledExpression {
  /** The formula as typed. */
  readonly source: string;
  /** The names the caller allowed, in the caller's order: the keys of `gradient`. */
  readonly variables: readonly string[];
  /** The allowed names the formula actually uses, in order of first appearance. */
  readonly usedVariables: readonly string[];
  /** The syntax tree. */
  readonly ast: ExpressionNode;
  /** The value at `vars` (may be NaN or ±Infinity, e.g. log(0); see `checkFinite`). */
  evaluate(vars: Readonly<Record<string, number>>): number;
  /** ∂f/∂wrt at `vars`, by reverse-mode autodiff. */
  derivative(vars: Readonly<Record<string, number>>, wrt: string): number;
  /** ∂f/∂v at `vars` for every allowed variable v. */
  gradient(vars: Readonly<Record<string, number>>): Record<string, number>;
  /** Value and gradient from one forward pass and one reverse sweep. */
  valueAndGradient(vars: Readonly<Record<string, number>>): {
    value: number;
    gradient: Record<string, number>;
  };
  /**
   * Which side of each kink (abs, relu, sign, min, max, clamp) the point lies on, one character
   * per kinked call; two points with the same signature lie on the same smooth piece.
   */
  branchSignature(vars: Readonly<Record<string, number>>): string;
}

/** The outcome of compiling a formula: the expression, or an error pointing at a character. */
export type CompileResult =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly error: ExpressionError };
