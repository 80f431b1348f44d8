import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  gaussianNllLoss,
  poissonNllLoss,
  sigmoidFocalLoss,
} from '~/compute/losses';
import { assertInDelta } from '../helpers/assert';

const finite = (xs: readonly number[]): boolean => xs.every(Number.isFinite);

describe('binaryCrossEntropy(probs, targets)', () => {
  it('binaryCrossEntropy(probs, targets) is −log p for y = 1, with grad (p − y)/(p(1 − p))/N', () => {
    // python3: -math.log(0.8) = 0.2231435513142097; grad (0.8 − 1)/(0.8·0.2) = −1.25
    const { loss, grad } = binaryCrossEntropy([0.8], [1]);
    assertInDelta(loss, 0.2231435513142097, 1e-15);
    assertInDelta(grad, [-1.25], 1e-14);
    // p = y = 0.5: −(½ log ½ + ½ log ½) = log 2, grad 0
    assertInDelta(binaryCrossEntropy([0.5], [0.5]).loss, Math.LN2, 1e-15);
  });

  it('binaryCrossEntropy(probs, targets) clamps each log at −100: p = 0, y = 1 costs 100', () => {
    // torch: −y·max(log 0, −100) = 100; the same for p = 1, y = 0. p = y ∈ {0, 1} costs 0.
    assertInDelta(binaryCrossEntropy([0], [1]).loss, 100, 0);
    assertInDelta(binaryCrossEntropy([1], [0]).loss, 100, 0);
    assertInDelta(binaryCrossEntropy([0, 1], [0, 1]).loss, 0, 0);
    // p = 0.5, y = 1 and p = 0, y = 1: (log 2 + 100) / 2
    assertInDelta(binaryCrossEntropy([0.5, 0], [1, 1]).loss, (Math.LN2 + 100) / 2, 1e-13);
  });

  it('binaryCrossEntropy(probs, targets) has torch’s finite gradient at p = 0 and p = 1', () => {
    // torch divides by max(p(1 − p), EPSILON), EPSILON = 1e-12f = 9.999999960041972e-13 as a
    // double; python3: 1 / 9.999999960041972e-13 = 1000000003995.8029.
    const { grad } = binaryCrossEntropy([0, 1, 0, 1], [1, 0, 0, 1]);
    assertInDelta(grad, [-1000000003995.8029 / 4, 1000000003995.8029 / 4, 0, 0], 1e-12, {
      relative: true,
    });
    expect(finite(grad)).toBe(true);
  });

  it('binaryCrossEntropy(probs, targets) rejects probabilities and targets outside [0, 1]', () => {
    expect(() => binaryCrossEntropy([1.2], [1])).toThrow(/probs\[0\] is 1.2/);
    expect(() => binaryCrossEntropy([0.5], [-1])).toThrow(RangeError);
    expect(() => binaryCrossEntropy([0.5, 0.5], [1])).toThrow(RangeError);
  });
});

describe('binaryCrossEntropyWithLogits(logits, targets, { posWeight })', () => {
  it('binaryCrossEntropyWithLogits(logits, targets) has ∂L/∂z = (p − y)/N', () => {
    const rng = randomLcg(41);
    const z = Array.from({ length: 50 }, () => 20 * rng() - 10);
    const y = z.map(() => rng());
    const { grad } = binaryCrossEntropyWithLogits(z, y);
    const expected = z.map((zi, i) => (1 / (1 + Math.exp(-zi)) - (y[i] as number)) / 50);
    assertInDelta(grad, expected, 1e-15);
  });

  it('binaryCrossEntropyWithLogits(logits, targets) matches BCE of σ(z) at moderate logits', () => {
    // At z = 0, y = 1 it is log 2 with grad −½.
    const { loss, grad } = binaryCrossEntropyWithLogits([0], [1]);
    assertInDelta(loss, Math.LN2, 1e-15);
    assertInDelta(grad, [-0.5], 1e-15);
    const rng = randomLcg(42);
    const z = Array.from({ length: 20 }, () => 8 * rng() - 4);
    const y = z.map(() => rng());
    const p = z.map((zi) => 1 / (1 + Math.exp(-zi)));
    const viaProbs = binaryCrossEntropy(p, y).loss;
    assertInDelta(binaryCrossEntropyWithLogits(z, y).loss, viaProbs, 1e-13, { relative: true });
  });

  it('binaryCrossEntropyWithLogits(logits, targets, { posWeight }) weights the positive term', () => {
    // z = 0, y = 1, w = 3: (1 + 2·1)·softplus(0) = 3 log 2; grad 3·σ(0) − 3 = −1.5
    const a = binaryCrossEntropyWithLogits([0], [1], { posWeight: 3 });
    assertInDelta(a.loss, 3 * Math.LN2, 1e-15);
    assertInDelta(a.grad, [-1.5], 1e-15);
    // z = 2, y = 0.3, w = 2: (1 − 0.3)·2 + 1.3·softplus(−2); python3:
    // 0.7*2 + 1.3*math.log1p(math.exp(-2)) = 1.5650064143558642,
    // grad 1.3/(1 + math.exp(-2)) - 2*0.3 = 0.5450362013712472
    const b = binaryCrossEntropyWithLogits([2], [0.3], { posWeight: 2 });
    assertInDelta(b.loss, 1.5650064143558642, 1e-15);
    assertInDelta(b.grad, [0.5450362013712472], 1e-15);
  });

  it('binaryCrossEntropyWithLogits(logits, targets) is finite and exact at logits ±1e3, ±800, −745', () => {
    // A wrong confident logit costs |z| (softplus(|z|) = |z| in double); a right one costs 0.
    const { loss, grad } = binaryCrossEntropyWithLogits(
      [1e3, -1e3, 800, -800, -745],
      [0, 1, 1, 0, 1],
    );
    assertInDelta(loss, (1000 + 1000 + 0 + 0 + 745) / 5, 1e-12, { relative: true });
    assertInDelta(grad, [0.2, -0.2, 0, 0, -0.2], 1e-15);
  });
});

describe('sigmoidFocalLoss(logits, targets, { alpha, gamma })', () => {
  it('sigmoidFocalLoss(logits, targets) at z = 0, y = 1 is α·(½)²·log 2', () => {
    // p = p_t = ½, ce = log 2, α_t = 0.25: 0.25·0.25·log 2 = log 2 / 16 = 0.04332169878499658.
    // d/dz = α_t[(p − y)(1 − p_t)^γ + γ·ce·(1 − p_t)^(γ−1)·(1 − 2y)·p(1 − p)]
    //      = 0.25·[−0.5·0.25 + 2·log 2·0.5·(−1)·0.25] = 0.25·(−0.125 − 0.25 log 2)
    //      python3: 0.25*(-0.125-0.25*math.log(2)) = -0.07457169878499659
    const { loss, grad } = sigmoidFocalLoss([0], [1]);
    assertInDelta(loss, 0.04332169878499658, 1e-15);
    assertInDelta(grad, [-0.07457169878499659], 1e-15);
  });

  it('sigmoidFocalLoss(logits, targets, { alpha: −1, gamma: 0 }) is binaryCrossEntropyWithLogits', () => {
    const rng = randomLcg(43);
    const z = Array.from({ length: 30 }, () => 12 * rng() - 6);
    const y = z.map(() => Math.round(rng()));
    const focal = sigmoidFocalLoss(z, y, { alpha: -1, gamma: 0 });
    const bce = binaryCrossEntropyWithLogits(z, y);
    assertInDelta(focal.loss, bce.loss, 1e-15, { relative: true });
    assertInDelta(focal.grad, bce.grad, 1e-15);
  });

  it('sigmoidFocalLoss(logits, targets, { alpha }) weights positives by α and negatives by 1 − α', () => {
    // With γ = 0 it is α_t·BCE: z = 0 costs log 2 for either label, times 0.25 or 0.75.
    const { loss } = sigmoidFocalLoss([0, 0], [1, 0], { alpha: 0.25, gamma: 0 });
    assertInDelta(loss, (0.25 * Math.LN2 + 0.75 * Math.LN2) / 2, 1e-15);
  });

  it('sigmoidFocalLoss(logits, targets, { gamma }) is finite at logits ±1e3, ±800, −745', () => {
    for (const gamma of [0, 0.5, 2, 5]) {
      const z = [1e3, -1e3, 800, -800, -745, 745];
      const { loss, grad } = sigmoidFocalLoss(z, [1, 1, 0, 0, 1, 0], { gamma });
      expect(Number.isFinite(loss)).toBe(true);
      expect(finite(grad)).toBe(true);
    }
    // A confidently wrong logit: (1 − p_t)^γ = 1, so α_t·|z|: 0.25·1000 for z = −1e3, y = 1.
    assertInDelta(sigmoidFocalLoss([-1e3], [1]).loss, 250, 1e-12, { relative: true });
    assertInDelta(sigmoidFocalLoss([-1e3], [1]).grad, [-0.25], 1e-15);
  });
});

describe('poissonNllLoss(input, target, { logInput, full, eps })', () => {
  it('poissonNllLoss(input, target) with log input is e^x − t·x', () => {
    // x = 0, t = 1: 1; x = log 2, t = 3: 2 − 3 log 2 (python3: -0.07944154167983575).
    const { loss, grad } = poissonNllLoss([0, Math.LN2], [1, 3]);
    assertInDelta(loss, (1 + -0.07944154167983575) / 2, 1e-15);
    // grad (e^x − t)/N = (0, −1)/2
    assertInDelta(grad, [0, -0.5], 1e-15);
  });

  it('poissonNllLoss(input, target, { logInput: false }) is λ − t·log(λ + eps)', () => {
    // python3: 2 - 3*math.log(2 + 1e-8) = -0.07944155667983566; grad 1 − 3/(2 + 1e-8)
    const { loss, grad } = poissonNllLoss([2], [3], { logInput: false });
    assertInDelta(loss, -0.07944155667983566, 1e-15);
    assertInDelta(grad, [1 - 3 / (2 + 1e-8)], 1e-15);
  });

  it('poissonNllLoss(input, target, { full: true }) adds Stirling’s term only where t > 1', () => {
    // t = 3: 3 log 3 − 3 + ½ log(6π), python3: 1.7640815435430568; t = 1 adds nothing.
    const base = poissonNllLoss([0, 0], [3, 1]).loss;
    const full = poissonNllLoss([0, 0], [3, 1], { full: true }).loss;
    assertInDelta(full - base, 1.7640815435430568 / 2, 1e-15);
  });

  it('poissonNllLoss(input, target, { logInput: false }) rejects a negative rate', () => {
    expect(() => poissonNllLoss([-1], [1], { logInput: false })).toThrow(RangeError);
  });
});

describe('gaussianNllLoss(input, target, variance, { full, eps })', () => {
  it('gaussianNllLoss(input, target, variance) is ½(log v + r²/v)', () => {
    // r = 1, v = 2: ½(log 2 + ½), python3: 0.5965735902799727; grad r/v = 0.5;
    // gradVariance ½(1/v − r²/v²) = ½(0.5 − 0.25) = 0.125
    const { loss, grad, gradVariance } = gaussianNllLoss([1], [0], [2]);
    assertInDelta(loss, 0.5965735902799727, 1e-15);
    assertInDelta(grad, [0.5], 1e-15);
    assertInDelta(gradVariance as number[], [0.125], 1e-15);
  });

  it('gaussianNllLoss(input, target, variance, { full: true }) adds ½ log 2π', () => {
    // python3: 0.5*math.log(2*math.pi) = 0.9189385332046727
    const a = gaussianNllLoss([1, 2], [0, 0], 2).loss;
    const b = gaussianNllLoss([1, 2], [0, 0], 2, { full: true }).loss;
    assertInDelta(b - a, 0.9189385332046727, 1e-15);
  });

  it('gaussianNllLoss(input, target, variance) clamps the variance at eps', () => {
    // v = 0 → 1e-6: ½ log 1e-6, python3: -6.907755278982137; the residual is 0.
    const { loss, grad } = gaussianNllLoss([3], [3], [0]);
    assertInDelta(loss, -6.907755278982137, 1e-14);
    assertInDelta(grad, [0], 0);
    // r = 1e-3, v = 0 → eps = 1e-4: grad r/eps = 10 (finite).
    assertInDelta(gaussianNllLoss([1e-3], [0], [0], { eps: 1e-4 }).grad, [10], 1e-12);
  });

  it('gaussianNllLoss(input, target, variance) shares one variance across elements', () => {
    const shared = gaussianNllLoss([1, -1, 2], [0, 0, 0], 2);
    const each = gaussianNllLoss([1, -1, 2], [0, 0, 0], [2, 2, 2]);
    assertInDelta(shared.loss, each.loss, 1e-15);
    const sum = (each.gradVariance as number[]).reduce((s, g) => s + g, 0);
    assertInDelta(shared.gradVariance as number, sum, 1e-15);
  });

  it('gaussianNllLoss(input, target, variance) rejects a negative variance and bad shapes', () => {
    expect(() => gaussianNllLoss([1], [0], [-1])).toThrow(RangeError);
    expect(() => gaussianNllLoss([1, 2], [0, 0], [1])).toThrow(/variance has 1 elements/);
  });
});
