import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { crossEntropy, klDiv, nllLoss } from '~/compute/losses';
import { assertInDelta } from '../helpers/assert';

// Two rows of logits. python3 (math only): lse0 = log(e² + e⁰ + e⁻¹) = 2.1698460195562856, so
// log_softmax(2, 0, −1) = (−0.1698…, −2.1698…, −3.1698…) and softmax = (0.8437947344813395,
// 0.11419519938459446, 0.04201006613406605).
const row0 = [2, 0, -1];
const row1 = [0.5, 1.5, -0.5];
const lse0 = 2.1698460195562856;
const p0 = [0.8437947344813395, 0.11419519938459446, 0.04201006613406605];

describe('crossEntropy(logits, target, options)', () => {
  it('crossEntropy(logits, indices) matches softmax(2, 0, −1) ≈ (0.8438, 0.1142, 0.0420)', () => {
    // −log p₁ = lse0 − 0 ≈ 2.170 (the "class 2", counted from 1: the logit 0);
    // −log p₂ = lse0 + 1 ≈ 3.170 for class index 2, whose logit is −1.
    assertInDelta(crossEntropy([row0], [1]).loss, lse0, 1e-15);
    assertInDelta(crossEntropy([row0], [2]).loss, lse0 + 1, 1e-15);
    // grad = softmax − onehot(target)
    const { grad } = crossEntropy([row0], [2]);
    assertInDelta(grad, [[p0[0] as number, p0[1] as number, (p0[2] as number) - 1]], 1e-15);
  });

  it('crossEntropy(logits, indices, { labelSmoothing }) is (1 − ε)·NLL + (ε/C)·Σ_c −log p_c', () => {
    // ε = 0.1, C = 3: 0.9·3.1698… + (0.1/3)·(0.1698… + 2.1698… + 3.1698…);
    // python3: 3.0365126862229523
    assertInDelta(
      crossEntropy([row0], [2], { labelSmoothing: 0.1 }).loss,
      3.0365126862229523,
      1e-14,
    );
  });

  it('crossEntropy(logits, indices, { weight }) divides by the sum of the targets’ weights', () => {
    // w = (1, 2, 3), targets (2, 0): (3·(−log p₀₂) + 1·(−log p₁₀)) / (3 + 1); python3 with a
    // hand-written log_softmax: 2.7292860057783095
    const { loss } = crossEntropy([row0, row1], [2, 0], { weight: [1, 2, 3] });
    assertInDelta(loss, 2.7292860057783095, 1e-14);
  });

  it('crossEntropy(logits, indices, { labelSmoothing, weight }) follows torch’s formula', () => {
    // torch (LossNLL.cpp, cross_entropy_loss_label_smoothing): (1 − ε)·weighted NLL mean +
    // (ε/C)·Σᵢ Σ_c w_c(−log pᵢc) / Σᵢ w_tᵢ. ε = 0.1, w = (1, 2, 3), targets (2, 0), divisor 4:
    // python3: 2.6518966710671785
    const { loss } = crossEntropy([row0, row1], [2, 0], { labelSmoothing: 0.1, weight: [1, 2, 3] });
    assertInDelta(loss, 2.6518966710671785, 1e-14);
  });

  it('crossEntropy(logits, probabilities, options) divides by N, with weights and smoothing', () => {
    // T = ((0.2, 0.3, 0.5), (0.6, 0.4, 0)): −Σ T·log p / 2; python3: 1.638725992000333.
    // weight (1, 2, 3): −Σ w·T·log p / 2 = 3.6306470976007947 (N, not the weights, divides).
    // and ε = 0.1: T → 0.9·T + 0.1/3: 3.658660919574115
    const T = [
      [0.2, 0.3, 0.5],
      [0.6, 0.4, 0],
    ];
    const logits = [row0, row1];
    assertInDelta(crossEntropy(logits, T).loss, 1.638725992000333, 1e-14);
    assertInDelta(crossEntropy(logits, T, { weight: [1, 2, 3] }).loss, 3.6306470976007947, 1e-14);
    const smoothed = crossEntropy(logits, T, { weight: [1, 2, 3], labelSmoothing: 0.1 });
    assertInDelta(smoothed.loss, 3.658660919574115, 1e-14);
  });

  it('crossEntropy(logits, probabilities) equals crossEntropy(logits, indices) for one-hot targets', () => {
    const rng = randomLcg(51);
    const logits = Array.from({ length: 8 }, () => Array.from({ length: 4 }, () => 6 * rng() - 3));
    const indices = logits.map(() => Math.floor(rng() * 4));
    const onehot = indices.map((t) => [0, 1, 2, 3].map((c) => (c === t ? 1 : 0)));
    const a = crossEntropy(logits, indices, { labelSmoothing: 0.2 });
    const b = crossEntropy(logits, onehot, { labelSmoothing: 0.2 });
    assertInDelta(a.loss, b.loss, 1e-14, { relative: true });
    assertInDelta(a.grad, b.grad, 1e-15);
  });

  it('crossEntropy(logits, indices, { ignoreIndex }) leaves ignored rows out of sum and divisor', () => {
    const a = crossEntropy([row0, row1], [2, -100]);
    assertInDelta(a.loss, lse0 + 1, 1e-15);
    assertInDelta(a.grad[1] as number[], [0, 0, 0], 0);
    const b = crossEntropy([row0, row1], [2, 1], { ignoreIndex: 1 });
    assertInDelta(b.loss, lse0 + 1, 1e-15);
  });

  it('crossEntropy(logits, indices) is finite and exact at logits ±1e3, ±800, −745', () => {
    // lse(1000, −1000, 0) = 1000 in double, so −log p₁ = 2000; each gradient row sums to 0.
    const { loss, grad } = crossEntropy(
      [
        [1e3, -1e3, 0],
        [-800, 800, -745],
      ],
      [1, 1],
    );
    assertInDelta(loss, (2000 + 0) / 2, 1e-12, { relative: true });
    assertInDelta(
      grad,
      [
        [0.5, -0.5, 0],
        [0, 0, 0],
      ],
      1e-15,
    );
  });

  it('crossEntropy(logits, target, options) throws RangeErrors on bad shapes and indices', () => {
    expect(() => crossEntropy([row0, [1, 2]], [0, 0])).toThrow(/row 1 has 2 entries/);
    expect(() => crossEntropy([row0], [0, 1])).toThrow(/logits has 1 elements but target has 2/);
    expect(() => crossEntropy([row0], [3])).toThrow(/class indices lie in 0..2/);
    expect(() => crossEntropy([row0], [0], { weight: [1, 2] })).toThrow(/weight has 2 entries/);
    expect(() => crossEntropy([row0], [[0.5, 0.5]])).toThrow(RangeError);
    expect(() => crossEntropy([row0], [0], { labelSmoothing: 1.5 })).toThrow(RangeError);
    expect(() => crossEntropy([row0], [-100])).toThrow(/0\/0/);
    expect(() => crossEntropy([], [])).toThrow(/empty/);
  });
});

describe('nllLoss(logProbs, target, { weight })', () => {
  it('nllLoss(logProbs, target, { weight }) is the weighted mean of −logProbs at the targets', () => {
    // w = (2, 1, 1), targets (0, 2): (2·0.5 + 1·1) / (2 + 1) = 2/3; grad −w_t/3 at the targets.
    const logProbs = [
      [-0.5, -1, -2],
      [-3, -0.1, -1],
    ];
    const { loss, grad } = nllLoss(logProbs, [0, 2], { weight: [2, 1, 1] });
    assertInDelta(loss, 2 / 3, 1e-15);
    assertInDelta(
      grad,
      [
        [-2 / 3, 0, 0],
        [0, 0, -1 / 3],
      ],
      1e-15,
    );
    // Unweighted: (0.5 + 1) / 2
    assertInDelta(nllLoss(logProbs, [0, 2]).loss, 0.75, 1e-15);
  });

  it('nllLoss(logSoftmax(logits), target) equals crossEntropy(logits, target)', () => {
    // log_softmax(2, 0, −1) = (2, 0, −1) − lse0
    const lp = row0.map((z) => z - lse0);
    assertInDelta(nllLoss([lp], [2]).loss, crossEntropy([row0], [2]).loss, 1e-15);
  });

  it('nllLoss(logProbs, target) throws RangeErrors on mismatched shapes', () => {
    expect(() => nllLoss([[-1, -1]], [0, 1])).toThrow(RangeError);
    expect(() => nllLoss([[-1, -1]], [2])).toThrow(RangeError);
  });
});

describe('klDiv(logProbs, targetProbs)', () => {
  it('klDiv(logProbs, targetProbs) sums over classes and divides by the batch size (batchmean)', () => {
    // Row 0: q = (½, ½), t = (1, 0): 1·(log 1 − log ½) = log 2 (the t = 0 term is 0).
    // Row 1: t = (¼, ¾): ¼ log(¼/½) + ¾ log(¾/½). Sum / 2; python3: 0.41197960825054114
    const half = Math.log(0.5);
    const { loss, grad } = klDiv(
      [
        [half, half],
        [half, half],
      ],
      [
        [1, 0],
        [0.25, 0.75],
      ],
    );
    assertInDelta(loss, 0.41197960825054114, 1e-15);
    // grad −t / N
    assertInDelta(
      grad,
      [
        [-0.5, 0],
        [-0.125, -0.375],
      ],
      1e-15,
    );
  });

  it('klDiv(logProbs, targetProbs) is 0 when the distributions agree, and ignores t = 0 terms', () => {
    const t = [0.2, 0.3, 0.5];
    assertInDelta(klDiv([t.map(Math.log)], [t]).loss, 0, 1e-15);
    // A log-probability of −Infinity under a zero target contributes 0, not NaN.
    const { loss, grad } = klDiv([[0, -Infinity]], [[1, 0]]);
    assertInDelta(loss, 0, 0);
    assertInDelta(grad, [[-1, 0]], 0);
  });

  it('klDiv(logProbs, targetProbs) throws RangeErrors on mismatched shapes and negative targets', () => {
    expect(() => klDiv([[0, 0]], [[1, 0, 0]])).toThrow(/targetProbs row 0 has 3 entries/);
    expect(() =>
      klDiv(
        [[0, 0]],
        [
          [1, 0],
          [1, 0],
        ],
      ),
    ).toThrow(RangeError);
    expect(() => klDiv([[0, 0]], [[-1, 2]])).toThrow(RangeError);
  });
});
