/**
 * A recursive-descent parser for formulas. Grammar, loosest binding first:
 *
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/') unary)*
 *   unary   = ('-' | '+') unary | power
 *   power   = primary ('^' unary)?          right-associative: 2^3^2 = 2^(3^2)
 *   primary = number | name | name '(' sum (',' sum)* ')' | '(' sum ')'
 *
 * so ^ binds tighter than a sign (−r^2 = −(r^2), as in mathematics and Python) and an exponent
 * may carry its own sign (2^-1). Names resolve through Maps built from the caller's allowed list,
 * the constants and the functions; nothing is looked up on an object by a user-typed string.
 */
import { CONSTANTS, FUNCTIONS } from './functions';
import { EXPRESSION_LIMITS } from './limits';
import { formatCharacter, tokenize, type Punctuator, type Token } from './tokenize';
import type { BinaryOperator, ExpressionError, ExpressionNode } from './types';

/** The outcome of parsing: the tree and the allowed variables it uses, or an error. */
export type ParseResult =
  | {
      readonly ok: true;
      readonly ast: ExpressionNode;
      readonly usedVariables: readonly string[];
    }
  | { readonly ok: false; readonly error: ExpressionError };

/** Thrown inside the parser only, and always caught by `parseExpression`. */
class ParseFailure {
  readonly error: ExpressionError;
  constructor(message: string, index: number) {
    this.error = { message, index };
  }
}

const MAX_QUOTED = 24;
const quote = (name: string): string =>
  `'${name.length > MAX_QUOTED ? `${name.slice(0, MAX_QUOTED)}…` : name}'`;

class Parser {
  private position = 0;
  private nodes = 0;
  readonly used: string[] = [];

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly slots: ReadonlyMap<string, number>,
  ) {}

  parse(): ExpressionNode {
    const ast = this.sum(0);
    const next = this.peek();
    if (next.kind !== 'end') {
      if (next.kind === 'symbol' && next.symbol === ')') {
        this.fail(`Unexpected ')' at ${next.index}: there is no '(' to close`, next.index);
      }
      this.failOnNext('the end of the formula or an operator');
    }
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private isSymbol(symbol: Punctuator): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.symbol === symbol;
  }

  private fail(message: string, index: number): never {
    throw new ParseFailure(message, index);
  }

  /** Reports the token in the way: a missing operator, an early end or a stray symbol. */
  private failOnNext(expected: string): never {
    const token = this.peek();
    if (token.kind === 'end') {
      this.fail(`Unexpected end of input at ${token.index}: expected ${expected}`, token.index);
    }
    const startsOperand =
      token.kind === 'number' ||
      token.kind === 'name' ||
      (token.kind === 'symbol' && token.symbol === '(');
    if (startsOperand) {
      this.fail(`Missing operator at ${token.index}: write * to multiply, as in 2*r`, token.index);
    }
    const text = formatCharacter(this.source, token.index);
    this.fail(`Unexpected ${text} at ${token.index}: expected ${expected}`, token.index);
  }

  private make(node: ExpressionNode): ExpressionNode {
    this.nodes += 1;
    if (this.nodes > EXPRESSION_LIMITS.maxNodes) {
      this.fail(
        `The formula is too complex at ${node.index}: more than ${EXPRESSION_LIMITS.maxNodes} parts`,
        node.index,
      );
    }
    return node;
  }

  private nest(depth: number, index: number): number {
    if (depth + 1 > EXPRESSION_LIMITS.maxDepth) {
      this.fail(
        `Too deeply nested at ${index}: the limit is ${EXPRESSION_LIMITS.maxDepth} levels`,
        index,
      );
    }
    return depth + 1;
  }

  private binary(
    operator: BinaryOperator,
    left: ExpressionNode,
    right: ExpressionNode,
    index: number,
  ): ExpressionNode {
    return this.make({ kind: 'binary', operator, left, right, index });
  }

  private sum(depth: number): ExpressionNode {
    let left = this.product(depth);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'symbol' || (token.symbol !== '+' && token.symbol !== '-')) return left;
      this.position += 1;
      left = this.binary(token.symbol, left, this.product(depth), token.index);
    }
  }

  private product(depth: number): ExpressionNode {
    let left = this.unary(depth);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'symbol' || (token.symbol !== '*' && token.symbol !== '/')) return left;
      this.position += 1;
      left = this.binary(token.symbol, left, this.unary(depth), token.index);
    }
  }

  private unary(depth: number): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'symbol' && (token.symbol === '-' || token.symbol === '+')) {
      this.position += 1;
      const operand = this.unary(this.nest(depth, token.index));
      if (token.symbol === '+') return operand;
      return this.make({ kind: 'negate', operand, index: token.index });
    }
    return this.power(depth);
  }

  private power(depth: number): ExpressionNode {
    const base = this.primary(depth);
    const token = this.peek();
    if (token.kind !== 'symbol' || token.symbol !== '^') return base;
    this.position += 1;
    const exponent = this.unary(this.nest(depth, token.index));
    return this.binary('^', base, exponent, token.index);
  }

  private primary(depth: number): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'number') {
      this.position += 1;
      return this.make({ kind: 'number', value: token.value, index: token.index });
    }
    if (token.kind === 'name') {
      this.position += 1;
      return this.isSymbol('(') ? this.call(token.name, token.index, depth) : this.name(token);
    }
    if (token.kind === 'symbol' && token.symbol === '(') {
      this.position += 1;
      const inner = this.sum(this.nest(depth, token.index));
      this.close(token.index);
      return inner;
    }
    return this.failOnNext("a number, a name or '('");
  }

  private name(token: Token & { kind: 'name' }): ExpressionNode {
    const slot = this.slots.get(token.name);
    if (slot !== undefined) {
      if (!this.used.includes(token.name)) this.used.push(token.name);
      return this.make({ kind: 'variable', name: token.name, slot, index: token.index });
    }
    const value = CONSTANTS.get(token.name);
    if (value !== undefined) {
      return this.make({ kind: 'number', value, index: token.index });
    }
    if (FUNCTIONS.has(token.name)) {
      const signature = FUNCTIONS.get(token.name)?.signature ?? token.name;
      this.fail(
        `${quote(token.name)} at ${token.index} is a function: write ${signature}`,
        token.index,
      );
    }
    const allowed = [...this.slots.keys(), ...CONSTANTS.keys()].join(', ');
    this.fail(
      `Unknown name ${quote(token.name)} at ${token.index}: allowed are ${allowed}`,
      token.index,
    );
  }

  private call(name: string, index: number, depth: number): ExpressionNode {
    const spec = FUNCTIONS.get(name);
    if (spec === undefined) {
      const message = this.slots.has(name)
        ? `${quote(name)} at ${index} is a variable, not a function: write * to multiply`
        : `Unknown function ${quote(name)} at ${index}: the functions are ${[...FUNCTIONS.keys()].join(', ')}`;
      this.fail(message, index);
    }
    const open = this.peek().index;
    this.position += 1;
    const inner = this.nest(depth, open);
    const args: ExpressionNode[] = [];
    if (this.isSymbol(')')) {
      this.fail(
        `${name} expects ${spec.arity} argument${spec.arity === 1 ? '' : 's'} at ${this.peek().index}: write ${spec.signature}`,
        this.peek().index,
      );
    }
    for (;;) {
      args.push(this.sum(inner));
      if (!this.isSymbol(',')) break;
      const comma = this.peek().index;
      if (args.length === spec.arity) {
        this.fail(`Too many arguments at ${comma}: write ${spec.signature}`, comma);
      }
      this.position += 1;
    }
    if (args.length < spec.arity && this.isSymbol(')')) {
      const at = this.peek().index;
      this.fail(`Too few arguments at ${at}: write ${spec.signature}`, at);
    }
    this.close(open);
    return this.make({ kind: 'call', name, args, index });
  }

  private close(open: number): void {
    if (this.isSymbol(')')) {
      this.position += 1;
      return;
    }
    const token = this.peek();
    if (token.kind === 'end') {
      this.fail(`Expected ')' at ${token.index} to close the '(' at ${open}`, token.index);
    }
    this.failOnNext("')'");
  }
}

/** Parses a formula over the allowed variables (name → slot), or reports where it is wrong. */
export function parseExpression(source: string, slots: ReadonlyMap<string, number>): ParseResult {
  if (typeof source !== 'string') {
    return { ok: false, error: { message: 'The formula is not text', index: 0 } };
  }
  if (source.length > EXPRESSION_LIMITS.maxLength) {
    const { maxLength } = EXPRESSION_LIMITS;
    const message = `The formula is too long: ${source.length} characters, the limit is ${maxLength}`;
    return { ok: false, error: { message, index: maxLength } };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  const first = lexed.tokens[0]!;
  if (first.kind === 'end') {
    return { ok: false, error: { message: 'The formula is empty', index: 0 } };
  }
  const parser = new Parser(source, lexed.tokens, slots);
  try {
    const ast = parser.parse();
    return { ok: true, ast, usedVariables: parser.used };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
