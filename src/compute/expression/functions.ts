import { sigmoid, softplus } from '../activations';
import * as ad from '../autodiff/index';
import type { Scalar } from '../autodiff/index';

/** A function a formula may call: its arity, its value, its autodiff form and its kinks. */
export interface FunctionSpec {
  /** How it is written, for messages: `min(a, b)`. */
  readonly signature: string;
  readonly arity: number;
  /** The value on plain numbers; the same arithmetic as the autodiff op, bit for bit. */
  readonly evaluate: (args: readonly number[]) => number;
  /** The autodiff node (see src/compute/autodiff for the subgradients at kinks). */
  readonly differentiate: (args: readonly Scalar[]) => Scalar;
  /** For a kinked function, a character naming the side of the kink the arguments are on. */
  readonly branch?: (args: readonly number[]) => string;
}

const side = (x: number): string => (x < 0 ? '-' : x > 0 ? '+' : x === 0 ? '0' : '?');
const order = (a: number, b: number): string => (a < b ? '<' : a > b ? '>' : a === b ? '=' : '?');

const unary = (
  name: string,
  evaluate: (x: number) => number,
  differentiate: (x: Scalar) => Scalar,
  branch?: (x: number) => string,
): [string, FunctionSpec] => [
  name,
  {
    signature: `${name}(x)`,
    arity: 1,
    evaluate: (args) => evaluate(args[0]!),
    differentiate: (args) => differentiate(args[0]!),
    ...(branch === undefined ? {} : { branch: (args: readonly number[]) => branch(args[0]!) }),
  },
];

/** The functions a formula may call, by name (a Map: no lookup ever reaches a prototype). */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  unary('exp', Math.exp, ad.exp),
  unary('log', Math.log, ad.log),
  unary('ln', Math.log, ad.log),
  unary('log1p', Math.log1p, ad.log1p),
  unary('sqrt', Math.sqrt, ad.sqrt),
  unary('sigmoid', sigmoid, ad.sigmoid),
  unary('softplus', softplus, ad.softplus),
  unary('tanh', Math.tanh, ad.tanh),
  unary('cosh', Math.cosh, ad.cosh),
  unary('sinh', Math.sinh, ad.sinh),
  unary('abs', Math.abs, ad.abs, side),
  unary('relu', (x) => (x > 0 ? x : 0), ad.relu, side),
  unary('sign', Math.sign, ad.sign, side),
  [
    'min',
    {
      signature: 'min(a, b)',
      arity: 2,
      evaluate: (args) => Math.min(args[0]!, args[1]!),
      differentiate: (args) => ad.min(args[0]!, args[1]!),
      branch: (args) => order(args[0]!, args[1]!),
    },
  ],
  [
    'max',
    {
      signature: 'max(a, b)',
      arity: 2,
      evaluate: (args) => Math.max(args[0]!, args[1]!),
      differentiate: (args) => ad.max(args[0]!, args[1]!),
      branch: (args) => order(args[0]!, args[1]!),
    },
  ],
  [
    'clamp',
    {
      signature: 'clamp(x, lo, hi)',
      arity: 3,
      evaluate: (args) => Math.min(Math.max(args[0]!, args[1]!), args[2]!),
      differentiate: (args) => ad.clamp(args[0]!, args[1]!, args[2]!),
      branch: (args) =>
        order(args[0]!, args[1]!) + order(args[0]!, args[2]!) + order(args[1]!, args[2]!),
    },
  ],
]);

/** The named constants a formula may use. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);
