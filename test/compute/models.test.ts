import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { blobs, lineData, splitTrainHeldOut, pick } from '~/compute/data';
import {
  accuracy,
  choleskySolve,
  createLinearRegression,
  createLogisticRegression,
  createSoftmaxRegression,
  fit,
  fitRidgePolynomial,
  linearGradient,
  lossCurveInW,
  mseLinear1D,
  predictGrid,
  type Dataset,
  type FitLoss,
  type Model,
} from '~/compute/models';
import { createOptimizer } from '~/compute/optimizers';
import { getLoss } from '~/compute/registry';
import type { LossParams, Optimizer } from '~/compute/types';
import { assertInDelta, centralDifference } from '../helpers/assert';

/** Plain gradient descent θ ← θ − η·g, written here so the tests do not lean on the optimizers. */
function gradientDescent(lr: number): Optimizer & { readonly steps: () => number } {
  let steps = 0;
  return {
    kind: 'sgd',
    options: { lr },
    step(params, grad) {
      steps++;
      return params.map((p, i) => p - lr * (grad[i] as number));
    },
    state: () => ({ step: steps, buffers: {} }),
    reset() {
      steps = 0;
    },
    steps: () => steps,
  };
}

// Local pointwise losses, each with its derivative worked by hand.
const squared: FitLoss = { variable: 'residual', value: (r) => r * r, derivative: (r) => 2 * r };
const absolute: FitLoss = {
  variable: 'residual',
  value: (r) => Math.abs(r),
  derivative: (r) => Math.sign(r),
};
const logCosh: FitLoss = {
  variable: 'residual',
  value: (r) => Math.log(Math.cosh(r)),
  derivative: (r) => Math.tanh(r),
};
// log(1 + e^(−z)), d/dz = −1 / (1 + e^z).
const logistic: FitLoss = {
  variable: 'margin',
  value: (z) => Math.log(1 + Math.exp(-z)),
  derivative: (z) => -1 / (1 + Math.exp(z)),
};
// max(0, 1 − z)², d/dz = −2·max(0, 1 − z).
const squaredHinge: FitLoss = {
  variable: 'margin',
  value: (z) => Math.max(0, 1 - z) ** 2,
  derivative: (z) => -2 * Math.max(0, 1 - z),
};
const negLog: FitLoss = {
  variable: 'probability',
  value: (p) => -Math.log(p),
  derivative: (p) => -1 / p,
};
// Brier-style (1 − p)², d/dp = −2(1 − p).
const brier: FitLoss = {
  variable: 'probability',
  value: (p) => (1 - p) ** 2,
  derivative: (p) => -2 * (1 - p),
};

/** Seeded rows of d features in [−1.5, 1.5]. */
function randomRows(n: number, d: number, seed: number): number[][] {
  const u = randomUniform.source(randomLcg(seed))(-1.5, 1.5);
  return Array.from({ length: n }, () => Array.from({ length: d }, u));
}

/** Checks model.lossAndGrad's gradient against central differences of its loss, coordinate-wise. */
function checkGradient(
  model: Model,
  params: readonly number[],
  data: Dataset,
  loss: FitLoss | undefined,
  lossParams?: LossParams,
  indices?: readonly number[],
): void {
  const { grad } = model.lossAndGrad(params, data, loss, lossParams, indices);
  const numeric = params.map((_, j) =>
    centralDifference((t) => {
      const p = params.slice();
      p[j] = t;
      return model.lossAndGrad(p, data, loss, lossParams, indices).loss;
    }, params[j] as number),
  );
  // Central difference with h = 1e-6: truncation ~h², rounding ~1e-16/h ≈ 1e-10 per unit of loss.
  assertInDelta(grad, numeric, 1e-6, { relative: true });
}

/** Least-squares line by the normal equations: slope = Sxy / Sxx, intercept = ȳ − slope·x̄. */
function olsLine(x: readonly number[], y: readonly number[]): [number, number] {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * ((y[i] as number) - my);
    sxx += (xi - mx) ** 2;
  });
  return [sxy / sxx, my - (sxy / sxx) * mx];
}

const line = lineData({ seed: 3 });

describe('linearGradient and the models’ gradients', () => {
  it('linearGradient(params, data, loss) matches central differences for residual losses', () => {
    const x = randomRows(30, 3, 1);
    const y = randomRows(30, 1, 2).map((r) => 4 * (r[0] as number));
    const model = createLinearRegression(3);
    for (const loss of [squared, logCosh, getLoss('huber'), getLoss('quantile')]) {
      checkGradient(model, [0.3, -1.2, 0.8, 0.1], { x, y }, loss, { delta: 0.7, tau: 0.3 });
    }
  });

  it('linearGradient(params, data, loss) matches central differences for margin, probability and logit losses', () => {
    const x = randomRows(30, 2, 3);
    const y = x.map((r) => ((r[0] as number) + 0.3 * (r[1] as number) > 0.1 ? 1 : -1));
    const model = createLogisticRegression(2);
    const params = [0.7, -0.4, 0.2];
    for (const loss of [logistic, squaredHinge, negLog, brier, getLoss('exponential')]) {
      checkGradient(model, params, { x, y }, loss);
    }
    // {0, 1} labels and the registry's BCE with logits (target taken from the label) and focal.
    const y01 = y.map((v) => (v > 0 ? 1 : 0));
    checkGradient(model, params, { x, y: y01 }, getLoss('bce-with-logits'), { posWeight: 2 });
    checkGradient(model, params, { x, y: y01 }, getLoss('focal'), { alpha: 0.25, gamma: 2 });
    checkGradient(model, params, { x, y: y01 }, undefined);
  });

  it('linearGradient(params, data, loss, _, indices) averages over the batch rows only', () => {
    const model = createLinearRegression(1);
    const batch = [2, 5, 11];
    checkGradient(model, [1.1, -0.3], line, squared, undefined, batch);
    // By hand: the batch loss is the mean of the three squared residuals.
    const r = batch.map((i) => 1.1 * (line.x[i] as number) - 0.3 - (line.y[i] as number));
    assertInDelta(
      linearGradient([1.1, -0.3], line, squared, undefined, batch).loss,
      (r[0]! ** 2 + r[1]! ** 2 + r[2]! ** 2) / 3,
      1e-12,
    );
  });

  it('createLogisticRegression(): −log p on p = σ(y·s) equals the logistic margin loss', () => {
    // −log σ(z) = log(1 + e^(−z)), so both the losses and the gradients agree.
    const x = randomRows(20, 2, 4);
    const y = x.map((r) => ((r[1] as number) > 0 ? 1 : 0));
    const model = createLogisticRegression(2);
    const a = model.lossAndGrad([0.5, 1.5, -0.2], { x, y }, negLog);
    const b = model.lossAndGrad([0.5, 1.5, -0.2], { x, y }, logistic);
    assertInDelta(a.loss, b.loss, 1e-12);
    assertInDelta(a.grad, b.grad, 1e-12);
  });

  it('createSoftmaxRegression(2, 3).lossAndGrad matches central differences, and log 3 at zero', () => {
    const b = blobs({ classes: 3, nPerClass: 8, seed: 5 });
    const data = { x: b.points, y: b.labels };
    const model = createSoftmaxRegression(2, 3);
    // All logits equal at zero params: every p = 1/3, cross-entropy log 3.
    assertInDelta(
      model.lossAndGrad(model.initialParams(), data, undefined).loss,
      Math.log(3),
      1e-14,
    );
    const params = [0.4, -0.3, 0.1, -0.6, 0.2, 0.0, 0.3, 0.5, -0.2];
    checkGradient(model, params, data, undefined);
    checkGradient(model, params, data, getLoss('cross-entropy'));
    checkGradient(model, params, data, brier);
    // The registry's cross-entropy and the chain rule through −log p agree.
    assertInDelta(
      model.lossAndGrad(params, data, getLoss('cross-entropy')).loss,
      model.lossAndGrad(params, data, negLog).loss,
      1e-12,
    );
  });

  it('lossAndGrad rejects a loss the model cannot read, with a RangeError', () => {
    expect(() => createLogisticRegression(1).lossAndGrad([0, 0], line, squared)).toThrow(
      /margin or probability/,
    );
    expect(() =>
      createSoftmaxRegression(2, 3).lossAndGrad(
        new Array(9).fill(0),
        { x: [[0, 0]], y: [0] },
        logistic,
      ),
    ).toThrow(RangeError);
    expect(() =>
      createLinearRegression(1).lossAndGrad([0, 0], line, getLoss('poisson-nll')),
    ).toThrow(RangeError);
  });
});

describe('mseLinear1D and lossCurveInW', () => {
  it('mseLinear1D(w, b, data) on a hand-worked example', () => {
    // x = (1, 2, 3), y = (2, 4, 7), w = 1, b = 0.5: ŷ = (1.5, 2.5, 3.5), r = (−0.5, −1.5, −3.5);
    // L = (0.25 + 2.25 + 12.25)/3 = 14.75/3; ∂L/∂ŷ = (2/3)r; ∂L/∂w = (2/3)(−0.5 − 3 − 10.5) = −28/3;
    // ∂L/∂b = (2/3)(−5.5) = −11/3.
    const r = mseLinear1D(1, 0.5, { x: [1, 2, 3], y: [2, 4, 7] });
    assertInDelta(r.loss, 14.75 / 3, 1e-14);
    assertInDelta(r.predictions, [1.5, 2.5, 3.5], 1e-15);
    assertInDelta(r.residuals, [-0.5, -1.5, -3.5], 1e-15);
    assertInDelta(r.dLdyhat, [-1 / 3, -1, -7 / 3], 1e-15);
    assertInDelta(r.dLdw, -28 / 3, 1e-14);
    assertInDelta(r.dLdb, -11 / 3, 1e-14);
  });

  it('mseLinear1D(w, b, data) derivatives match central differences on lineData()', () => {
    const r = mseLinear1D(1.3, 0.4, line);
    assertInDelta(
      r.dLdw,
      centralDifference((w) => mseLinear1D(w, 0.4, line).loss, 1.3),
      1e-7,
    );
    assertInDelta(
      r.dLdb,
      centralDifference((b) => mseLinear1D(1.3, b, line).loss, 0.4),
      1e-7,
    );
  });

  it('lossCurveInW(data, b, wRange, n) spans wRange and bottoms out at w* = Σx(y − b)/Σx²', () => {
    const curve = lossCurveInW(line, 0.2, [-1, 5], 601);
    expect(curve).toHaveLength(601);
    assertInDelta([curve[0]!.w, curve[600]!.w], [-1, 5], 1e-15);
    // With b fixed, L(w) is a parabola with minimum at w* = Σxᵢ(yᵢ − b) / Σxᵢ².
    let sxy = 0;
    let sxx = 0;
    line.x.forEach((x, i) => {
      sxy += x * ((line.y[i] as number) - 0.2);
      sxx += x * x;
    });
    const best = curve.reduce((a, c) => (c.loss < a.loss ? c : a));
    assertInDelta(best.w, sxy / sxx, 0.01); // grid step 0.01
    for (const s of [curve[17]!, curve[300]!]) {
      assertInDelta(
        s.dLdw,
        centralDifference((w) => mseLinear1D(w, 0.2, line).loss, s.w),
        1e-7,
      );
    }
    // With a pointwise loss given: the same curve for squared residuals.
    assertInDelta(
      lossCurveInW(line, 0.2, [-1, 5], 7, squared).map((s) => s.loss),
      lossCurveInW(line, 0.2, [-1, 5], 7).map((s) => s.loss),
      1e-12,
    );
  });
});

describe('fit', () => {
  const [slope, intercept] = olsLine(line.x, line.y);

  it('fit({ full batch, gradient descent, MSE }) converges to the least-squares line', () => {
    const result = fit({
      model: createLinearRegression(1),
      data: line,
      loss: squared,
      optimizer: gradientDescent(0.1),
      epochs: 500,
    });
    expect(result.stop).toBe('done');
    expect(result.trace).toHaveLength(501);
    assertInDelta(result.params, [slope, intercept], 1e-9);
    // The loss never rises under a stable step on a convex quadratic.
    for (let i = 1; i < result.trace.length; i++) {
      expect(result.trace[i]!.trainLoss).toBeLessThanOrEqual(
        result.trace[i - 1]!.trainLoss + 1e-15,
      );
    }
    assertInDelta(result.trace[500]!.gradNorm, 0, 1e-9);
  });

  it("fit({ optimizer: createOptimizer('sgd' | 'adam') }) reaches the least-squares line", () => {
    const sgd = fit({
      model: createLinearRegression(1),
      data: line,
      loss: getLoss('mse'),
      optimizer: createOptimizer('sgd', { lr: 0.1, momentum: 0.5 }),
      epochs: 400,
    });
    assertInDelta(sgd.params, [slope, intercept], 1e-9);
    const adam = fit({
      model: createLinearRegression(1),
      data: line,
      loss: getLoss('mse'),
      optimizer: createOptimizer('adam', { lr: 0.02 }),
      epochs: 3000,
    });
    // Adam's constant step leaves a small oscillation about the minimum.
    assertInDelta(adam.params, [slope, intercept], 1e-3);
  });

  it('fit({ batchSize: 5 | 1, seed }) takes ⌈N/B⌉ steps per epoch, is seeded, and lands near least squares', () => {
    const run = (batchSize: number, seed: number, lr: number, opt = gradientDescent(lr)) => ({
      opt,
      result: fit({
        model: createLinearRegression(1),
        data: line,
        loss: squared,
        optimizer: opt,
        epochs: 200,
        batchSize,
        seed,
      }),
    });
    const a = run(5, 1, 0.02);
    expect(a.opt.steps()).toBe(200 * 4);
    expect(run(5, 1, 0.02).result).toEqual(a.result);
    expect(run(5, 2, 0.02).result.params).not.toEqual(a.result.params);
    // SGD noise around the minimum is O(lr); allow 0.1.
    assertInDelta(a.result.params, [slope, intercept], 0.1);
    const single = run(1, 1, 0.005);
    expect(single.opt.steps()).toBe(200 * 20);
    assertInDelta(single.result.params, [slope, intercept], 0.1);
    // Reported train loss is the full-data loss at the recorded params.
    const last = single.result.trace[200]!;
    assertInDelta(last.trainLoss, mseLinear1D(last.params[0]!, last.params[1]!, line).loss, 1e-12);
  });

  it('fit({ loss: MAE }) on data with outliers lands on the least-absolute-deviations line, unlike MSE', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const data = lineData({ seed, outliers: 3 });
      const lad = (w: number, b: number): number =>
        data.x.reduce((s, x, i) => s + Math.abs(w * x + b - (data.y[i] as number)), 0) /
        data.x.length;
      // An optimal L1 line passes through two data points (an LP vertex; Bloomfield & Steiger
      // 1983), so the best of all lines through pairs is the LAD optimum.
      let best = Infinity;
      for (let i = 0; i < data.x.length; i++) {
        for (let j = i + 1; j < data.x.length; j++) {
          const w =
            ((data.y[j] as number) - (data.y[i] as number)) /
            ((data.x[j] as number) - (data.x[i] as number));
          best = Math.min(best, lad(w, (data.y[i] as number) - w * (data.x[i] as number)));
        }
      }
      const mae = fit({
        model: createLinearRegression(1),
        data,
        loss: absolute,
        optimizer: createOptimizer('adam', { lr: 0.05 }),
        epochs: 1500,
      });
      const [w, b] = mae.params as [number, number];
      // Subgradient steps with a constant rate end within O(lr) of the optimum.
      assertInDelta(lad(w, b), best, 0.01);
      // The outliers drag the least-squares line up; LAD stays near the line fitted to the clean
      // points alone (least squares on the non-outliers). Distance: mean |f(xᵢ) − g(xᵢ)|.
      const clean = data.x.map((_, i) => i).filter((i) => !data.isOutlier[i]);
      const [wClean, bClean] = olsLine(pick(data.x, clean), pick(data.y, clean));
      const [wMse, bMse] = olsLine(data.x, data.y);
      const gap = (wa: number, ba: number): number =>
        data.x.reduce((s, x) => s + Math.abs((wa - wClean) * x + (ba - bClean)), 0) / data.x.length;
      expect(gap(w, b)).toBeLessThan(0.5 * gap(wMse, bMse));
    }
  });

  it('fit({ lr too large }) stops with "diverged", a message, and no NaN in the trace', () => {
    for (const batchSize of ['full', 4] as const) {
      const result = fit({
        model: createLinearRegression(1),
        data: line,
        loss: squared,
        optimizer: gradientDescent(3),
        epochs: 5000,
        batchSize,
      });
      expect(result.stop).toBe('diverged');
      expect(result.message).toMatch(/diverged in epoch \d+.*smaller learning rate/);
      expect(result.trace.length).toBeGreaterThan(1);
      expect(result.trace.length).toBeLessThan(5001);
      for (const r of result.trace) {
        for (const v of [r.trainLoss, r.gradNorm, ...r.params])
          expect(Number.isFinite(v)).toBe(true);
      }
      expect(result.params.every(Number.isFinite)).toBe(true);
    }
  });

  it('fit({ heldOut }) records the held-out loss of each epoch', () => {
    const big = lineData({ n: 40, seed: 8 });
    const split = splitTrainHeldOut(40, { heldOutFraction: 0.25, seed: 2 });
    const part = (idx: number[]): Dataset => ({ x: pick(big.x, idx), y: pick(big.y, idx) });
    const heldOut = part(split.heldOut);
    const result = fit({
      model: createLinearRegression(1),
      data: part(split.train),
      loss: squared,
      optimizer: gradientDescent(0.1),
      epochs: 50,
      heldOut,
    });
    for (const r of result.trace) {
      const w = r.params[0]!;
      const b = r.params[1]!;
      assertInDelta(
        r.heldOutLoss!,
        mseLinear1D(w, b, heldOut as { x: number[]; y: number[] }).loss,
        1e-12,
      );
    }
  });

  it('fit({ logistic regression, separable blobs }) classifies every point', () => {
    const b = blobs({ classes: 2, nPerClass: 50, spread: 0.3, seed: 4 });
    const data = { x: b.points, y: b.labels };
    const model = createLogisticRegression(2);
    for (const loss of [undefined, getLoss('hinge'), getLoss('bce')]) {
      const result = fit({
        model,
        data,
        ...(loss ? { loss } : {}),
        optimizer: createOptimizer('sgd', { lr: 0.5 }),
        epochs: 100,
      });
      expect(result.stop).toBe('done');
      expect(accuracy(model, result.params, data)).toBe(1);
    }
  });

  it('fit({ softmax regression, three blobs, mini-batches }) reaches high accuracy', () => {
    const b = blobs({ classes: 3, nPerClass: 40, spread: 0.4, seed: 6 });
    const data = { x: b.points, y: b.labels };
    const model = createSoftmaxRegression(2, 3);
    const result = fit({
      model,
      data,
      optimizer: createOptimizer('adam', { lr: 0.05 }),
      epochs: 60,
      batchSize: 16,
      seed: 3,
    });
    expect(result.stop).toBe('done');
    expect(accuracy(model, result.params, data)).toBeGreaterThanOrEqual(0.95);
    expect(result.trace[60]!.trainLoss).toBeLessThan(0.3 * Math.log(3));
  });
});

describe('predictGrid and accuracy', () => {
  it('predictGrid(model, params, domain, nx, ny) gives class 1 right of x₁ = 0 for w = (1, 0)', () => {
    const grid = predictGrid(
      createLogisticRegression(2),
      [1, 0, 0],
      [
        [-2, 2],
        [0, 1],
      ],
      4,
      2,
    );
    // Cell centres by hand: x₁ = −1.5, −0.5, 0.5, 1.5; x₂ = 0.25, 0.75.
    assertInDelta(grid.x, [-1.5, -0.5, 0.5, 1.5], 1e-15);
    assertInDelta(grid.y, [0.25, 0.75], 1e-15);
    expect(grid.classes).toEqual([0, 0, 1, 1, 0, 0, 1, 1]);
  });

  it('predictGrid(softmax) picks the class with the largest logit', () => {
    // Logits (x₁, −x₁, 0.75): class 0 for x₁ > 0.75, class 1 for x₁ < −0.75, else class 2.
    const params = [1, 0, 0, -1, 0, 0, 0, 0, 0.75];
    const grid = predictGrid(
      createSoftmaxRegression(2, 3),
      params,
      [
        [-3, 3],
        [0, 1],
      ],
      6,
      1,
    );
    expect(grid.classes).toEqual([1, 1, 2, 2, 0, 0]);
  });

  it('accuracy(model, params, data) counts {0, 1} and {−1, +1} labels alike', () => {
    const model = createLogisticRegression(1);
    const x = [-2, -1, 1, 2];
    expect(accuracy(model, [1, 0], { x, y: [0, 0, 1, 0] })).toBe(0.75);
    expect(accuracy(model, [1, 0], { x, y: [-1, -1, 1, -1] })).toBe(0.75);
  });
});

describe('fitRidgePolynomial', () => {
  it('fitRidgePolynomial(x, y, { degree: 2, lambda: 0.1 }) equals the exact normal-equations solution', () => {
    // x already spans [−1, 1], so t = x. Solved exactly with python3 fractions:
    // (ΦᵀΦ/5 + 0.1·diag(0,1,1)) c = Φᵀy/5 with ΦᵀΦ/5 = [[1,0,1/2],[0,1/2,0],[1/2,0,17/40]],
    // Φᵀy/5 = (13/10, 3/5, 9/10)  →  c = (93/110, 1, 10/11).
    const fitted = fitRidgePolynomial([-1, -0.5, 0, 0.5, 1], [1, 0, 0.5, 2, 3], {
      degree: 2,
      lambda: 0.1,
    });
    assertInDelta(fitted.coefficients, [93 / 110, 1, 10 / 11], 1e-14);
    assertInDelta(fitted.predict(0.5), 93 / 110 + 0.5 + 10 / 44, 1e-14);
    expect(fitted.jitter).toBe(0);
  });

  it('fitRidgePolynomial(x, y, { degree: 0 }) is the mean; { degree: 1 } is least squares', () => {
    const y = [3, 5, 10];
    assertInDelta(fitRidgePolynomial([0, 1, 4], y, { degree: 0 }).predict(7), 6, 1e-14);
    const p = fitRidgePolynomial(line.x, line.y, { degree: 1 });
    const [slope, intercept] = olsLine(line.x, line.y);
    assertInDelta([p.predict(0), p.predict(1) - p.predict(0)], [intercept, slope], 1e-12);
  });

  it('fitRidgePolynomial(x, y, { degree: 8, lambda }) zeroes the ridge objective’s gradient', () => {
    // Stationarity, checked independently of how the system was solved: for each k,
    // (2/N) Σᵢ (ŷᵢ − yᵢ) tᵢᵏ + 2λ cₖ [k ≥ 1] = 0.
    const x = randomRows(40, 1, 9).map((r) => r[0]! * 2 + 1);
    const y = x.map((v, i) => Math.sin(v) + 0.1 * (i % 3));
    for (const lambda of [0, 1e-3, 0.5]) {
      const p = fitRidgePolynomial(x, y, { degree: 8, lambda });
      for (let k = 0; k <= 8; k++) {
        let g = 0;
        x.forEach((xi, i) => {
          const t = (xi - p.center) / p.scale;
          g += (2 / x.length) * (p.predict(xi) - (y[i] as number)) * t ** k;
        });
        if (k > 0) g += 2 * lambda * p.coefficients[k]!;
        assertInDelta(g, 0, 1e-9);
      }
    }
  });

  it('fitRidgePolynomial(x, y, { degree: n − 1 }) interpolates; a huge λ flattens to the mean', () => {
    const x = [0, 0.3, 0.5, 0.9, 1.4, 2];
    const y = [1, -1, 2, 0, 3, 1];
    assertInDelta(fitRidgePolynomial(x, y, { degree: 5 }).trainLoss, 0, 1e-20);
    const flat = fitRidgePolynomial(x, y, { degree: 5, lambda: 1e12 });
    assertInDelta(flat.predict(1.1), 1, 1e-9); // mean of y = 6/6
  });

  it('fitRidgePolynomial(x, y, { degree > distinct x }) stays finite through a tiny jitter', () => {
    const p = fitRidgePolynomial([0, 0, 1, 1], [1, 2, 3, 4], { degree: 4 });
    expect(p.jitter).toBeGreaterThan(0);
    expect(p.coefficients.every(Number.isFinite)).toBe(true);
    // Still close to the per-x means 1.5 and 3.5.
    assertInDelta([p.predict(0), p.predict(1)], [1.5, 3.5], 1e-3);
  });

  it('choleskySolve(A, b) solves an SPD system and returns null for an indefinite one', () => {
    // A = [[4, 2], [2, 3]], b = (2, 1): det 8, x = (1/8)(3·2 − 2·1, 4·1 − 2·2) = (0.5, 0).
    assertInDelta(
      choleskySolve(
        [
          [4, 2],
          [2, 3],
        ],
        [2, 1],
      )!,
      [0.5, 0],
      1e-15,
    );
    expect(
      choleskySolve(
        [
          [1, 2],
          [2, 1],
        ],
        [1, 1],
      ),
    ).toBeNull();
  });
});
