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
import { assertInDelta, centralDifference } from '../helpers/assert';

// Each batch loss's analytic gradient is checked, element by element, against a central
// difference with step 1e-5 (error ≈ h²·f‴ + ε·|L|/h ≲ 1e-9 here) at seeded random points kept
// away from kinks: 30 batches of 4 elements = 120 points per case, 3000+ points in all.
const BATCHES = 30;
const SIZE = 4;
const H = 1e-5;
const TOL = 1e-7; // absolute for |∂L/∂x| ≤ 1, relative above

type Rng = () => number;
type VectorLoss = (x: readonly number[]) => LossResult<number[]>;

const uniform = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng();
const sign = (rng: Rng): number => (rng() < 0.5 ? -1 : 1);
/** A uniform draw from [lo, hi] that stays at least `gap` from every point in `avoid`. */
const awayFrom = (rng: Rng, lo: number, hi: number, avoid: readonly number[], gap = 1e-3) => {
  for (;;) {
    const u = uniform(rng, lo, hi);
    if (avoid.every((a) => Math.abs(u - a) > gap)) return u;
  }
};
const vector = <T>(n: number, draw: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => draw(i));

/** Checks every component of loss(x).grad against a central difference; returns the count. */
function checkGrad(loss: VectorLoss, x: readonly number[]): number {
  const { grad } = loss(x);
  expect(grad.length).toBe(x.length);
  x.forEach((xi, i) => {
    const at = (t: number): number => loss(x.map((v, j) => (j === i ? t : v))).loss;
    assertInDelta(grad[i] as number, centralDifference(at, xi, H), TOL, { relative: true });
  });
  return x.length;
}

/** Views a loss of a rows × cols matrix as a loss of its flattened entries. */
function flat(cols: number, loss: (m: number[][]) => LossResult<number[][]>): VectorLoss {
  return (x) => {
    const m = vector(x.length / cols, (i) => x.slice(i * cols, (i + 1) * cols));
    const { loss: value, grad } = loss(m);
    return { loss: value, grad: grad.flat() };
  };
}

/** Runs `batch` BATCHES times with one seeded generator and returns the number of points checked. */
function run(seed: number, batch: (rng: Rng) => number): number {
  const rng = randomLcg(seed);
  let checked = 0;
  for (let b = 0; b < BATCHES; b++) checked += batch(rng);
  return checked;
}

/** A regression case: residuals drawn away from `kinks`, target anywhere in [−3, 3]. */
function regression(
  rng: Rng,
  kinks: readonly number[],
  loss: (x: readonly number[], t: readonly number[]) => LossResult<number[]>,
): number {
  const t = vector(SIZE, () => uniform(rng, -3, 3));
  const x = t.map((ti) => ti + awayFrom(rng, -4, 4, kinks));
  return checkGrad((xs) => loss(xs, t), x);
}

/** A margin case: labels ±1 and scores whose margin y·s stays away from `kinks`. */
function margin(
  rng: Rng,
  kinks: readonly number[],
  loss: (s: readonly number[], y: readonly number[]) => LossResult<number[]>,
): number {
  const y = vector(SIZE, () => sign(rng));
  const s = y.map((yi) => yi * awayFrom(rng, -3, 3, kinks));
  return checkGrad((ss) => loss(ss, y), s);
}

const POINTS = BATCHES * SIZE;

describe('batch loss gradients against central differences', () => {
  it('mseLoss(input, target).grad', () => {
    expect(run(1, (rng) => regression(rng, [], mseLoss))).toBe(POINTS);
  });
  it('l1Loss(input, target).grad away from r = 0', () => {
    expect(run(2, (rng) => regression(rng, [0], l1Loss))).toBe(POINTS);
  });
  it('huberLoss(input, target, { delta }).grad away from |r| = delta', () => {
    const checked = run(3, (rng) => {
      const delta = uniform(rng, 0.2, 2);
      return regression(rng, [-delta, delta], (x, t) => huberLoss(x, t, { delta }));
    });
    expect(checked).toBe(POINTS);
  });
  it('smoothL1Loss(input, target, { beta }).grad away from |r| = beta', () => {
    const checked = run(4, (rng) => {
      const beta = uniform(rng, 0.2, 2);
      return regression(rng, [-beta, beta], (x, t) => smoothL1Loss(x, t, { beta }));
    });
    expect(checked).toBe(POINTS);
  });
  it('logCoshLoss(input, target).grad', () => {
    expect(run(5, (rng) => regression(rng, [], logCoshLoss))).toBe(POINTS);
  });
  it('quantileLoss(input, target, { tau }).grad away from r = 0', () => {
    const checked = run(6, (rng) => {
      const tau = rng();
      return regression(rng, [0], (x, t) => quantileLoss(x, t, { tau }));
    });
    expect(checked).toBe(POINTS);
  });
  it('hingeLoss(scores, labels).grad away from margin 1', () => {
    expect(run(7, (rng) => margin(rng, [1], hingeLoss))).toBe(POINTS);
  });
  it('squaredHingeLoss(scores, labels).grad away from margin 1', () => {
    expect(run(8, (rng) => margin(rng, [1], squaredHingeLoss))).toBe(POINTS);
  });
  it('logisticLoss(scores, labels).grad', () => {
    expect(run(9, (rng) => margin(rng, [], logisticLoss))).toBe(POINTS);
  });
  it('exponentialLoss(scores, labels).grad', () => {
    expect(run(10, (rng) => margin(rng, [], exponentialLoss))).toBe(POINTS);
  });
  it('binaryCrossEntropy(probs, targets).grad inside (0, 1)', () => {
    const checked = run(11, (rng) => {
      const y = vector(SIZE, () => (rng() < 0.3 ? rng() : Math.round(rng())));
      const p = vector(SIZE, () => uniform(rng, 0.02, 0.98));
      return checkGrad((ps) => binaryCrossEntropy(ps, y), p);
    });
    expect(checked).toBe(POINTS);
  });
  it('binaryCrossEntropyWithLogits(logits, targets, { posWeight }).grad', () => {
    const checked = run(12, (rng) => {
      const y = vector(SIZE, () => (rng() < 0.3 ? rng() : Math.round(rng())));
      const x = vector(SIZE, () => uniform(rng, -6, 6));
      const posWeight = rng() < 0.5 ? 1 : uniform(rng, 0.1, 5);
      return checkGrad((xs) => binaryCrossEntropyWithLogits(xs, y, { posWeight }), x);
    });
    expect(checked).toBe(POINTS);
  });
  it('sigmoidFocalLoss(logits, targets, { alpha, gamma }).grad', () => {
    const checked = run(13, (rng) => {
      const y = vector(SIZE, () => (rng() < 0.3 ? rng() : Math.round(rng())));
      const x = vector(SIZE, () => uniform(rng, -6, 6));
      const alpha = rng() < 0.25 ? -1 : rng();
      const gamma = [0, 0.5, 1, 2, 3.5][Math.floor(rng() * 5)] as number;
      return checkGrad((xs) => sigmoidFocalLoss(xs, y, { alpha, gamma }), x);
    });
    expect(checked).toBe(POINTS);
  });
  it('crossEntropy(logits, indices, { labelSmoothing, weight, ignoreIndex }).grad', () => {
    const checked = run(14, (rng) => {
      // 2 rows × 2 classes = SIZE logits per batch; every option appears in some batches.
      const target = vector(2, () => (rng() < 0.15 ? -100 : Math.floor(rng() * 2)));
      if (!target.some((t) => t !== -100)) target[0] = 1;
      const labelSmoothing = rng() < 0.5 ? 0 : rng();
      const options =
        rng() < 0.5 ? { labelSmoothing } : { labelSmoothing, weight: [rng() + 0.1, rng() + 0.1] };
      const x = vector(SIZE, () => uniform(rng, -5, 5));
      return checkGrad(
        flat(2, (m) => crossEntropy(m, target, options)),
        x,
      );
    });
    expect(checked).toBe(POINTS);
  });
  it('crossEntropy(logits, probabilities, { labelSmoothing, weight }).grad', () => {
    const checked = run(15, (rng) => {
      const target = vector(2, () => {
        const a = rng();
        return [a, 1 - a];
      });
      const labelSmoothing = rng() < 0.5 ? 0 : rng();
      const options =
        rng() < 0.5 ? { labelSmoothing } : { labelSmoothing, weight: [rng() + 0.1, rng() + 0.1] };
      const x = vector(SIZE, () => uniform(rng, -5, 5));
      return checkGrad(
        flat(2, (m) => crossEntropy(m, target, options)),
        x,
      );
    });
    expect(checked).toBe(POINTS);
  });
  it('nllLoss(logProbs, target, { weight }).grad', () => {
    const checked = run(16, (rng) => {
      const target = vector(2, () => Math.floor(rng() * 2));
      const weight = [rng() + 0.1, rng() + 0.1];
      const x = vector(SIZE, () => uniform(rng, -5, 0));
      return checkGrad(
        flat(2, (m) => nllLoss(m, target, { weight })),
        x,
      );
    });
    expect(checked).toBe(POINTS);
  });
  it('klDiv(logProbs, targetProbs).grad', () => {
    const checked = run(17, (rng) => {
      const target = vector(2, () => {
        const a = rng() < 0.2 ? 0 : rng();
        return [a, 1 - a];
      });
      const x = vector(SIZE, () => uniform(rng, -5, 0));
      return checkGrad(
        flat(2, (m) => klDiv(m, target)),
        x,
      );
    });
    expect(checked).toBe(POINTS);
  });
  it('poissonNllLoss(input, target, { logInput, full }).grad', () => {
    const checked = run(18, (rng) => {
      const t = vector(SIZE, () => Math.floor(uniform(rng, 0, 6)));
      const logInput = rng() < 0.5;
      const full = rng() < 0.5;
      const x = vector(SIZE, () => (logInput ? uniform(rng, -2, 2) : uniform(rng, 0.1, 4)));
      return checkGrad((xs) => poissonNllLoss(xs, t, { logInput, full }), x);
    });
    expect(checked).toBe(POINTS);
  });
  it('gaussianNllLoss(input, target, variance, { full }).grad and .gradVariance', () => {
    const checked = run(19, (rng) => {
      const t = vector(SIZE, () => uniform(rng, -3, 3));
      const v = vector(SIZE, () => uniform(rng, 0.1, 3));
      const full = rng() < 0.5;
      const x = vector(SIZE, () => uniform(rng, -3, 3));
      let n = checkGrad((xs) => gaussianNllLoss(xs, t, v, { full }), x);
      const gv = gaussianNllLoss(x, t, v, { full }).gradVariance as number[];
      n += checkGrad((vs) => ({ loss: gaussianNllLoss(x, t, vs, { full }).loss, grad: gv }), v);
      const shared = uniform(rng, 0.1, 3);
      const gs = gaussianNllLoss(x, t, shared).gradVariance as number;
      const fd = centralDifference((s) => gaussianNllLoss(x, t, s).loss, shared, H);
      assertInDelta(gs, fd, TOL, { relative: true });
      return n;
    });
    expect(checked).toBe(2 * POINTS);
  });
});
