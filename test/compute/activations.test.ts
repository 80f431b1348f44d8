import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  logSigmoid,
  logSoftmax,
  logSumExp,
  sigmoid,
  softmax,
  softplus,
} from '~/compute/activations';
import { assertInDelta } from '../helpers/assert';

// Reference values from python3's math module (float64), e.g.
// python3 -c "import math; print(1/(1+math.exp(-1)), math.log1p(math.exp(-30)))".
const EXTREMES = [1e3, -1e3, 800, -800, 745, -745];

describe('sigmoid(x)', () => {
  it('sigmoid(x) matches python3 math at moderate inputs to 1e-15 relative', () => {
    const cases: [number, number][] = [
      [-3, 0.04742587317756679],
      [-0.5, 0.37754066879814546],
      [0, 0.5],
      [0.5, 0.6224593312018546],
      [1, 0.7310585786300049],
      [3, 0.9525741268224334],
      [20, 0.9999999979388463],
      [-20, 2.0611536181902033e-9], // e^−20 / (1 + e^−20)
      [-40, 4.248354255291589e-18],
    ];
    for (const [x, expected] of cases) {
      expect(Math.abs(sigmoid(x) - expected) <= 1e-15 * expected, `sigmoid(${x})`).toBe(true);
    }
  });

  it('sigmoid(x) reaches its limits 0 and 1 at ±1e3 and ±800 without NaN', () => {
    assertInDelta([sigmoid(1e3), sigmoid(-1e3), sigmoid(800), sigmoid(-800)], [1, 0, 1, 0], 0);
  });

  it('sigmoid(−745) is the smallest subnormal e^−745 = 5e-324, not 0', () => {
    // python3: math.exp(-745) = 5e-324, and σ(−745) = e^−745/(1 + e^−745) rounds to the same.
    expect(sigmoid(-745)).toBe(5e-324);
  });

  it('sigmoid(x) + sigmoid(−x) = 1 and sigmoid is increasing', () => {
    const rng = randomLcg(71);
    let previous = -Infinity;
    const xs = Array.from({ length: 200 }, () => 80 * rng() - 40).sort((a, b) => a - b);
    for (const x of xs) {
      assertInDelta(sigmoid(x) + sigmoid(-x), 1, 1e-15);
      expect(sigmoid(x)).toBeGreaterThanOrEqual(previous);
      previous = sigmoid(x);
    }
  });
});

describe('softplus(x) and logSigmoid(x)', () => {
  it('softplus(x) matches python3 math.log1p(math.exp(x)) to 1e-15 relative', () => {
    const cases: [number, number][] = [
      [-30, 9.357622968839737e-14],
      [-2, 0.1269280110429725],
      [0, 0.6931471805599453],
      [0.5, 0.9740769841801067],
      [2, 2.1269280110429727],
      [30, 30.000000000000092], // 30 + log1p(e^−30)
    ];
    for (const [x, expected] of cases) {
      expect(Math.abs(softplus(x) - expected) <= 1e-15 * expected, `softplus(${x})`).toBe(true);
    }
  });

  it('softplus(x) is x at 1e3 and 800, and e^x (underflowing to 0) at −800, −1e3', () => {
    assertInDelta(EXTREMES.map(softplus), [1e3, 0, 800, 0, 745, 5e-324], 0);
  });

  it('logSigmoid(x) matches python3 −math.log1p(math.exp(−x))', () => {
    assertInDelta(logSigmoid(-1), -1.3132616875182228, 1e-15, { relative: true });
    assertInDelta(logSigmoid(3), -0.04858735157374206, 1e-15, { relative: true });
    // Far right: −e^−40, not the 0 that log(σ(40)) would give.
    expect(Math.abs(logSigmoid(40) + 4.248354255291589e-18) <= 1e-32).toBe(true);
  });

  it('logSigmoid(x) is x at −1e3, −800, −745 and −e^−x at +1e3, 800, 745 (finite)', () => {
    // −e^−745 = −5e-324 (python3: -math.exp(-745)); −e^−800 and −e^−1000 underflow to −0.
    assertInDelta(EXTREMES.map(logSigmoid), [-0, -1e3, -0, -800, -5e-324, -745], 0);
  });
});

describe('logSumExp(v)', () => {
  it('logSumExp(v) matches python3 math at moderate inputs', () => {
    // python3: math.log(math.exp(1) + math.exp(2) + math.exp(3)) = 3.40760596444438
    assertInDelta(logSumExp([1, 2, 3]), 3.40760596444438, 1e-15, { relative: true });
    assertInDelta(logSumExp([0]), 0, 0);
  });

  it('logSumExp(v) is max + log k for k equal huge entries, finite at ±1e3 and ±800', () => {
    assertInDelta(logSumExp([1e3, 1e3]), 1e3 + Math.LN2, 1e-15, { relative: true });
    assertInDelta(logSumExp([-1e3, -1e3, -1e3]), -1e3 + Math.log(3), 1e-15, { relative: true });
    assertInDelta(logSumExp([800, -800]), 800, 0);
    assertInDelta(logSumExp([-745, -800]), -745, 1e-15, { relative: true });
  });

  it('logSumExp([]) is −Infinity, the log of an empty sum', () => {
    expect(logSumExp([])).toBe(-Infinity);
  });
});

describe('softmax(v, T) and logSoftmax(v, T)', () => {
  it('softmax([2, 0, −1]) ≈ (0.8438, 0.1142, 0.0420)', () => {
    // python3: e^2, e^0, e^−1 over their sum
    assertInDelta(
      softmax([2, 0, -1]),
      [0.8437947344813395, 0.11419519938459446, 0.04201006613406605],
      1e-15,
    );
  });

  it('softmax(v) sums to 1 and logSoftmax(v) is its log, for seeded random vectors', () => {
    const rng = randomLcg(72);
    for (let k = 0; k < 200; k++) {
      const v = Array.from({ length: 1 + Math.floor(rng() * 8) }, () => 60 * rng() - 30);
      const p = softmax(v);
      assertInDelta(
        p.reduce((a, b) => a + b, 0),
        1,
        1e-14,
      );
      assertInDelta(logSoftmax(v).map(Math.exp), p, 1e-14);
    }
  });

  it('softmax(v) and logSoftmax(v) are finite at ±1e3, ±800, −745', () => {
    const v = [1e3, -1e3, 800, -800, -745];
    const p = softmax(v);
    expect(p.every(Number.isFinite)).toBe(true);
    // e^(800 − 1000) = e^−200, python3: math.exp(-200) = 1.3838965267367376e-87; the rest underflow.
    assertInDelta(p, [1, 0, 1.3838965267367376e-87, 0, 0], 1e-100);
    // logSoftmax = v − 1000 exactly (the other terms of the sum vanish next to e^0).
    assertInDelta(logSoftmax(v), [0, -2000, -200, -1800, -1745], 0);
  });

  it('softmax(v, T) is softmax(v / T): T = 2 flattens, T = 0.5 sharpens', () => {
    // python3: exp(x/T) / Σ exp(x/T) for v = (1, 2, 3)
    assertInDelta(
      softmax([1, 2, 3], 2),
      [0.1863237232258476, 0.30719588571849843, 0.506480391055654],
      1e-15,
    );
    assertInDelta(
      softmax([1, 2, 3], 0.5),
      [0.015876239976466765, 0.11731042782619835, 0.8668133321973348],
      1e-15,
    );
    // python3: x/T − log Σ exp(x/T) for T = 2
    assertInDelta(
      logSoftmax([1, 2, 3], 2),
      [-1.6802696706417346, -1.1802696706417346, -0.6802696706417346],
      1e-15,
    );
  });

  it('softmax(v, T) tends to uniform as T grows and to one-hot as T shrinks', () => {
    const v = [1, 2, 3];
    assertInDelta(softmax(v, 1e6), [1 / 3, 1 / 3, 1 / 3], 1e-6);
    assertInDelta(softmax(v, 1e-3), [0, 0, 1], 0);
    // Lower temperature puts more mass on the largest logit.
    let previous = 0;
    for (const T of [10, 3, 1, 0.3, 0.1]) {
      const top = softmax(v, T)[2] as number;
      expect(top).toBeGreaterThan(previous);
      previous = top;
    }
  });
});
