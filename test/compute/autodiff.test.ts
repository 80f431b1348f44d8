import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  abs,
  add,
  backward,
  clamp,
  constant,
  cosh,
  div,
  exp,
  log,
  log1p,
  max,
  min,
  mul,
  neg,
  pow,
  relu,
  sigmoid,
  sign,
  sinh,
  softplus,
  sqrt,
  sub,
  tanh,
  valueAndGradient,
  variable,
  type Scalar,
} from '~/compute/autodiff/index';
import { assertInDelta, centralDifference } from '../helpers/assert';

type Unary = (x: Scalar) => Scalar;
type Binary = (x: Scalar, y: Scalar) => Scalar;

/** Derivative of a one-input op at x by autodiff. */
const gradAt = (f: Unary, x: number): number => valueAndGradient(f, [x]).gradient[0]!;

/** Value of an op on plain numbers, through constants. */
const valueOf = (f: (...xs: Scalar[]) => Scalar, ...xs: number[]): number =>
  f(...xs.map((x) => constant(x))).value;

describe('autodiff', () => {
  it('valueAndGradient((x, y) => x·y + exp(x), [2, 3]) is 6 + e² with gradient (3 + e², 2)', () => {
    // By hand: ∂/∂x = y + e^x = 3 + e², ∂/∂y = x = 2; python3: math.exp(2) = 7.38905609893065.
    const { value, gradient } = valueAndGradient((x, y) => add(mul(x, y), exp(x)), [2, 3]);
    assertInDelta(value, 13.38905609893065, 1e-12, { relative: true });
    assertInDelta(gradient, [10.38905609893065, 2], 1e-12, { relative: true });
  });

  it('pow(x, 3) at x = −2 is −8 with derivative 12; pow(2, y) at y = 3 has derivative 8·ln 2', () => {
    // d/dx x³ = 3x² = 12; d/dy 2^y = 2^y ln 2 = 8 · 0.6931471805599453 = 5.545177444479562.
    assertInDelta(valueAndGradient((x) => pow(x, 3), [-2]).value, -8, 1e-12);
    assertInDelta(
      gradAt((x) => pow(x, 3), -2),
      12,
      1e-12,
    );
    assertInDelta(
      gradAt((y) => pow(2, y), 3),
      5.545177444479562,
      1e-12,
      { relative: true },
    );
    // 0² has derivative 2·0 = 0, and x⁰ = 1 has derivative 0 even at x = 0 (not 0·0⁻¹ = NaN).
    expect(gradAt((x) => pow(x, 2), 0)).toBe(0);
    expect(gradAt((x) => pow(x, 0), 0)).toBe(0);
  });

  it('backward(root) accumulates over shared subexpressions: x·x + x has derivative 2x + 1', () => {
    const x = variable(1.5);
    const root = add(mul(x, x), x);
    backward(root);
    assertInDelta(x.grad, 4, 1e-15);
    // A second sweep overwrites rather than adds to the first.
    backward(root);
    assertInDelta(x.grad, 4, 1e-15);
  });

  it('backward(root) handles a chain of 100 000 ops without overflowing the stack', () => {
    const x = variable(0);
    let y: Scalar = x;
    for (let i = 0; i < 100_000; i++) y = add(y, x);
    backward(y);
    expect(x.grad).toBe(100_001);
  });

  const unaryOps: [string, Unary, [number, number]][] = [
    ['neg(x)', neg, [-5, 5]],
    ['exp(x)', exp, [-5, 5]],
    ['log(x)', log, [0.1, 5]],
    ['log1p(x)', log1p, [-0.9, 5]],
    ['sqrt(x)', sqrt, [0.1, 5]],
    ['sigmoid(x)', sigmoid, [-8, 8]],
    ['softplus(x)', softplus, [-8, 8]],
    ['tanh(x)', tanh, [-4, 4]],
    ['cosh(x)', cosh, [-4, 4]],
    ['sinh(x)', sinh, [-4, 4]],
    ['abs(x)', abs, [-5, 5]],
    ['relu(x)', relu, [-5, 5]],
    ['sign(x)', sign, [-5, 5]],
    ['x^2.5', (x) => pow(x, 2.5), [0.1, 3]],
  ];
  for (const [name, op, [lo, hi]] of unaryOps) {
    it(`${name}: the autodiff derivative matches a central difference at 200 seeded points`, () => {
      const draw = randomUniform.source(randomLcg(17))(lo, hi);
      for (let i = 0; i < 200; i++) {
        const x = draw();
        if (Math.abs(x) < 1e-3) continue; // the kinks of abs, relu and sign sit at 0
        const numeric = centralDifference((t) => valueOf(op, t), x, 1e-6);
        assertInDelta(gradAt(op, x), numeric, 1e-6, { relative: true });
      }
    });
  }

  const binaryOps: [string, Binary, [number, number], [number, number]][] = [
    ['add(x, y)', add, [-5, 5], [-5, 5]],
    ['sub(x, y)', sub, [-5, 5], [-5, 5]],
    ['mul(x, y)', mul, [-5, 5], [-5, 5]],
    ['div(x, y)', div, [-5, 5], [0.5, 5]],
    ['pow(x, y)', pow, [0.2, 3], [-3, 3]],
    ['max(x, y)', max, [-5, 5], [-5, 5]],
    ['min(x, y)', min, [-5, 5], [-5, 5]],
  ];
  for (const [name, op, [xlo, xhi], [ylo, yhi]] of binaryOps) {
    it(`${name}: both partials match central differences at 200 seeded points`, () => {
      const source = randomLcg(23);
      const drawX = randomUniform.source(source)(xlo, xhi);
      const drawY = randomUniform.source(source)(ylo, yhi);
      for (let i = 0; i < 200; i++) {
        const x = drawX();
        const y = drawY();
        if (Math.abs(x - y) < 1e-3) continue; // the kink of min and max
        const { gradient } = valueAndGradient(op, [x, y]);
        const dx = centralDifference((t) => valueOf(op, t, y), x, 1e-6);
        const dy = centralDifference((t) => valueOf(op, x, t), y, 1e-6);
        assertInDelta(gradient, [dx, dy], 1e-6, { relative: true });
      }
    });
  }

  it('clamp(x, lo, hi): the gradient goes to x inside [lo, hi], to lo below and to hi above', () => {
    expect(valueAndGradient(clamp, [0.5, 0, 1])).toEqual({ value: 0.5, gradient: [1, 0, 0] });
    expect(valueAndGradient(clamp, [-2, 0, 1])).toEqual({ value: 0, gradient: [0, 1, 0] });
    expect(valueAndGradient(clamp, [3, 0, 1])).toEqual({ value: 1, gradient: [0, 0, 1] });
    // torch.clamp includes the bounds in the pass-through region.
    expect(valueAndGradient(clamp, [1, 0, 1]).gradient).toEqual([1, 0, 0]);
    expect(valueAndGradient(clamp, [0, 0, 1]).gradient).toEqual([1, 0, 0]);
  });

  it('abs(0), relu(0) and sign(x) take subgradient 0; max and min split a tie evenly', () => {
    expect(gradAt(abs, 0)).toBe(0);
    expect(gradAt(relu, 0)).toBe(0);
    expect(gradAt(sign, 2)).toBe(0);
    expect(valueAndGradient(max, [1, 1]).gradient).toEqual([0.5, 0.5]);
    expect(valueAndGradient(min, [-2, -2]).gradient).toEqual([0.5, 0.5]);
    // max(0, 1 − z) at z = 1: half of −1 reaches z, a subgradient in [−1, 0].
    expect(gradAt((z) => max(0, sub(1, z)), 1)).toBe(-0.5);
  });

  it('an unselected branch with an infinite local derivative does not turn the gradient into NaN', () => {
    // max(0, log(x)) at x = 0: log(0) = −∞ is not selected; the function is flat there (0).
    expect(gradAt((x) => max(0, log(x)), 0)).toBe(0);
    // sqrt(relu(x)) at x = −1 is constant 0 nearby, although sqrt′(0) = ∞.
    expect(gradAt((x) => sqrt(relu(x)), -1)).toBe(0);
    // Where the infinity is real, it shows: sqrt′(0) = +∞.
    expect(gradAt(sqrt, 0)).toBe(Infinity);
  });

  it('sigmoid, softplus and tanh keep finite values and derivatives at ±1000', () => {
    // By hand: σ(1000) = 1 in float64, σ′ = σ(1 − σ) = 0; softplus(1000) = 1000, softplus′ = σ = 1.
    expect(valueAndGradient(sigmoid, [1000])).toEqual({ value: 1, gradient: [0] });
    expect(valueAndGradient(sigmoid, [-1000])).toEqual({ value: 0, gradient: [0] });
    expect(valueAndGradient(softplus, [1000])).toEqual({ value: 1000, gradient: [1] });
    expect(valueAndGradient(softplus, [-1000])).toEqual({ value: 0, gradient: [0] });
    expect(valueAndGradient(tanh, [-1000])).toEqual({ value: -1, gradient: [0] });
  });

  it('constant(c) receives no gradient and a constant root has no variables to reach', () => {
    const c = constant(3);
    const x = variable(2);
    backward(mul(c, x));
    expect(c.grad).toBe(0);
    expect(x.grad).toBe(3);
  });
});
