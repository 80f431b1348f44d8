import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { createOptimizer, optimizerKinds } from '~/compute/optimizers';
import type { Optimizer, OptimizerKind, OptimizerOptions } from '~/compute/types';
import { assertInDelta } from '../helpers/assert';

/*
 * Expected values are worked from the algorithm boxes of the PyTorch 1.13 torch.optim docs, on
 * θ0 = (1, −2) and f(θ) = ½(θ₁² + 3θ₂²), so g(θ) = (θ₁, 3θ₂). Steps that are plain decimals are
 * worked by hand below; the rest were evaluated with python3 and the `math` module by a separate
 * script that transcribes each box line by line, e.g. for Adam:
 *   m = β1·m + (1 − β1)·g;  v = β2·v + (1 − β2)·g²;  m̂ = m / (1 − β1^t);  v̂ = v / (1 − β2^t)
 *   θ = θ − γ·m̂ / (√v̂ + ε)
 */
const theta0 = [1, -2] as const;
const gradOf = (th: readonly number[]): number[] => [th[0] as number, 3 * (th[1] as number)];

/** Runs `n` steps of `opt` on f from θ0 and returns θ1 … θn. */
function run(opt: Optimizer, n: number): number[][] {
  const out: number[][] = [];
  let th: number[] = [...theta0];
  for (let t = 0; t < n; t++) {
    th = opt.step(th, gradOf(th));
    out.push(th);
  }
  return out;
}

describe('createOptimizer("sgd", options)', () => {
  it('createOptimizer("sgd", { lr: 0.1 }).step(params, grad) is θ − γg', () => {
    // θ1 = (1 − 0.1·1, −2 − 0.1·(−6)) = (0.9, −1.4); g1 = (0.9, −4.2); θ2 = (0.81, −0.98);
    // g2 = (0.81, −2.94); θ3 = (0.729, −0.686).
    assertInDelta(
      run(createOptimizer('sgd', { lr: 0.1 }), 3),
      [
        [0.9, -1.4],
        [0.81, -0.98],
        [0.729, -0.686],
      ],
      1e-12,
    );
  });

  it('createOptimizer("sgd", { lr, momentum }) starts its buffer at the first gradient', () => {
    // b1 = g0 = (1, −6); θ1 = (0.9, −1.4). g1 = (0.9, −4.2); b2 = 0.9·b1 + g1 = (1.8, −9.6);
    // θ2 = (0.72, −0.44). g2 = (0.72, −1.32); b3 = (2.34, −9.96); θ3 = (0.486, 0.556).
    const opt = createOptimizer('sgd', { lr: 0.1, momentum: 0.9 });
    assertInDelta(
      run(opt, 3),
      [
        [0.9, -1.4],
        [0.72, -0.44],
        [0.486, 0.556],
      ],
      1e-12,
    );
    assertInDelta(opt.state().buffers['momentumBuffer'] as number[], [2.34, -9.96], 1e-12);
    expect(opt.state().step).toBe(3);
  });

  it('createOptimizer("sgd", { lr, momentum, nesterov: true }) steps along g + μ·b', () => {
    // b1 = (1, −6); g0 + 0.9·b1 = (1.9, −11.4); θ1 = (0.81, −0.86). g1 = (0.81, −2.58);
    // b2 = (1.71, −7.98); g1 + 0.9·b2 = (2.349, −9.762); θ2 = (0.5751, 0.1162).
    // θ3 from python: (0.327321, 0.696346).
    assertInDelta(
      run(createOptimizer('sgd', { lr: 0.1, momentum: 0.9, nesterov: true }), 3),
      [
        [0.81, -0.86],
        [0.5751, 0.1162],
        [0.327321, 0.696346],
      ],
      1e-12,
    );
  });

  it('createOptimizer("sgd", { lr, momentum, dampening, weightDecay }) adds λθ and damps after step 1', () => {
    // g̃0 = g0 + 0.1·θ0 = (1.1, −6.2) = b1 (no dampening on step 1); θ1 = (0.89, −1.38).
    // g̃1 = (0.89 + 0.089, −4.14 − 0.138) = (0.979, −4.278); b2 = 0.9·b1 + 0.5·g̃1 =
    // (1.4795, −7.719); θ2 = (0.74205, −0.6081). θ3 from python: (0.56808225, 0.1808655).
    const opt = createOptimizer('sgd', {
      lr: 0.1,
      momentum: 0.9,
      dampening: 0.5,
      weightDecay: 0.1,
    });
    assertInDelta(
      run(opt, 3),
      [
        [0.89, -1.38],
        [0.74205, -0.6081],
        [0.56808225, 0.1808655],
      ],
      1e-12,
    );
  });

  it('createOptimizer("sgd", { nesterov: true }) without momentum throws a RangeError', () => {
    expect(() => createOptimizer('sgd', { nesterov: true })).toThrow(RangeError);
    expect(() => createOptimizer('sgd', { nesterov: true, momentum: 0.9, dampening: 0.1 })).toThrow(
      /Nesterov/,
    );
  });
});

describe('createOptimizer("adagrad", options)', () => {
  it('createOptimizer("adagrad", { lr: 0.1 }).step(params, grad) divides by √Σg² + 1e-10', () => {
    // Step 1 by hand: s = g0² = (1, 36); θ1 = θ0 − 0.1·g0/(|g0| + 1e-10)
    //   = (1 − 0.1/(1 + 1e-10), −2 + 0.6/(6 + 1e-10)) = (0.90000000001, −1.9000000000016667).
    const opt = createOptimizer('adagrad', { lr: 0.1 });
    assertInDelta(
      run(opt, 3),
      [
        [0.90000000001, -1.9000000000016666],
        [0.8331035268523168, -1.8311250538109978],
        [0.7804561813655163, -1.775821515011569],
      ],
      1e-12,
    );
    // s3 = 1 + 0.9000000000² + 0.8331035268523168²; the y sum likewise (3θ₂ each step).
    const sx = 1 + 0.90000000001 ** 2 + 0.8331035268523168 ** 2;
    const sy = 36 + (3 * 1.9000000000016666) ** 2 + (3 * 1.8311250538109978) ** 2;
    assertInDelta(opt.state().buffers['sum'] as number[], [sx, sy], 1e-9, { relative: true });
  });

  it('createOptimizer("adagrad", { lr, lrDecay, initialAccumulatorValue, weightDecay }) follows the box', () => {
    // Step 1 by hand: γ̃ = 0.1; g̃0 = (1.1, −6.2); s = (0.1 + 1.21, 0.1 + 38.44) = (1.31, 38.54);
    // θ1 = (1 − 0.11/√1.31, −2 + 0.62/√38.54) = (0.9038925537756828, −1.9001298196071652).
    // Step 2 uses γ̃ = 0.1 / (1 + 0.5); θ2, θ3 from python.
    const opt = createOptimizer('adagrad', {
      lr: 0.1,
      lrDecay: 0.5,
      initialAccumulatorValue: 0.1,
      weightDecay: 0.1,
    });
    assertInDelta(
      run(opt, 3),
      [
        [0.9038925537756828, -1.9001298196071652],
        [0.8601718764343107, -1.8542428997263811],
        [0.8336997208367397, -1.826363948989116],
      ],
      1e-12,
    );
  });
});

describe('createOptimizer("rmsprop", options)', () => {
  it('createOptimizer("rmsprop").step(params, grad) adds eps after the square root', () => {
    // Step 1 by hand (lr 0.01, α 0.99): v = 0.01·g²; √v = 0.1·|g|;
    // θ1 = θ0 − 0.01·g/(0.1|g| + 1e-8) = (1 − 0.01/0.10000001, −2 + 0.06/0.60000001)
    //    = (0.9000000099999991, −1.9000000016666667).
    const opt = createOptimizer('rmsprop');
    assertInDelta(
      run(opt, 3),
      [
        [0.9000000099999991, -1.9000000016666667],
        [0.8329179752650593, -1.8309433278740568],
        [0.7799822819823541, -1.7753494441022075],
      ],
      1e-12,
    );
    expect(Object.keys(opt.state().buffers)).toEqual(['squareAvg']);
  });

  it('createOptimizer("rmsprop", { centered: true }) subtracts the squared gradient average', () => {
    // Step 1 by hand: ṽ = 0.01·g² − (0.01·g)² = 0.0099·g²; √ṽ = 0.099498744|g|;
    // θ1 = θ0 − 0.01·sign(g)/(0.0994987437 + 1e-8/|g|) = (0.8994962285750879, −1.8994962201575805).
    const opt = createOptimizer('rmsprop', { centered: true });
    assertInDelta(
      run(opt, 3),
      [
        [0.8994962285750879, -1.8994962201575805],
        [0.8317593871030315, -1.8297521513460855],
        [0.7780684196313441, -1.7733354129072625],
      ],
      1e-12,
    );
    expect(Object.keys(opt.state().buffers).sort()).toEqual(['gradAvg', 'squareAvg']);
  });

  it('createOptimizer("rmsprop", { momentum, weightDecay }) accumulates the normalized step', () => {
    // Step 1 by hand: g̃0 = (1.1, −6.2); b1 = g̃/(0.1|g̃| + 1e-8) ≈ (1, −1); θ1 = θ0 − 0.01·b1
    //   = (0.9000000090909083, −1.9000000016129033). Steps 2 and 3 from python.
    const opt = createOptimizer('rmsprop', { momentum: 0.9, weightDecay: 0.1 });
    assertInDelta(
      run(opt, 3),
      [
        [0.9000000090909083, -1.9000000016129033],
        [0.7429179821205083, -1.7409433292459404],
        [0.5529149497788725, -1.5441299616858242],
      ],
      1e-12,
    );
    expect(Object.keys(opt.state().buffers).sort()).toEqual(['momentumBuffer', 'squareAvg']);
  });
});

describe('createOptimizer("adam" | "adamw", options)', () => {
  it('createOptimizer("adam", { lr: 0.1 }).step(params, grad) is bias-corrected', () => {
    // Step 1 by hand: m̂ = g0, v̂ = g0², θ1 = θ0 − 0.1·g0/(|g0| + 1e-8)
    //   = (1 − 0.1/(1 + 1e-8), −2 + 0.1·6/(6 + 1e-8)) = (0.900000001, −1.9000000001666666).
    const opt = createOptimizer('adam', { lr: 0.1 });
    assertInDelta(
      run(opt, 3),
      [
        [0.900000001, -1.9000000001666666],
        [0.8004122297123382, -1.800166485947237],
        [0.701586274504415, -1.7006233917912488],
      ],
      1e-12,
    );
    // After 3 steps m = Σ 0.1·0.9^(3−t)·g_t over g = (1, −6), (0.900000001, −5.7000000005), (0.80041…, −5.40049…).
    const g = [
      [1, -6],
      [0.900000001, 3 * -1.9000000001666666],
      [0.8004122297123382, 3 * -1.800166485947237],
    ] as const;
    const m = ([0, 1] as const).map((i) => g.reduce((acc, gt) => 0.9 * acc + 0.1 * gt[i], 0));
    const v = ([0, 1] as const).map((i) =>
      g.reduce((acc, gt) => 0.999 * acc + 0.001 * gt[i] ** 2, 0),
    );
    const state = opt.state();
    assertInDelta(state.buffers['expAvg'] as number[], m, 1e-12, { relative: true });
    assertInDelta(state.buffers['expAvgSq'] as number[], v, 1e-12, { relative: true });
  });

  it('createOptimizer("adam", { lr, weightDecay }) adds λθ to the gradient (L2)', () => {
    // Step 1 by hand: g̃0 = (1.1, −6.2); θ1 = θ0 − 0.1·g̃0/(|g̃0| + 1e-8)
    //   = (0.9000000009090909, −1.9000000001612902).
    assertInDelta(
      run(createOptimizer('adam', { lr: 0.1, weightDecay: 0.1 }), 3),
      [
        [0.9000000009090909, -1.9000000001612902],
        [0.8004122295267845, -1.8001664859363684],
        [0.7015862742210723, -1.7006233917747833],
      ],
      1e-12,
    );
  });

  it('createOptimizer("adam", { lr }) first step is −lr·g/(|g| + eps) ≈ −lr·sign(g)', () => {
    // m̂1 = (1 − β1)g/(1 − β1) = g and v̂1 = g², so Δθ = −lr·g/(|g| + ε), within lr·ε/|g| of −lr·sign(g).
    const rand = randomUniform.source(randomLcg(7))(-10, 10);
    for (const lr of [1e-3, 0.1, 3]) {
      const params = Array.from({ length: 50 }, rand);
      const grad = Array.from({ length: 50 }, rand);
      const next = createOptimizer('adam', { lr }).step(params, grad);
      next.forEach((p, i) => {
        const g = grad[i] as number;
        const delta = p - (params[i] as number);
        assertInDelta(delta, -lr * Math.sign(g), (lr * 1e-8) / Math.abs(g) + 1e-14);
      });
    }
  });

  it('createOptimizer("adamw", { lr }) decays p ← p·(1 − lr·0.01) before the Adam step', () => {
    // Step 1 by hand: p = θ0·(1 − 0.1·0.01) = (0.999, −1.998); θ1 = p − 0.1·sign(g0)·|g0|/(|g0| + 1e-8)
    //   = (0.899000001, −1.8980000001666666). Steps 2 and 3 from python.
    const opt = createOptimizer('adamw', { lr: 0.1 });
    expect(opt.options.weightDecay).toBe(0.01);
    assertInDelta(
      run(opt, 3),
      [
        [0.899000001, -1.8980000001666666],
        [0.7985190281887788, -1.7962725884763793],
        [0.6989111847156934, -1.6949445141299015],
      ],
      1e-12,
    );
  });

  it('createOptimizer("adamw", { lr, weightDecay: 0.5 }) decouples the decay from the moments', () => {
    // Step 1 by hand: p = θ0·(1 − 0.05) = (0.95, −1.9); θ1 = (0.850000001, −1.8000000001666665).
    assertInDelta(
      run(createOptimizer('adamw', { lr: 0.1, weightDecay: 0.5 }), 3),
      [
        [0.850000001, -1.8000000001666665],
        [0.7082484443656524, -1.6104122280035775],
        [0.574973932253246, -1.431025243417996],
      ],
      1e-12,
    );
  });
});

describe('createOptimizer(kind, options) shared behaviour', () => {
  it('createOptimizer(kind) uses torch.optim defaults', () => {
    expect(createOptimizer('sgd').options).toEqual({
      lr: 0.01,
      momentum: 0,
      dampening: 0,
      nesterov: false,
      weightDecay: 0,
    });
    expect(createOptimizer('adagrad').options).toEqual({
      lr: 0.01,
      lrDecay: 0,
      weightDecay: 0,
      initialAccumulatorValue: 0,
      eps: 1e-10,
    });
    expect(createOptimizer('rmsprop').options).toEqual({
      lr: 0.01,
      alpha: 0.99,
      eps: 1e-8,
      weightDecay: 0,
      momentum: 0,
      centered: false,
    });
    const adam = { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
    expect(createOptimizer('adam').options).toEqual({ ...adam, weightDecay: 0 });
    expect(createOptimizer('adamw').options).toEqual({ ...adam, weightDecay: 0.01 });
  });

  it.each(optimizerKinds)(
    'createOptimizer(%s).step(params, grad) never mutates its inputs',
    (kind) => {
      const opt = createOptimizer(kind, { momentum: 0.5, weightDecay: 0.1 });
      const params = Object.freeze([1, -2, 3]);
      const grad = Object.freeze([0.5, 0.25, -1]);
      const a = opt.step(params, grad);
      const b = opt.step(a, grad);
      expect(params).toEqual([1, -2, 3]);
      expect(grad).toEqual([0.5, 0.25, -1]);
      expect(b).not.toBe(a);
    },
  );

  it.each(optimizerKinds)(
    'createOptimizer(%s).state() returns copies and reset() starts afresh',
    (kind) => {
      const opts: OptimizerOptions = {
        lr: 0.1,
        momentum: kind === 'sgd' || kind === 'rmsprop' ? 0.9 : 0,
      };
      const opt = createOptimizer(kind, opts);
      const fresh = run(createOptimizer(kind, opts), 2);
      run(opt, 2);
      const before = opt.state();
      for (const buf of Object.values(before.buffers)) (buf as number[]).fill(1e9);
      expect(opt.state()).not.toEqual(before);
      opt.reset();
      expect(opt.state().step).toBe(0);
      for (const buf of Object.values(opt.state().buffers)) expect(buf).toEqual([]);
      expect(run(opt, 2)).toEqual(fresh);
    },
  );

  const bad: Array<[OptimizerKind, OptimizerOptions]> = [
    ['sgd', { lr: -0.1 }],
    ['sgd', { lr: NaN }],
    ['sgd', { lr: Infinity }],
    ['sgd', { momentum: -0.5 }],
    ['sgd', { weightDecay: -1 }],
    ['adagrad', { lrDecay: -1 }],
    ['adagrad', { eps: -1e-10 }],
    ['adagrad', { initialAccumulatorValue: -1 }],
    ['rmsprop', { alpha: -0.1 }],
    ['rmsprop', { alpha: 1.5 }],
    ['rmsprop', { momentum: -1 }],
    ['adam', { beta1: 1 }],
    ['adam', { beta2: -0.1 }],
    ['adam', { eps: -1 }],
    ['adamw', { weightDecay: -0.01 }],
    ['adamw', { lr: -1 }],
  ];
  it.each(bad)('createOptimizer(%s, %o) throws a RangeError', (kind, options) => {
    expect(() => createOptimizer(kind, options)).toThrow(RangeError);
  });

  it('createOptimizer("adam", { lr: -1 }) names the option in its message', () => {
    expect(() => createOptimizer('adam', { lr: -1 })).toThrow(/Adam: invalid lr -1/);
  });

  it.each(optimizerKinds)(
    'createOptimizer(%s).step(params, grad) rejects mismatched lengths',
    (kind) => {
      const opt = createOptimizer(kind, { momentum: 0.9 });
      expect(() => opt.step([1, 2], [1])).toThrow(RangeError);
      opt.step([1, 2], [1, 1]);
      if (kind !== 'sgd') expect(() => opt.step([1, 2, 3], [1, 1, 1])).toThrow(/reset/);
    },
  );

  it('createOptimizer("nope" as OptimizerKind) throws a RangeError', () => {
    expect(() => createOptimizer('nope' as OptimizerKind)).toThrow(RangeError);
  });
});

describe('createOptimizer(kind, options) on a bowl', () => {
  // f = ½(x² + 10y²) from (−2.5, 2): the minimum is the origin.
  const configs: Array<[string, OptimizerKind, OptimizerOptions, number]> = [
    ['sgd', 'sgd', { lr: 0.1 }, 200],
    ['sgd + momentum', 'sgd', { lr: 0.05, momentum: 0.9 }, 300],
    ['sgd + nesterov', 'sgd', { lr: 0.05, momentum: 0.9, nesterov: true }, 300],
    ['adagrad', 'adagrad', { lr: 1 }, 300],
    ['rmsprop', 'rmsprop', { lr: 0.01 }, 1000],
    ['rmsprop centered + momentum', 'rmsprop', { lr: 0.01, centered: true, momentum: 0.5 }, 1000],
    ['adam', 'adam', { lr: 0.05 }, 1000],
    ['adamw', 'adamw', { lr: 0.05 }, 1000],
  ];
  it.each(configs)('createOptimizer(%s) reaches the minimum', (_, kind, options, steps) => {
    const opt = createOptimizer(kind, options);
    let th = [-2.5, 2];
    for (let t = 0; t < steps; t++) th = opt.step(th, [th[0] as number, 10 * (th[1] as number)]);
    assertInDelta(th, [0, 0], 1e-3);
  });
});
