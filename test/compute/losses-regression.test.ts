import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  huberLoss,
  l1Loss,
  logCoshLoss,
  mseLoss,
  quantileLoss,
  smoothL1Loss,
} from '~/compute/losses';
import { assertInDelta } from '../helpers/assert';

// A shared example: input (1, 2, 3), target (1.5, 2, 1), so r = input − target = (−0.5, 0, 2).
const input = [1, 2, 3];
const target = [1.5, 2, 1];

describe('regression losses: known values', () => {
  it('mseLoss(input, target) is the mean squared residual, grad 2r/N', () => {
    const { loss, grad } = mseLoss(input, target);
    // (0.25 + 0 + 4) / 3 = 4.25 / 3; grad = 2·(−0.5, 0, 2) / 3
    assertInDelta(loss, 4.25 / 3, 1e-15);
    assertInDelta(grad, [-1 / 3, 0, 4 / 3], 1e-15);
  });

  it('l1Loss(input, target) is the mean absolute residual, subgradient 0 at r = 0', () => {
    const { loss, grad } = l1Loss(input, target);
    // (0.5 + 0 + 2) / 3; grad = sign(r) / 3 with sign(0) = 0
    assertInDelta(loss, 2.5 / 3, 1e-15);
    assertInDelta(grad, [-1 / 3, 0, 1 / 3], 1e-15);
  });

  it('huberLoss(input, target, { delta }) is quadratic inside delta and linear outside', () => {
    const { loss, grad } = huberLoss(input, target);
    // δ = 1: ½·0.25 = 0.125, 0, 1·(2 − ½) = 1.5 → 1.625 / 3; grad (−0.5, 0, δ) / 3
    assertInDelta(loss, 1.625 / 3, 1e-15);
    assertInDelta(grad, [-0.5 / 3, 0, 1 / 3], 1e-15);
    // δ = 3: all residuals inside, so it is half the MSE: 4.25 / 6; grad r / 3
    assertInDelta(huberLoss(input, target, { delta: 3 }).loss, 4.25 / 6, 1e-15);
    assertInDelta(huberLoss(input, target, { delta: 3 }).grad, [-0.5 / 3, 0, 2 / 3], 1e-15);
  });

  it('huberLoss(input, target, { delta }) is continuous with gradient ±delta at |r| = delta', () => {
    // r = 2 = δ: both branches give ½·4 = 2 = δ(|r| − ½δ); the gradient is r = δ = 2.
    const { loss, grad } = huberLoss([2], [0], { delta: 2 });
    assertInDelta(loss, 2, 1e-15);
    assertInDelta(grad, [2], 1e-15);
    assertInDelta(huberLoss([-2], [0], { delta: 2 }).grad, [-2], 1e-15);
  });

  it('smoothL1Loss(input, target, { beta }) equals huberLoss with delta = beta divided by beta', () => {
    const rng = randomLcg(31);
    for (let k = 0; k < 50; k++) {
      const x = Array.from({ length: 5 }, () => 6 * rng() - 3);
      const t = Array.from({ length: 5 }, () => 6 * rng() - 3);
      const beta = 0.1 + 2 * rng();
      const s = smoothL1Loss(x, t, { beta });
      const h = huberLoss(x, t, { delta: beta });
      assertInDelta(s.loss, h.loss / beta, 1e-12, { relative: true });
      assertInDelta(
        s.grad,
        h.grad.map((g) => g / beta),
        1e-12,
        { relative: true },
      );
    }
  });

  it('smoothL1Loss(input, target, { beta }) has the worked values for beta = 1 and 0.5', () => {
    // β = 1 is Huber with δ = 1: 1.625 / 3 (above).
    assertInDelta(smoothL1Loss(input, target).loss, 1.625 / 3, 1e-15);
    // β = 0.5: |−0.5| is not < β, so 0.5 − 0.25 = 0.25; 0; 2 − 0.25 = 1.75 → 2 / 3
    assertInDelta(smoothL1Loss(input, target, { beta: 0.5 }).loss, 2 / 3, 1e-15);
  });

  it('smoothL1Loss(input, target, { beta: 0 }) is l1Loss, as torch falls back to it', () => {
    const s = smoothL1Loss(input, target, { beta: 0 });
    const l = l1Loss(input, target);
    expect(s).toEqual(l);
  });

  it('logCoshLoss(input, target) is mean log cosh r, with grad tanh(r)/N', () => {
    // python3: math.log(math.cosh(1)) = 0.4337808304830271, math.log(math.cosh(0.5)) = 0.12011450695827745
    const { loss, grad } = logCoshLoss([1, 0, 0.5], [0, 0, 1]);
    assertInDelta(loss, (0.4337808304830271 + 0 + 0.12011450695827745) / 3, 1e-15);
    assertInDelta(grad, [Math.tanh(1) / 3, 0, Math.tanh(-0.5) / 3], 1e-15);
  });

  it('logCoshLoss(input, target) is |r| − log 2 for huge residuals, where cosh overflows', () => {
    // log cosh(800) = 800 + log(1 + e^−1600) − log 2 = 800 − log 2 in double precision.
    const { loss, grad } = logCoshLoss([800, -1e3], [0, 0]);
    assertInDelta(loss, (800 + 1000) / 2 - Math.LN2, 1e-12, { relative: true });
    assertInDelta(grad, [0.5, -0.5], 1e-15);
  });

  it('quantileLoss(input, target, { tau }) weights under- and over-prediction by tau and 1 − tau', () => {
    // r = target − input = (1, −2, 0): 0.9·1 = 0.9, (0.9 − 1)·(−2) = 0.2, 0 → 1.1 / 3.
    // grad w.r.t. input: −τ where r > 0, 1 − τ where r < 0, 0 at r = 0 (chosen subgradient).
    const { loss, grad } = quantileLoss([0, 0, 0], [1, -2, 0], { tau: 0.9 });
    assertInDelta(loss, 1.1 / 3, 1e-15);
    assertInDelta(grad, [-0.9 / 3, 0.1 / 3, 0], 1e-15);
  });

  it('quantileLoss(input, target) with tau = 0.5 is half of l1Loss', () => {
    const q = quantileLoss(input, target);
    const l = l1Loss(input, target);
    assertInDelta(q.loss, l.loss / 2, 1e-15);
    assertInDelta(
      q.grad,
      l.grad.map((g) => g / 2),
      1e-15,
    );
  });
});

describe('regression losses: argument checks', () => {
  it('mseLoss(input, target) throws a RangeError on mismatched lengths', () => {
    expect(() => mseLoss([1, 2], [1])).toThrow(RangeError);
    expect(() => mseLoss([1, 2], [1])).toThrow(/input has 2 elements but target has 1/);
  });
  it('l1Loss(input, target) throws a RangeError on an empty batch', () => {
    expect(() => l1Loss([], [])).toThrow(/empty/);
  });
  it('huberLoss(input, target, { delta }) rejects delta ≤ 0 as torch does', () => {
    expect(() => huberLoss([1], [0], { delta: 0 })).toThrow(RangeError);
  });
  it('smoothL1Loss(input, target, { beta }) rejects beta < 0 as torch does', () => {
    expect(() => smoothL1Loss([1], [0], { beta: -1 })).toThrow(RangeError);
  });
  it('quantileLoss(input, target, { tau }) rejects tau outside [0, 1]', () => {
    expect(() => quantileLoss([1], [0], { tau: 1.5 })).toThrow(RangeError);
  });
});
