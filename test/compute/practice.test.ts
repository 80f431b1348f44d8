import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropyWithLogits,
  hingeLoss,
  logisticLoss,
  mseLoss,
  network,
  practiceProblems,
} from '~/compute';
import {
  MAX_VARIANT_SEED,
  isVariantSeed,
  mixSeed,
  nextVariantSeed,
  pickStep,
  variantRandom,
  type PracticeProblem,
  type PracticeValue,
} from '~/compute/practice';
import { problem as bpP2 } from '~/compute/practice/problems/bp-p2';
import { problem as ceP1 } from '~/compute/practice/problems/ce-p1';
import { problem as chP2 } from '~/compute/practice/problems/ch-p2';
import { problem as clP1 } from '~/compute/practice/problems/cl-p1';
import { problem as crP1 } from '~/compute/practice/problems/cr-p1';
import { problem as erP1 } from '~/compute/practice/problems/er-p1';
import { problem as gdP1 } from '~/compute/practice/problems/gd-p1';
import { problem as mlP1 } from '~/compute/practice/problems/ml-p1';
import { problem as opP1 } from '~/compute/practice/problems/op-p1';
import { problem as rlP2 } from '~/compute/practice/problems/rl-p2';
import { problem as walP1 } from '~/compute/practice/problems/wal-p1';
import { assertInDelta } from '../helpers/assert';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const sig = (z: number) => 1 / (1 + Math.exp(-z));
/** Central difference of f at x. */
const fd = (f: (x: number) => number, x: number, h = 1e-6) => (f(x + h) - f(x - h)) / (2 * h);
/** Decimals of a drawn number as it prints (0.35 → 2). */
const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
const num = (v: PracticeValue | undefined) => v as number;
const list = (v: PracticeValue | undefined) => v as readonly number[];

describe('variant seeds', () => {
  it('mixSeed(seed) spreads consecutive seeds: first draws of seeds 1…50 are not bunched', () => {
    // Without mixing, randomLcg(1), randomLcg(2), … start 0.0004 apart.
    const first = Array.from({ length: 50 }, (_, i) => variantRandom(i + 1)()).sort();
    const gaps = first.slice(1).map((x, i) => x - first[i]!);
    expect(Math.max(...gaps)).toBeLessThan(0.2);
    expect(first[first.length - 1]! - first[0]!).toBeGreaterThan(0.8);
    expect(new Set(Array.from({ length: 1000 }, (_, i) => mixSeed(i))).size).toBe(1000);
  });

  it('isVariantSeed(seed) accepts whole numbers from 0 to MAX_VARIANT_SEED only', () => {
    expect([0, 1, MAX_VARIANT_SEED].every(isVariantSeed)).toBe(true);
    expect([-1, 0.5, MAX_VARIANT_SEED + 1, NaN, Infinity].some(isVariantSeed)).toBe(false);
    expect(() => walP1.params(-1)).toThrow(RangeError);
  });

  it('pickStep(random, min, max, step) returns short numbers on the grid, both ends reachable', () => {
    const random = variantRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => pickStep(random, 0.05, 0.4, 0.05)));
    expect([...seen].sort((a, b) => a - b)).toEqual([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]);
  });

  it('nextVariantSeed(problem, seed) moves to a variant with a different answer', () => {
    for (const problem of Object.values(practiceProblems)) {
      for (const seed of [0, 1, 2, 17]) {
        const next = nextVariantSeed(problem, seed);
        expect(problem.next(seed)).toBe(next);
        expect(next).toBeGreaterThan(seed);
        expect(problem.variant(next).answer).not.toBe(problem.variant(seed).answer);
      }
    }
  });
});

describe('every parameterized problem', () => {
  const problems = Object.values(practiceProblems);

  it('the registry holds one problem per id, each under its own id', () => {
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const [id, p] of Object.entries(practiceProblems)) expect(p.id).toBe(id);
  });

  it.each(problems.map((p) => [p.id, p] as const))(
    '%s: draws are deterministic per seed, differ across seeds and solve to finite numbers',
    (_, problem: PracticeProblem) => {
      const answers = new Set<number>();
      for (const seed of [0, ...SEEDS]) {
        expect(problem.params(seed)).toEqual(problem.params(seed));
        const { answer, values } = problem.variant(seed);
        expect(Number.isFinite(answer)).toBe(true);
        for (const [name, v] of Object.entries(values)) {
          for (const x of typeof v === 'number' ? [v] : v) {
            expect(Number.isFinite(x), `${problem.id} seed ${seed}: ${name}`).toBe(true);
          }
        }
        answers.add(answer);
      }
      // New numbers are really new: many distinct answers over 300 seeds.
      expect(answers.size).toBeGreaterThanOrEqual(8);
      expect(problem.variant(0)).toEqual(problem.solve(problem.base));
    },
  );
});

describe('wal-p1: MSE and MAE of four predictions', () => {
  it('solve(printed numbers) matches the hand computation', () => {
    // residuals 0.5, −2, 0, 1 → squares 0.25, 4, 0, 1: MSE 5.25/4, MAE 3.5/4
    const { answer, values } = walP1.variant(0);
    assertInDelta(answer, 1.3125, 1e-12);
    assertInDelta(num(values['mae']), 0.875, 1e-12);
    assertInDelta(num(values['shareAbs']), (100 * 2) / 3.5, 1e-9);
    assertInDelta(num(values['shareSq']), (100 * 4) / 5.25, 1e-9);
  });

  it('solve({ pred, target }) for another batch', () => {
    // residuals 1, −3, 0, 1 → MSE (1 + 9 + 0 + 1)/4, MAE 5/4
    const { answer, values } = walP1.solve({ pred: [2, 0, 1, 1], target: [1, 3, 1, 0] });
    assertInDelta(answer, 2.75, 1e-12);
    assertInDelta(num(values['mae']), 1.25, 1e-12);
  });

  it('draws keep the story: the second example has the largest error, the third none', () => {
    for (const seed of SEEDS) {
      const { pred, target } = walP1.params(seed);
      const r = pred.map((p, i) => Math.abs(p - target[i]!));
      expect(r[2]).toBe(0);
      expect(r[1]!).toBeGreaterThan(Math.max(r[0]!, r[3]!));
      expect(pred.every((p) => decimals(p) <= 1) && target.every(Number.isInteger)).toBe(true);
    }
  });
});

describe('rl-p2: smooth L1 of three residuals', () => {
  it('solve(printed numbers) matches the hand computation', () => {
    // β = 0.5: 0.2²/(2β) = 0.04; 1.5 − β/2 = 1.25; 3 − β/2 = 2.75 → mean 4.04/3; Huber = β × it
    const { answer, values } = rlP2.variant(0);
    assertInDelta(answer, 4.04 / 3, 1e-12);
    assertInDelta(num(values['huber']), (0.5 * 4.04) / 3, 1e-12);
  });

  it('draws keep the first residual inside (−β, β) and the others outside, with β ≠ 1', () => {
    for (const seed of SEEDS) {
      const { beta, res } = rlP2.params(seed);
      expect(beta).not.toBe(1);
      expect(Math.abs(res[0]!)).toBeLessThan(beta);
      expect(Math.min(Math.abs(res[1]!), Math.abs(res[2]!))).toBeGreaterThan(beta);
    }
  });
});

describe('ce-p1: BCE of a negative at probability p', () => {
  it('solve({ p }) is −log(1 − p), with the logit log(p/(1 − p))', () => {
    assertInDelta(ceP1.variant(0).answer, -Math.log(0.1), 1e-12);
    const { answer, values } = ceP1.solve({ p: 0.75 });
    assertInDelta(answer, Math.log(4), 1e-12);
    assertInDelta(num(values['logit']), Math.log(3), 1e-12);
  });

  it('the gradient with respect to the logit agrees with finite differences and is p − y', () => {
    for (const seed of SEEDS.slice(0, 30)) {
      const { values } = ceP1.variant(seed);
      const loss = (z: number) => binaryCrossEntropyWithLogits([z], [0]).loss;
      assertInDelta(num(values['grad']), fd(loss, num(values['logit'])), 1e-6);
      assertInDelta(num(values['grad']), num(values['p']), 1e-12);
      expect(num(values['p'])).toBeGreaterThanOrEqual(0.7);
      expect(num(values['p'])).toBeLessThanOrEqual(0.99);
    }
  });
});

describe('ml-p1: hinge and logistic loss of a negative inside the margin', () => {
  it('solve({ s }) matches the hand computation', () => {
    // y = −1, s = −0.4: z = 0.4, hinge 1 − z = 0.6, d/ds = −y = 1; logistic log(1 + e^s)
    const { answer, values } = mlP1.variant(0);
    assertInDelta(answer, 0.6, 1e-12);
    expect(values['hingeGrad']).toBe(1);
    assertInDelta(num(values['logistic']), Math.log(1 + Math.exp(-0.4)), 1e-12);
    assertInDelta(num(values['logisticGrad']), sig(-0.4), 1e-12);
  });

  it('derivatives agree with finite differences and draws stay inside the margin', () => {
    for (const seed of SEEDS) {
      const { s } = mlP1.params(seed);
      const { values } = mlP1.variant(seed);
      expect(num(values['margin'])).toBeGreaterThan(0);
      expect(num(values['margin'])).toBeLessThan(1);
      assertInDelta(
        num(values['hingeGrad']),
        fd((x) => hingeLoss([x], [-1]).loss, s),
        1e-6,
      );
      assertInDelta(
        num(values['logisticGrad']),
        fd((x) => logisticLoss([x], [-1]).loss, s),
        1e-6,
      );
    }
  });
});

describe('gd-p1: two gradient steps on 2(w − 1)²', () => {
  it('solve({ w0, lr }) follows w − 1 ← (1 − 4η)(w − 1)', () => {
    // w1 = 3 − 0.1 · 4 · 2 = 2.2, w2 = 2.2 − 0.1 · 4 · 1.2 = 1.72
    assertInDelta(gdP1.variant(0).answer, 1.72, 1e-12);
    for (const seed of SEEDS) {
      const { w0, lr } = gdP1.params(seed);
      const { answer, values } = gdP1.variant(seed);
      assertInDelta(num(values['w1']), 1 + (1 - 4 * lr) * (w0 - 1), 1e-12);
      assertInDelta(answer, 1 + (1 - 4 * lr) ** 2 * (w0 - 1), 1e-12);
      // The drawn rates converge (|1 − 4η| < 1) and the start is not the minimum.
      expect(lr > 0 && lr < 0.5 && w0 !== 1).toBe(true);
    }
  });
});

describe('op-p1: three steps of SGD with momentum', () => {
  it('solve({ lr, mu, g }) builds b₁ = g, bₜ = μ bₜ₋₁ + g and w −= η bₜ', () => {
    const printed = opP1.variant(0).values;
    assertInDelta(list(printed['buffers']), [2, 3.8, 5.42], 1e-12);
    assertInDelta(list(printed['weights']), [-0.2, -0.58, -1.122], 1e-12);
    assertInDelta(num(printed['plain']), -0.6, 1e-12);
    const { answer, values } = opP1.solve({ lr: 0.2, mu: 0.5, g: -1 });
    assertInDelta(list(values['buffers']), [-1, -1.5, -1.75], 1e-12);
    assertInDelta(answer, 0.2 * (1 + 1.5 + 1.75), 1e-12);
    assertInDelta(num(values['limit']), -2, 1e-12);
  });
});

describe('cr-p1: ∂L/∂b of MSE for a flat line', () => {
  it('solve(printed numbers) is (2/3) Σ (b − yᵢ)', () => {
    // residuals 1 − 2, 1 − 4, 1 − 5 = −1, −3, −4 → (2/3)(−8)
    assertInDelta(crP1.variant(0).answer, -16 / 3, 1e-12);
    assertInDelta(crP1.solve({ y: [1, 1, 4], b: 0.5 }).answer, (2 / 3) * (-0.5 - 0.5 - 3.5), 1e-12);
  });

  it('∂L/∂b and ∂L/∂w agree with finite differences; every drawn point lies above the line', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const { y, b } = crP1.params(seed);
      const x = [1, 2, 3];
      const { values } = crP1.variant(seed);
      const lossAt = (w: number, c: number) =>
        mseLoss(
          x.map((xi) => w * xi + c),
          y,
        ).loss;
      assertInDelta(
        num(values['dLdb']),
        fd((c) => lossAt(0, c), b),
        1e-6,
      );
      assertInDelta(
        num(values['dLdw']),
        fd((w) => lossAt(w, b), 0),
        1e-6,
      );
      expect(y.every((yi) => yi > b)).toBe(true);
    }
  });
});

describe("bp-p2: ∂L/∂w⁽¹⁾₁₂ of the worked example's network", () => {
  /** The forward and backward pass written out by hand, for the weights of the chapter. */
  const byHand = ([x1, x2]: readonly number[]) => {
    const a1 = sig(0.2 * x1! + 0.4 * x2! + 0.1);
    const a2 = sig(0.3 * x1! + 0.1 * x2! + 0.2);
    const a = sig(0.7 * a1 + 0.5 * a2 + 0.3);
    const d1 = (a - 1) * 0.7 * a1 * (1 - a1);
    return { grad11: d1 * x1!, grad12: d1 * x2! };
  };

  it('solve({ x }) matches the chain rule done by hand', () => {
    for (const seed of [0, ...SEEDS.slice(0, 50)]) {
      const { x } = bpP2.params(seed);
      const { answer, values } = bpP2.variant(seed);
      assertInDelta(answer, byHand(x).grad12, 1e-12);
      assertInDelta(num(values['grad11']), byHand(x).grad11, 1e-12);
      expect(x[1]).not.toBe(0);
    }
  });

  it('the gradient agrees with a finite difference of the network loss', () => {
    const net = network.createNetworkFromWeights(2, network.workedExampleLayers);
    for (const seed of [0, 1, 2, 3]) {
      const { x } = bpP2.params(seed);
      const lossAt = (w: number) => {
        const layers = network.workedExampleLayers.map((l, i) =>
          i === 0 ? { ...l, weights: [[l.weights[0]![0]!, w], l.weights[1]!] } : l,
        );
        return network.networkLoss(network.createNetworkFromWeights(2, layers), x, [1], 'bce');
      };
      const w12 = net.layers[0]!.weights[0]![1]!;
      assertInDelta(bpP2.variant(seed).answer, fd(lossAt, w12), 1e-7);
    }
  });
});

describe('ch-p2: Huber loss of one residual', () => {
  it('solve(printed numbers) matches the hand computation', () => {
    // δ = 1.5, r = 3: δ(|r| − δ/2) = 1.5 · 2.25; squared 9; r = 0.8: ½ · 0.64
    const { answer, values } = chP2.variant(0);
    assertInDelta(answer, 3.375, 1e-12);
    assertInDelta(num(values['squared']), 9, 1e-12);
    assertInDelta(num(values['smallLoss']), 0.32, 1e-12);
  });

  it('draws put one residual beyond δ and one within', () => {
    for (const seed of SEEDS) {
      const { delta, large, small } = chP2.params(seed);
      expect(small > 0 && small < delta && large > delta).toBe(true);
      assertInDelta(chP2.variant(seed).answer, delta * (large - delta / 2), 1e-12);
    }
  });
});

describe('cl-p1: BCEWithLogitsLoss with pos_weight', () => {
  it('solve(printed numbers) matches the hand computation', () => {
    // w = 1200/48 = 25; plain −log σ(−2) = log(1 + e²); weighted 25×; negative log(1 + e^−2)
    const { answer, values } = clP1.variant(0);
    expect(values['posWeight']).toBe(25);
    assertInDelta(answer, 25 * Math.log(1 + Math.exp(2)), 1e-12);
    assertInDelta(num(values['plainGrad']), sig(-2) - 1, 1e-12);
    assertInDelta(num(values['negative']), Math.log(1 + Math.exp(-2)), 1e-12);
  });

  it('the weighted gradient agrees with finite differences; weights are whole numbers', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const { neg, pos, z } = clP1.params(seed);
      const posWeight = neg / pos;
      expect(Number.isInteger(posWeight) && posWeight >= 3 && z < 0).toBe(true);
      const loss = (x: number) => binaryCrossEntropyWithLogits([x], [1], { posWeight }).loss;
      assertInDelta(num(clP1.variant(seed).values['weightedGrad']), fd(loss, z), 1e-5);
    }
  });
});

describe('er-p1: the risk of predicting zero', () => {
  it('solve({ sigma }) is ½ + σ² (∫ sin² over two half-periods is 1)', () => {
    assertInDelta(erP1.variant(0).answer, 0.5 + 0.09, 1e-12);
    assertInDelta(erP1.solve({ sigma: 0.5 }).answer, 0.75, 1e-12);
    for (const seed of SEEDS) {
      const { sigma } = erP1.params(seed);
      expect(sigma > 0 && sigma <= 1).toBe(true);
      assertInDelta(erP1.variant(seed).answer, 0.5 + sigma * sigma, 1e-12);
    }
  });
});
