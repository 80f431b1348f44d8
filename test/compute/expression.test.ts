import { randomInt, randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  checkFinite,
  compileExpression,
  EXPRESSION_LIMITS,
  FUNCTIONS,
  type CompiledExpression,
  type CompileResult,
} from '~/compute/expression/index';
import { topologicalOrder, variable } from '~/compute/autodiff/index';
import { createGraph } from '~/compute/expression/differentiate';
import { assertInDelta, centralDifference } from '../helpers/assert';

/**
 * Whether the chain rule fails at the point: some intermediate value or local partial that
 * depends on a variable is non-finite (a domain edge: sqrt(0), log(0), a negative base under a
 * variable exponent). The final value can hide it (NaN^0 = 1, (r − r)^0.5 = 0), and then the
 * derivative through it is rightly NaN, as in PyTorch, while a difference quotient sees a
 * smooth function.
 */
function isChainRuleDegenerate(e: CompiledExpression, point: readonly number[]): boolean {
  const root = createGraph(
    e.ast,
    point.map((x) => variable(x)),
  );
  return topologicalOrder(root).some(
    (node) => !Number.isFinite(node.value) || node.partials.some((p) => !Number.isFinite(p)),
  );
}

/** Compiles or fails the test with the parser's message. */
function compiled(source: string, variables: readonly string[] = ['r']): CompiledExpression {
  const result = compileExpression(source, variables);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.expression;
}

/** Compiles expecting an error; returns it. */
function failure(source: string, variables: readonly string[] = ['r']) {
  const result = compileExpression(source, variables);
  if (result.ok) throw new Error(`${source} should not compile`);
  return result.error;
}

/** A seeded generator of grammatical formulas over the given names. */
function createFormulaGenerator(seed: number, names: readonly string[]) {
  const source = randomLcg(seed);
  const uniform = randomUniform.source(source)();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(uniform() * items.length)]!;
  const space = (): string => (uniform() < 0.2 ? ' ' : '');
  const functions = [...FUNCTIONS.entries()];
  const number = (): string =>
    pick([
      () => String(Math.floor(uniform() * 10)),
      () => (uniform() * 5).toFixed(2),
      () => `${(uniform() * 9 + 1).toFixed(1)}e-${Math.floor(uniform() * 3)}`,
      () => '.5',
    ])();
  const formula = (depth: number): string => {
    if (depth <= 0 || uniform() < 0.25) {
      return pick([number, () => pick(names), () => pick(names), () => pick(['pi', 'e'])])();
    }
    const d = depth - 1;
    return pick([
      () => `-${formula(d)}`,
      () => `(${formula(d)})`,
      () => `${formula(d)}${space()}${pick(['+', '-', '*', '/'])}${space()}${formula(d)}`,
      () => `${formula(d)}${space()}${pick(['+', '-', '*'])}${space()}${formula(d)}`,
      () => `(${formula(d)})^${pick(['2', '3', '0.5', '-1', `(${formula(d)})`])}`,
      () => {
        const [name, spec] = pick(functions);
        const args = Array.from({ length: spec.arity }, () => formula(d));
        return `${name}(${args.join(`,${space()}`)})`;
      },
    ])();
  };
  return { formula, uniform, pick };
}

describe('compileExpression', () => {
  it("compileExpression('max(0, 1 - z)', ['z']) is 0.8 at z = 0.2 with derivative −1", () => {
    const hinge = compiled('max(0, 1 - z)', ['z']);
    assertInDelta(hinge.evaluate({ z: 0.2 }), 0.8, 1e-15);
    expect(hinge.derivative({ z: 0.2 }, 'z')).toBe(-1);
    expect(hinge.derivative({ z: 2 }, 'z')).toBe(0);
  });

  it("compileExpression('log(1 + exp(-z))', ['z']) is the logistic loss with derivative −σ(−z)", () => {
    // python3: math.log(1 + math.exp(-0.5)) = 0.47407698418010663,
    //          -1 / (1 + math.exp(0.5)) = -0.3775406687981454
    const logistic = compiled('log(1 + exp(-z))', ['z']);
    assertInDelta(logistic.evaluate({ z: 0.5 }), 0.47407698418010663, 1e-15);
    assertInDelta(logistic.derivative({ z: 0.5 }, 'z'), -0.3775406687981454, 1e-15);
  });

  it("compileExpression('r^2', ['r']) has derivative 2r", () => {
    const square = compiled('r^2');
    for (const r of [-3, -1.5, 0, 0.25, 4]) {
      expect(square.evaluate({ r })).toBe(r * r);
      expect(square.derivative({ r }, 'r')).toBe(2 * r);
    }
  });

  const precedence: [string, number][] = [
    ['-2^2', -4], // ^ binds tighter than a sign
    ['2^3^2', 512], // right-associative: 2^(3^2)
    ['2^-1', 0.5],
    ['(-2)^2', 4],
    ['-2^-2', -0.25],
    ['1 - 2 - 3', -4], // left-associative
    ['8 / 4 / 2', 1],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['2 * 3 ^ 2', 18],
    ['--3', 3],
    ['+3', 3],
    ['1e-3', 0.001],
    ['2.5E+2', 250],
    ['.5 + 1.', 1.5],
    ['2**3', 8],
    ['6 \u2212 1', 5], // − (U+2212), as the site's prose writes it
    ['2 \u00b7 3 \u00d7 4', 24], // · and ×
    ['sigmoid(0)', 0.5],
    ['clamp(3, -1, 1)', 1],
    ['sign(-3)', -1],
    ['min(2, -1) + max(2, -1)', 1],
    ['abs(-2.5)', 2.5],
    ['relu(-1) + relu(2)', 2],
  ];
  for (const [source, expected] of precedence) {
    it(`compileExpression('${source}', ['r']).evaluate({}) is ${expected}`, () => {
      expect(compiled(source).evaluate({})).toBe(expected);
    });
  }

  it("compileExpression('pi', …) and ('e', …) are Math.PI and Math.E; softplus(0) is ln 2", () => {
    expect(compiled('pi').evaluate({})).toBe(Math.PI);
    expect(compiled('e').evaluate({})).toBe(Math.E);
    // python3: math.log(2) = 0.6931471805599453
    assertInDelta(compiled('softplus(0)').evaluate({}), 0.6931471805599453, 1e-16);
  });

  it("compileExpression('max(0, abs(r) - delta)', ['r', 'delta']).gradient(vars) has every allowed name", () => {
    const e = compiled('max(0, abs(r) - delta)', ['r', 'delta', 'unused']);
    expect(e.variables).toEqual(['r', 'delta', 'unused']);
    expect(e.usedVariables).toEqual(['r', 'delta']);
    expect(e.valueAndGradient({ r: -2, delta: 0.5 })).toEqual({
      value: 1.5,
      gradient: { r: -1, delta: -1, unused: 0 },
    });
    expect(e.derivative({ r: -2, delta: 0.5 }, 'unused')).toBe(0);
    expect(() => e.derivative({ r: -2, delta: 0.5 }, 'x')).toThrow(TypeError);
  });

  it('evaluate(vars) reads own numeric properties only and names a missing variable', () => {
    const e = compiled('r + 1');
    expect(() => e.evaluate({})).toThrow(/'r'/);
    const inherited = Object.create({ r: 5 }) as Record<string, number>;
    expect(() => e.evaluate(inherited)).toThrow(TypeError);
  });

  it('compileExpression(source, variables) rejects a bad list of allowed names (a programming error)', () => {
    expect(() => compileExpression('1', ['e'])).toThrow(TypeError);
    expect(() => compileExpression('1', ['exp'])).toThrow(TypeError);
    expect(() => compileExpression('1', ['r', 'r'])).toThrow(TypeError);
    expect(() => compileExpression('1', ['1r'])).toThrow(TypeError);
  });

  it("compileExpression('log(r)', …).evaluate({ r: 0 }) is −∞, which checkFinite reports in words", () => {
    const value = compiled('log(r)').evaluate({ r: 0 });
    expect(value).toBe(-Infinity);
    expect(checkFinite(value)).toMatchObject({ finite: false, kind: 'negative-infinity' });
    expect(checkFinite(compiled('sqrt(r)').evaluate({ r: -1 }))).toMatchObject({
      finite: false,
      kind: 'nan',
    });
    expect(checkFinite(compiled('1 / r').evaluate({ r: 0 }))).toMatchObject({
      kind: 'positive-infinity',
    });
    expect(checkFinite(2)).toEqual({ finite: true, value: 2 });
  });

  const errors: [string, number, RegExp][] = [
    ['r +', 3, /Unexpected end of input at 3/],
    ['(r + 1', 6, /Expected '\)' at 6 to close the '\(' at 0/],
    ['r + foo', 4, /Unknown name 'foo' at 4: allowed are r, pi, e/],
    ['2 r', 2, /Missing operator at 2/],
    ['2(r)', 1, /Missing operator at 1/],
    ['r)', 1, /Unexpected '\)' at 1/],
    ['r $ 2', 2, /Unexpected character '\$' at 2/],
    ['r = 2', 2, /Unexpected character '=' at 2/],
    ['min(r)', 5, /Too few arguments at 5: write min\(a, b\)/],
    ['exp(r, 1)', 5, /Too many arguments at 5: write exp\(x\)/],
    ['exp()', 4, /exp expects 1 argument/],
    ['exp + 1', 0, /'exp' at 0 is a function/],
    ['r(2)', 0, /'r' at 0 is a variable, not a function/],
    ['1 + foo(1)', 4, /Unknown function 'foo' at 4/],
    ['1e+', 3, /Expected the digits of an exponent at 3/],
    ['2 * * 3', 4, /Unexpected '\*' at 4/],
    ['1e999', 0, /Number too large at 0/],
    ['max(1, 2', 8, /Expected '\)' at 8/],
    ['', 0, /empty/],
    ['  \t ', 0, /empty/],
    ['r + δ', 4, /Unexpected character U\+03B4 at 4/],
    ['(r + 1]', 6, /Unexpected character '\]' at 6/],
  ];
  for (const [source, index, message] of errors) {
    it(`compileExpression(${JSON.stringify(source)}, ['r']) fails at ${index}`, () => {
      const error = failure(source);
      expect(error.message).toMatch(message);
      expect(error.index).toBe(index);
    });
  }

  const hostile = [
    'constructor',
    '__proto__',
    'globalThis',
    'prototype',
    'toString',
    'hasOwnProperty',
    'this',
    'window',
    'process',
    'eval',
    'Function',
    'valueOf',
  ];
  for (const name of hostile) {
    it(`compileExpression('${name}'), ('r + ${name}') and ('${name}(r)') are plain errors with an index`, () => {
      expect(failure(name)).toEqual({
        message: `Unknown name '${name}' at 0: allowed are r, pi, e`,
        index: 0,
      });
      expect(failure(`r + ${name}`).index).toBe(4);
      const call = failure(`${name}(r)`);
      expect(call.index).toBe(0);
      expect(call.message).toMatch(new RegExp(`^Unknown function '${name}' at 0`));
    });
  }

  it('compileExpression(source) enforces the length, depth and size limits', () => {
    const long = failure('r'.repeat(EXPRESSION_LIMITS.maxLength + 1));
    expect(long).toEqual({
      message: 'The formula is too long: 501 characters, the limit is 500',
      index: 500,
    });
    // Depth: the 33rd '(' (index 32) is one level too many; same for signs and exponents.
    expect(failure(`${'('.repeat(40)}r${')'.repeat(40)}`).index).toBe(32);
    expect(compileExpression(`${'('.repeat(32)}r${')'.repeat(32)}`, ['r']).ok).toBe(true);
    expect(failure(`${'-'.repeat(40)}r`).index).toBe(32);
    expect(failure(`${'2^'.repeat(40)}2`).message).toMatch(
      /Too deeply nested at \d+: the limit is 32 levels/,
    );
    // Size: 1+1+…+1 with 151 ones has 301 nodes (> 300) in 301 characters.
    const big = failure(Array.from({ length: 151 }, () => '1').join('+'));
    expect(big.message).toMatch(/too complex/);
    expect(compileExpression(Array.from({ length: 150 }, () => '1').join('+'), ['r']).ok).toBe(
      true,
    );
  });

  it('compileExpression(…) survives a seeded fuzz of 10 000 strings: ok or an error, no throw, no hang', () => {
    const gen = createFormulaGenerator(2024, ['r', 'z']);
    const { uniform, pick } = gen;
    const alphabet = [
      ...'0123456789rzpexy.,+-*/^()  eEabcminlogsqrt_',
      '\u2212',
      '\u00b7',
      '\u00d7',
      'δ',
      '€',
      '😀',
      '\u0000',
      '\n',
      '[',
      ']',
      '{',
      '}',
      '=',
      '"',
      "'",
      '`',
      '$',
      '\\',
    ];
    const mutate = (s: string): string => {
      let out = s;
      const edits = 1 + Math.floor(uniform() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(uniform() * (out.length + 1));
        const kind = uniform();
        if (kind < 0.33) out = out.slice(0, at) + out.slice(at + 1);
        else if (kind < 0.66) out = out.slice(0, at) + pick(alphabet) + out.slice(at);
        else
          out = out.slice(0, at) + pick([...hostile, 'r', '(', ')', '^', 'exp(']) + out.slice(at);
      }
      return out;
    };
    const inputs: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const kind = i % 5;
      if (kind === 0) {
        const length = Math.floor(uniform() * 80);
        inputs.push(Array.from({ length }, () => pick(alphabet)).join(''));
      } else if (kind === 1 || kind === 2) {
        inputs.push(gen.formula(1 + Math.floor(uniform() * 6)));
      } else if (kind === 3) {
        inputs.push(mutate(gen.formula(1 + Math.floor(uniform() * 5))));
      } else {
        // Stress shapes: deep nesting, long chains, repeated hostile names, near the limits.
        const n = 20 + Math.floor(uniform() * 300);
        inputs.push(
          pick([
            () => `${'('.repeat(n % 45)}r${')'.repeat(n % 45)}`,
            () => `${'-'.repeat(n % 45)}r`,
            () => `${'exp('.repeat(n % 40)}r${')'.repeat(n % 40)}`,
            () => Array.from({ length: n }, () => 'r').join(pick(['+', '*', '^', '/'])),
            () => Array.from({ length: n % 30 }, () => pick(hostile)).join('+'),
            () => gen.formula(12).slice(0, 520),
          ])(),
        );
      }
    }
    const run = (source: string): CompileResult => {
      const result = compileExpression(source, ['r', 'z']);
      if (result.ok) {
        for (const r of [-1.5, 0, 2]) {
          result.expression.evaluate({ r, z: r / 2 });
          result.expression.valueAndGradient({ r, z: r / 2 });
        }
      }
      return result;
    };
    // Hang guard, not a benchmark: the issue's bound of 50 ms per input is thousands of times a
    // typical parse (microseconds). An input over it is measured once more, so that a garbage
    // collection or a busy shared CPU is not mistaken for a hang; a real hang fails both times.
    const BOUND_MS = 50;
    let ok = 0;
    let failed = 0;
    for (const source of inputs) {
      const start = performance.now();
      const result = run(source);
      let elapsed = performance.now() - start;
      if (elapsed > BOUND_MS) {
        const again = performance.now();
        run(source);
        elapsed = performance.now() - again;
      }
      expect(elapsed, `${JSON.stringify(source)} took ${elapsed} ms`).toBeLessThan(BOUND_MS);
      if (result.ok) {
        ok += 1;
      } else {
        failed += 1;
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(Number.isInteger(result.error.index)).toBe(true);
        expect(result.error.index).toBeGreaterThanOrEqual(0);
        expect(result.error.index).toBeLessThanOrEqual(
          Math.min(source.length, EXPRESSION_LIMITS.maxLength),
        );
      }
    }
    expect(ok + failed).toBe(10_000);
    // Both outcomes are well represented, so the fuzz exercises the parser and the evaluator.
    expect(ok).toBeGreaterThan(3000);
    expect(failed).toBeGreaterThan(3000);
  });

  it('compiled.derivative(vars, "r") matches central differences on 2000 random formulas', () => {
    // Points are skipped where the check cannot be trusted (see below); at least 60 % are checked.
    const gen = createFormulaGenerator(7, ['r']);
    const drawR = randomUniform.source(randomLcg(8))(-3, 3);
    let checked = 0;
    let skipped = 0;
    for (let i = 0; i < 2000; i++) {
      const e = compiled(gen.formula(1 + (i % 5)));
      const r = drawR();
      const h = 1e-5;
      const f = (t: number): number => e.evaluate({ r: t });
      const values = [f(r - h), f(r), f(r + h), f(r - h / 2), f(r + h / 2)];
      const kinked =
        e.branchSignature({ r: r - h }) !== e.branchSignature({ r }) ||
        e.branchSignature({ r: r + h }) !== e.branchSignature({ r });
      const coarse = centralDifference(f, r, h);
      const fine = centralDifference(f, r, h / 2);
      // Skip where the check itself is unreliable: a non-finite or huge value, a kink inside the
      // stencil, or a difference quotient that moves when h halves (a nearby pole or cliff).
      const unreliable =
        values.some((v) => !Number.isFinite(v) || Math.abs(v) > 1e6) ||
        isChainRuleDegenerate(e, [r]) ||
        kinked ||
        Math.abs(coarse - fine) > 1e-5 * Math.max(1, Math.abs(fine));
      if (unreliable) {
        skipped += 1;
        continue;
      }
      const derivative = e.derivative({ r }, 'r');
      expect(
        Math.abs(derivative - fine) <= 1e-5 * Math.max(1, Math.abs(fine)),
        `${e.source} at r = ${r}: autodiff ${derivative}, central difference ${fine}`,
      ).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1200);
    expect(checked + skipped).toBe(2000);
  });

  it('compiled.gradient(vars) matches central differences in each of two variables', () => {
    const gen = createFormulaGenerator(99, ['r', 's']);
    const draw = randomUniform.source(randomLcg(100))(-2, 2);
    let checked = 0;
    for (let i = 0; i < 1000; i++) {
      const e = compiled(gen.formula(1 + (i % 4)), ['r', 's']);
      const r = draw();
      const s = draw();
      const h = 1e-5;
      const fr = (t: number): number => e.evaluate({ r: t, s });
      const fs = (t: number): number => e.evaluate({ r, s: t });
      const points = [
        { r, s },
        { r: r - h, s },
        { r: r + h, s },
        { r, s: s - h },
        { r, s: s + h },
      ];
      if (points.some((p) => !Number.isFinite(e.evaluate(p)) || Math.abs(e.evaluate(p)) > 1e6))
        continue;
      if (new Set(points.map((p) => e.branchSignature(p))).size > 1) continue;
      if (isChainRuleDegenerate(e, [r, s])) continue;
      const numeric = [centralDifference(fr, r, h / 2), centralDifference(fs, s, h / 2)];
      const coarse = [centralDifference(fr, r, h), centralDifference(fs, s, h)];
      if (numeric.some((n, k) => Math.abs(n - coarse[k]!) > 1e-5 * Math.max(1, Math.abs(n))))
        continue;
      const { gradient } = e.valueAndGradient({ r, s });
      assertInDelta([gradient['r']!, gradient['s']!], numeric, 1e-5, { relative: true });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(600);
  });

  it('compiled.evaluate(vars) equals the autodiff value bit for bit on 3000 random formulas', () => {
    const gen = createFormulaGenerator(5, ['r']);
    const drawR = randomInt.source(randomLcg(6))(-40, 40);
    for (let i = 0; i < 3000; i++) {
      const e = compiled(gen.formula(1 + (i % 6)));
      const r = drawR() / 8; // includes 0 and the kinks at small multiples of 1/8
      expect(Object.is(e.evaluate({ r }), e.valueAndGradient({ r }).value), e.source).toBe(true);
    }
  });
});
