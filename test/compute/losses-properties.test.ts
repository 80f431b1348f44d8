import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  exponentialLoss,
  gaussianNllLoss,
  hingeLoss,
  huberLoss,
  klDiv,
  l1Loss,
  logCoshLoss,
  logisticLoss,
  mseLoss,
  nllLoss,
  poissonNllLoss,
  quantileLoss,
  sigmoidFocalLoss,
  smoothL1Loss,
  squaredHingeLoss,
} from '~/compute/losses';
import type { LossResult } from '~/compute/types';

const EXTREMES = [1e3, -1e3, 800, -800, -745, 745, 0, 1e-300];
const SIGNS = EXTREMES.map((_, i) => (i % 3 === 0 ? -1 : 1));
const SOFT = EXTREMES.map((_, i) => [0, 1, 0.5, 0.25][i % 4] as number);

const allFinite = ({ loss, grad }: LossResult<readonly (number | readonly number[])[]>): boolean =>
  Number.isFinite(loss) && grad.flat().every(Number.isFinite);

type Vec = readonly number[];
const regression: [string, (x: Vec, t: Vec) => LossResult<number[]>][] = [
  ['mseLoss', mseLoss],
  ['l1Loss', l1Loss],
  ['huberLoss', (x, t) => huberLoss(x, t, { delta: 0.7 })],
  ['smoothL1Loss', (x, t) => smoothL1Loss(x, t, { beta: 0.7 })],
  ['logCoshLoss', logCoshLoss],
  ['quantileLoss', (x, t) => quantileLoss(x, t, { tau: 0.8 })],
];
const margin: [string, (s: Vec, y: Vec) => LossResult<number[]>][] = [
  ['hingeLoss', hingeLoss],
  ['squaredHingeLoss', squaredHingeLoss],
  ['logisticLoss', logisticLoss],
  ['exponentialLoss', exponentialLoss],
];

describe('batch losses: extremes stay finite', () => {
  for (const [name, loss] of regression) {
    it(`${name}(input, target) is finite at inputs ±1e3, ±800, −745`, () => {
      expect(
        allFinite(
          loss(
            EXTREMES,
            EXTREMES.map((x) => -x / 2),
          ),
        ),
      ).toBe(true);
    });
  }
  for (const [name, loss] of margin.slice(0, 3)) {
    it(`${name}(scores, labels) is finite at scores ±1e3, ±800, −745`, () => {
      expect(allFinite(loss(EXTREMES, SIGNS))).toBe(true);
    });
  }
  it('binaryCrossEntropyWithLogits(logits, targets, { posWeight }) is finite at ±1e3, ±800, −745', () => {
    expect(allFinite(binaryCrossEntropyWithLogits(EXTREMES, SOFT))).toBe(true);
    expect(allFinite(binaryCrossEntropyWithLogits(EXTREMES, SOFT, { posWeight: 4 }))).toBe(true);
  });
  it('sigmoidFocalLoss(logits, targets) is finite at ±1e3, ±800, −745 with soft targets', () => {
    expect(allFinite(sigmoidFocalLoss(EXTREMES, SOFT))).toBe(true);
    expect(allFinite(sigmoidFocalLoss(EXTREMES, SOFT, { gamma: 0.5, alpha: -1 }))).toBe(true);
  });
  it('binaryCrossEntropy(probs, targets) is finite at probabilities exactly 0 and 1', () => {
    const p = [0, 1, 0, 1, 1e-300, 1 - 1e-16];
    const y = [0, 0, 1, 1, 1, 0];
    expect(allFinite(binaryCrossEntropy(p, y))).toBe(true);
  });
  it('crossEntropy(logits, target, options) and nllLoss are finite at logits ±1e3, ±800, −745', () => {
    const logits = [
      [1e3, -1e3, 800],
      [-800, -745, 745],
      [-1e3, -1e3, -1e3],
    ];
    expect(
      allFinite(crossEntropy(logits, [1, 0, 2], { labelSmoothing: 0.1, weight: [1, 2, 3] })),
    ).toBe(true);
    const probs = [
      [0, 1, 0],
      [0.5, 0.5, 0],
      [0.2, 0.3, 0.5],
    ];
    expect(allFinite(crossEntropy(logits, probs, { labelSmoothing: 0.3 }))).toBe(true);
    expect(allFinite(nllLoss(logits, [1, 0, 2]))).toBe(true);
    expect(allFinite(klDiv(logits, probs))).toBe(true);
  });
  it('poissonNllLoss(input, target) and gaussianNllLoss are finite where their values are', () => {
    expect(allFinite(poissonNllLoss([-1e3, -745, 700, 0], [0, 3, 1e3, 1]))).toBe(true);
    expect(allFinite(poissonNllLoss([1e3, 0, 1e-300], [0, 3, 5], { logInput: false }))).toBe(true);
    expect(allFinite(gaussianNllLoss(EXTREMES, SOFT, [0, 1e3, 1e-300, 5, 0, 1, 2, 3]))).toBe(true);
  });
  it('exponentialLoss(scores, labels) and poissonNllLoss overflow to +Infinity, never NaN', () => {
    const e = exponentialLoss([1e3], [-1]);
    expect([e.loss, ...e.grad]).toEqual([Infinity, Infinity]);
    const p = poissonNllLoss([800], [1]);
    expect([p.loss, ...p.grad]).toEqual([Infinity, Infinity]);
  });
});

describe('batch losses: non-negative, and zero at a perfect prediction', () => {
  const rng = randomLcg(61);
  const draw = (n: number, lo: number, hi: number): number[] =>
    Array.from({ length: n }, () => lo + (hi - lo) * rng());

  for (const [name, loss] of regression) {
    it(`${name}(input, target) ≥ 0, and is 0 with zero gradient when input = target`, () => {
      for (let k = 0; k < 100; k++) {
        expect(loss(draw(6, -5, 5), draw(6, -5, 5)).loss).toBeGreaterThanOrEqual(0);
      }
      const t = draw(6, -5, 5);
      const { loss: zero, grad } = loss(t, t);
      expect(zero).toBe(0);
      expect(grad.every((g) => g === 0)).toBe(true);
    });
  }
  for (const [name, loss] of margin) {
    it(`${name}(scores, labels) ≥ 0`, () => {
      for (let k = 0; k < 100; k++) {
        const y = draw(6, 0, 1).map((u) => (u < 0.5 ? -1 : 1));
        expect(loss(draw(6, -5, 5), y).loss).toBeGreaterThanOrEqual(0);
      }
    });
  }
  it('hingeLoss(scores, labels) and squaredHingeLoss are 0 once every margin is ≥ 1', () => {
    const y = [1, -1, 1, -1];
    const s = [1, -1, 3, -7];
    expect(hingeLoss(s, y)).toEqual({ loss: 0, grad: [0, 0, 0, 0] });
    expect(squaredHingeLoss(s, y)).toEqual({ loss: 0, grad: [0, 0, 0, 0] });
  });
  it('binaryCrossEntropy(probs, targets) ≥ 0, and 0 at p = y ∈ {0, 1}', () => {
    for (let k = 0; k < 100; k++) {
      expect(binaryCrossEntropy(draw(6, 0, 1), draw(6, 0, 1)).loss).toBeGreaterThanOrEqual(0);
    }
    expect(binaryCrossEntropy([0, 1, 1, 0], [0, 1, 1, 0]).loss).toBe(0);
  });
  it('binaryCrossEntropyWithLogits(logits, targets) ≥ 0 and → 0 for confident right logits', () => {
    for (let k = 0; k < 100; k++) {
      const y = draw(6, 0, 1);
      expect(binaryCrossEntropyWithLogits(draw(6, -9, 9), y).loss).toBeGreaterThanOrEqual(0);
      expect(sigmoidFocalLoss(draw(6, -9, 9), y).loss).toBeGreaterThanOrEqual(0);
    }
    expect(binaryCrossEntropyWithLogits([1e3, -1e3], [1, 0]).loss).toBe(0);
    expect(sigmoidFocalLoss([1e3, -1e3], [1, 0]).loss).toBe(0);
  });
  it('crossEntropy(logits, indices) ≥ 0 and 0 for a confident right row', () => {
    for (let k = 0; k < 100; k++) {
      const logits = [draw(4, -5, 5), draw(4, -5, 5)];
      expect(crossEntropy(logits, [0, 3]).loss).toBeGreaterThanOrEqual(0);
    }
    expect(crossEntropy([[1e3, 0, -1e3]], [0]).loss).toBe(0);
  });
  it('klDiv(logProbs, targetProbs) ≥ 0 for normalized distributions (Gibbs’ inequality)', () => {
    for (let k = 0; k < 100; k++) {
      const q = draw(4, 0.01, 1);
      const t = draw(4, 0, 1);
      const qs = q.reduce((a, b) => a + b, 0);
      const ts = t.reduce((a, b) => a + b, 0);
      const loss = klDiv([q.map((v) => Math.log(v / qs))], [t.map((v) => v / ts)]).loss;
      expect(loss).toBeGreaterThanOrEqual(-1e-15);
    }
  });
});
