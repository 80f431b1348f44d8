import { backward, variable } from '../autodiff/index';
import { createGraph } from './differentiate';
import { createEvaluator, evaluateBranches } from './evaluate';
import { CONSTANTS, FUNCTIONS } from './functions';
import { parseExpression } from './parse';
import type { CompileResult, CompiledExpression } from './types';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks the caller's list of allowed names (a programming error throws) and numbers them. */
function createSlots(variables: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const name of variables) {
    if (!IDENTIFIER.test(name)) throw new TypeError(`'${name}' is not a valid variable name`);
    if (CONSTANTS.has(name) || FUNCTIONS.has(name)) {
      throw new TypeError(`'${name}' is already a constant or a function`);
    }
    if (slots.has(name)) throw new TypeError(`'${name}' is listed twice`);
    slots.set(name, slots.size);
  }
  return slots;
}

/**
 * Parses a user-typed formula over the allowed variable names (e.g. ['r'], or ['z', 'delta'])
 * into an expression that evaluates and differentiates itself, or into an error with a message
 * and the index of the character at fault. Never evaluates code: see ./parse.ts.
 */
export function compileExpression(source: string, variables: readonly string[]): CompileResult {
  const slots = createSlots(variables);
  const parsed = parseExpression(source, slots);
  if (!parsed.ok) return parsed;
  const { ast, usedVariables } = parsed;
  const names = [...variables];
  const evaluator = createEvaluator(ast);

  const read = (vars: Readonly<Record<string, number>>): number[] =>
    names.map((name) => {
      const value: unknown = Object.hasOwn(vars, name) ? vars[name] : undefined;
      if (typeof value === 'number') return value;
      if (usedVariables.includes(name)) {
        throw new TypeError(`No numeric value given for the variable '${name}'`);
      }
      return 0;
    });

  const valueAndGradient = (vars: Readonly<Record<string, number>>) => {
    const inputs = read(vars).map((x) => variable(x));
    const output = createGraph(ast, inputs);
    backward(output);
    const gradient = Object.fromEntries(names.map((name, i) => [name, inputs[i]!.grad]));
    return { value: output.value, gradient };
  };

  const expression: CompiledExpression = {
    source,
    variables: names,
    usedVariables,
    ast,
    evaluate: (vars) => evaluator(read(vars)),
    derivative: (vars, wrt) => {
      const slot = slots.get(wrt);
      if (slot === undefined) throw new TypeError(`'${wrt}' is not one of the allowed variables`);
      const inputs = read(vars).map((x) => variable(x));
      backward(createGraph(ast, inputs));
      return inputs[slot]!.grad;
    },
    gradient: (vars) => valueAndGradient(vars).gradient,
    valueAndGradient,
    branchSignature: (vars) => evaluateBranches(ast, read(vars)),
  };
  return { ok: true, expression };
}
