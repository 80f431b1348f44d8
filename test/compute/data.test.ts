import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  blobs,
  createRiskDistribution,
  gaussLegendre,
  integrate,
  lineData,
  miniBatches,
  permutation,
  shuffle,
  seededRandom,
  splitTrainHeldOut,
  toSignedLabels,
} from '~/compute/data';
import { assertInDelta } from '../helpers/assert';

/** Ordinary least-squares slope and intercept by the closed form Sxy / Sxx. */
function olsLine(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * ((y[i] as number) - my);
    sxx += (xi - mx) ** 2;
  });
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

describe('lineData', () => {
  it('lineData() is the canonical N = 20 dataset on x in [−2, 2], sorted, without outliers', () => {
    const d = lineData();
    expect(d.x).toHaveLength(20);
    expect(d.y).toHaveLength(20);
    expect(d.isOutlier).toEqual(new Array(20).fill(false));
    for (let i = 0; i < 20; i++) {
      expect(d.x[i]).toBeGreaterThanOrEqual(-2);
      expect(d.x[i]).toBeLessThan(2);
      if (i > 0) expect(d.x[i]).toBeGreaterThanOrEqual(d.x[i - 1] as number);
    }
  });

  it('lineData({ seed }) is a pure function of its options and differs across seeds', () => {
    expect(lineData({ seed: 7 })).toEqual(lineData({ seed: 7 }));
    expect(lineData({ seed: 7, outliers: 2 })).toEqual(lineData({ seed: 7, outliers: 2 }));
    expect(lineData({ seed: 7 }).y).not.toEqual(lineData({ seed: 8 }).y);
    expect(lineData({ seed: 7 }).x).not.toEqual(lineData({ seed: 8 }).x);
  });

  it('lineData({ noise: 0 }) lies exactly on y = slope·x + intercept', () => {
    const d = lineData({ noise: 0, slope: -1.5, intercept: 0.25, seed: 3 });
    // No noise: every y is the line itself (tolerance: one rounding).
    assertInDelta(
      d.y,
      d.x.map((x) => -1.5 * x + 0.25),
      1e-12,
    );
  });

  it('lineData({ noise: 0.05, n: 200 }) gives a least-squares slope near 2 and intercept near 0', () => {
    const d = lineData({ noise: 0.05, n: 200, seed: 11 });
    const { slope, intercept } = olsLine(d.x, d.y);
    // Standard error of the slope ≈ σ / (√N · sd(x)) = 0.05 / (14.1 · 1.15) ≈ 0.003; allow 0.02.
    assertInDelta(slope, 2, 0.02);
    assertInDelta(intercept, 0, 0.02);
  });

  it('lineData({ seed }) at the defaults: the least-squares slope averages 2 over 50 seeds', () => {
    const slopes = Array.from({ length: 50 }, (_, s) => {
      const d = lineData({ seed: s + 1 });
      return olsLine(d.x, d.y).slope;
    });
    // Per-seed standard error ≈ 1 / (√20 · 1.15) ≈ 0.19, so the mean of 50 has ≈ 0.027; allow 0.1.
    assertInDelta(mean(slopes), 2, 0.1);
  });

  it('lineData({ noise, n }) has residual standard deviation ≈ noise', () => {
    const d = lineData({ noise: 0.7, n: 4000, seed: 5 });
    const r = d.y.map((y, i) => y - 2 * (d.x[i] as number));
    const sd = Math.sqrt(mean(r.map((v) => v * v)));
    // sd of a sample sd ≈ σ/√(2N) ≈ 0.008; allow 0.035 (5%).
    assertInDelta(sd, 0.7, 0.035);
  });

  it('lineData({ outliers: k }) moves k points up by outlierShift and leaves the rest unchanged', () => {
    const clean = lineData({ seed: 4 });
    const three = lineData({ seed: 4, outliers: 3 });
    const four = lineData({ seed: 4, outliers: 4, outlierShift: 10 });
    expect(three.isOutlier.filter(Boolean)).toHaveLength(3);
    expect(four.isOutlier.filter(Boolean)).toHaveLength(4);
    expect(three.x).toEqual(clean.x);
    three.y.forEach((y, i) => {
      assertInDelta(y - (clean.y[i] as number), three.isOutlier[i] ? 10 : 0, 1e-12);
      if (three.isOutlier[i]) expect(four.isOutlier[i]).toBe(true);
    });
  });
});

describe('blobs', () => {
  it('blobs({ classes, nPerClass, seed }) is deterministic, differs across seeds, labels 0..K−1', () => {
    const a = blobs({ classes: 3, nPerClass: 10, seed: 2 });
    expect(a).toEqual(blobs({ classes: 3, nPerClass: 10, seed: 2 }));
    expect(a.points).not.toEqual(blobs({ classes: 3, nPerClass: 10, seed: 3 }).points);
    expect(a.points).toHaveLength(30);
    expect([0, 1, 2].map((k) => a.labels.filter((l) => l === k).length)).toEqual([10, 10, 10]);
  });

  it('blobs({ classes: 3 }) centres lie at radius 1.5, angles 90°, 210°, 330°', () => {
    // By hand: 1.5·(cos, sin) of 90°, 210°, 330° = (0, 1.5), (−1.2990381, −0.75), (1.2990381, −0.75).
    assertInDelta(
      blobs({ classes: 3, nPerClass: 0 }).centers,
      [
        [0, 1.5],
        [-1.299038105676658, -0.75],
        [1.299038105676658, -0.75],
      ],
      1e-12,
    );
  });

  it('blobs({ classes: 2, nPerClass: 2000, spread: 0.6 }) has class means near (∓1, ∓1) and sd ≈ spread', () => {
    const b = blobs({ classes: 2, nPerClass: 2000, spread: 0.6, seed: 9 });
    for (const k of [0, 1]) {
      const pts = b.points.filter((_, i) => b.labels[i] === k);
      const c = k === 0 ? -1 : 1;
      // Standard error of a mean: 0.6 / √2000 ≈ 0.013; allow 0.06.
      assertInDelta(mean(pts.map((p) => p[0])), c, 0.06);
      assertInDelta(mean(pts.map((p) => p[1])), c, 0.06);
      const sd = Math.sqrt(mean(pts.map((p) => (p[0] - c) ** 2)));
      assertInDelta(sd, 0.6, 0.03);
    }
  });

  it('toSignedLabels(labels) maps 0 → −1 and 1 → +1', () => {
    expect(toSignedLabels([0, 1, 1, 0])).toEqual([-1, 1, 1, -1]);
  });
});

describe('shuffle, permutation, miniBatches', () => {
  it('permutation(n, random) holds each index once, is seeded, and differs across seeds', () => {
    const p = permutation(50, randomLcg(1));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(p).toEqual(permutation(50, randomLcg(1)));
    expect(p).not.toEqual(permutation(50, randomLcg(2)));
  });

  it('shuffle(items, random) leaves its input untouched', () => {
    const items = ['a', 'b', 'c', 'd'];
    shuffle(items, randomLcg(3));
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shuffle([0, 1, 2], random) draws each of the 6 orders about equally often', () => {
    const random = randomLcg(42);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffle([0, 1, 2], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Each count ~ Binomial(6000, 1/6): mean 1000, sd ≈ 28.9; allow ±150 (≈ 5 sd).
    for (const c of counts.values()) assertInDelta(c, 1000, 150);
  });

  it('miniBatches(n, batchSize, random) covers every row once, the last batch the remainder', () => {
    const batches = miniBatches(23, 5, randomLcg(1));
    expect(batches.map((b) => b.length)).toEqual([5, 5, 5, 5, 3]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(() => miniBatches(10, 0, randomLcg(1))).toThrow(RangeError);
  });
});

describe('splitTrainHeldOut', () => {
  it('splitTrainHeldOut(n, { heldOutFraction, seed }) splits into disjoint sorted parts', () => {
    const s = splitTrainHeldOut(40, { heldOutFraction: 0.25, seed: 5 });
    expect(s.heldOut).toHaveLength(10);
    expect(s.train).toHaveLength(30);
    expect([...s.train, ...s.heldOut].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(s.train).toEqual([...s.train].sort((a, b) => a - b));
    expect(s).toEqual(splitTrainHeldOut(40, { heldOutFraction: 0.25, seed: 5 }));
    expect(s.heldOut).not.toEqual(
      splitTrainHeldOut(40, { heldOutFraction: 0.25, seed: 6 }).heldOut,
    );
  });

  it('splitTrainHeldOut(1, { heldOutFraction: 0.9 }) keeps one training row', () => {
    expect(splitTrainHeldOut(1, { heldOutFraction: 0.9, seed: 1 })).toEqual({
      train: [0],
      heldOut: [],
    });
  });
});

describe('quadrature', () => {
  it('gaussLegendre(2) and gaussLegendre(3) match the textbook nodes and weights', () => {
    // By hand: P₂ roots ±1/√3, weights 1; P₃ roots 0, ±√(3/5), weights 8/9, 5/9.
    const r2 = gaussLegendre(2);
    assertInDelta(r2.nodes, [-1 / Math.sqrt(3), 1 / Math.sqrt(3)], 1e-15);
    assertInDelta(r2.weights, [1, 1], 1e-14);
    const r3 = gaussLegendre(3);
    assertInDelta(r3.nodes, [-Math.sqrt(0.6), 0, Math.sqrt(0.6)], 1e-15);
    assertInDelta(r3.weights, [5 / 9, 8 / 9, 5 / 9], 1e-14);
  });

  it('integrate(f, a, b) is exact for x^30 and accurate for sin²(πx)', () => {
    // ∫₋₁¹ x³⁰ dx = 2/31; ∫₋₁¹ sin²(πx) dx = 1; ∫₀² eˣ dx = e² − 1.
    assertInDelta(
      integrate((x) => x ** 30, -1, 1),
      2 / 31,
      1e-15,
    );
    assertInDelta(
      integrate((x) => Math.sin(Math.PI * x) ** 2, -1, 1),
      1,
      1e-14,
    );
    assertInDelta(integrate(Math.exp, 0, 2), Math.E ** 2 - 1, 1e-13);
  });
});

describe('createRiskDistribution', () => {
  it('createRiskDistribution({ noise }).bayesRisk is σ², the risk of f* itself', () => {
    const dist = createRiskDistribution({ noise: 0.3 });
    assertInDelta(dist.bayesRisk, 0.09, 1e-15);
    assertInDelta(dist.expectedRisk(dist.f), 0.09, 1e-15);
  });

  it('expectedRisk(f̂) for the sine target matches closed forms', () => {
    const dist = createRiskDistribution({ target: 'sine', noise: 0.3 });
    // f̂ = 0: ½∫₋₁¹ sin²(πx) dx + σ² = ½ + 0.09.
    assertInDelta(
      dist.expectedRisk(() => 0),
      0.59,
      1e-14,
    );
    // f̂ = f* + c: c² + σ².
    assertInDelta(
      dist.expectedRisk((x) => dist.f(x) + 0.5),
      0.25 + 0.09,
      1e-14,
    );
    // f̂ = a·x: ½∫(ax − sin πx)² = a²/3 − 2a/π + ½ (∫₋₁¹ x sin πx dx = 2/π).
    const a = 0.8;
    assertInDelta(
      dist.expectedRisk((x) => a * x),
      (a * a) / 3 - (2 * a) / Math.PI + 0.5 + 0.09,
      1e-14,
    );
  });

  it('expectedRisk(0) for the cubic target 2x³ − x is 11/105 + σ²', () => {
    // ½∫₋₁¹ (4x⁶ − 4x⁴ + x²) dx = ½(8/7 − 8/5 + 2/3) = 11/105.
    const dist = createRiskDistribution({ target: 'cubic', noise: 0.1 });
    assertInDelta(
      dist.expectedRisk(() => 0),
      11 / 105 + 0.01,
      1e-15,
    );
  });

  it('sample(n, seed) is seeded, on (−1, 1), and its empirical risk approaches expectedRisk', () => {
    const dist = createRiskDistribution({ noise: 0.3 });
    expect(dist.sample(10, 1)).toEqual(dist.sample(10, 1));
    expect(dist.sample(10, 1).x).not.toEqual(dist.sample(10, 2).x);
    const { x, y } = dist.sample(200_000, 3);
    expect(x.every((xi) => Math.abs(xi) <= 1)).toBe(true);
    const predictor = (t: number): number => 0.8 * t;
    const empirical = mean(y.map((yi, i) => (predictor(x[i] as number) - yi) ** 2));
    // Monte-Carlo error: sd of a squared error here is < 0.6, over √200000 ≈ 447 → < 0.0014.
    assertInDelta(empirical, dist.expectedRisk(predictor), 0.007);
  });
});

describe('seededRandom', () => {
  it('seededRandom(seed) repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
