import { describe, expect, it } from 'vitest';
import { exponentialLoss, hingeLoss, logisticLoss, squaredHingeLoss } from '~/compute/losses';
import { assertInDelta } from '../helpers/assert';

// The examples: (y, s) = (1, 2.0), (1, 0.2), (−1, 0.3), margins z = y·s = 2, 0.2, −0.3.
const scores = [2.0, 0.2, 0.3];
const labels = [1, 1, -1];

describe('margin losses: known values', () => {
  it('hingeLoss(scores, labels) gives 0, 0.8, 1.3 with subgradients 0, −1, +1 before the 1/N', () => {
    // max(0, 1 − 2) = 0, max(0, 1 − 0.2) = 0.8, max(0, 1 + 0.3) = 1.3 → mean 2.1 / 3 = 0.7.
    // ∂/∂s = −y where 1 − y·s > 0, else 0: (0, −1, +1), divided by N = 3.
    const { loss, grad } = hingeLoss(scores, labels);
    assertInDelta(loss, 0.7, 1e-15);
    assertInDelta(grad, [0, -1 / 3, 1 / 3], 1e-15);
    assertInDelta(hingeLoss([2.0], [1]).loss, 0, 0);
    assertInDelta(hingeLoss([0.2], [1]).loss, 0.8, 1e-15);
    assertInDelta(hingeLoss([0.3], [-1]).loss, 1.3, 1e-15);
  });

  it('hingeLoss(scores, labels) takes subgradient 0 exactly at margin 1', () => {
    const { loss, grad } = hingeLoss([1, -1], [1, -1]);
    assertInDelta(loss, 0, 0);
    assertInDelta(grad, [0, 0], 0);
  });

  it('squaredHingeLoss(scores, labels) squares the hinge: 0, 0.64, 1.69', () => {
    // (0 + 0.64 + 1.69) / 3; grad −2y·max(0, 1 − ys) / 3 = (0, −1.6, +2.6) / 3
    const { loss, grad } = squaredHingeLoss(scores, labels);
    assertInDelta(loss, 2.33 / 3, 1e-15);
    assertInDelta(grad, [0, -1.6 / 3, 2.6 / 3], 1e-15);
  });

  it('logisticLoss(scores, labels) is mean log(1 + e^(−y s))', () => {
    // z = 0: log 2; y = −1, s = 2 (z = −2): python3 math.log1p(math.exp(2)) = 2.1269280110429727
    const { loss, grad } = logisticLoss([0, 2], [1, -1]);
    assertInDelta(loss, (Math.LN2 + 2.1269280110429727) / 2, 1e-15);
    // ∂/∂s = −y·σ(−y s): −0.5 for z = 0; +σ(2) = 1/(1 + e^−2) for y = −1, s = 2
    assertInDelta(grad, [-0.25, 1 / (1 + Math.exp(-2)) / 2], 1e-15);
  });

  it('logisticLoss(scores, labels) is finite and exact at scores ±1e3', () => {
    // softplus(−1000) = e^−1000 underflows to 0; softplus(1000) = 1000 exactly in double.
    const { loss, grad } = logisticLoss([1e3, -1e3, 800, -745], [1, 1, -1, 1]);
    assertInDelta(loss, (0 + 1000 + 800 + 745) / 4, 1e-12, { relative: true });
    assertInDelta(grad, [0, -0.25, 0.25, -0.25], 1e-15);
  });

  it('exponentialLoss(scores, labels) is mean e^(−y s)', () => {
    // e^−1 and e^+1: (e^−1 + e) / 2; grad −y e^(−y s) / 2
    const { loss, grad } = exponentialLoss([1, 1], [1, -1]);
    assertInDelta(loss, (Math.exp(-1) + Math.E) / 2, 1e-15);
    assertInDelta(grad, [-Math.exp(-1) / 2, Math.E / 2], 1e-15);
  });

  it('exponentialLoss(scores, labels) overflows to +Infinity, never NaN, below margin −709.78', () => {
    const big = exponentialLoss([800], [-1]);
    expect(big.loss).toBe(Infinity);
    expect(big.grad[0]).toBe(Infinity);
    const small = exponentialLoss([1e3, 700], [1, -1]);
    expect(Number.isFinite(small.loss)).toBe(true);
    expect(small.grad.every(Number.isFinite)).toBe(true);
  });
});

describe('margin losses: argument checks', () => {
  it('hingeLoss(scores, labels) rejects 0/1 labels with a RangeError', () => {
    expect(() => hingeLoss([0.5, 0.5], [0, 1])).toThrow(/labels\[0\] is 0/);
  });
  it('logisticLoss(scores, labels) throws a RangeError on mismatched lengths', () => {
    expect(() => logisticLoss([1, 2, 3], [1, -1])).toThrow(RangeError);
  });
  for (const loss of [squaredHingeLoss, exponentialLoss]) {
    it(`${loss.name}(scores, labels) rejects labels outside {−1, +1}`, () => {
      expect(() => loss([1], [2])).toThrow(RangeError);
    });
  }
});
