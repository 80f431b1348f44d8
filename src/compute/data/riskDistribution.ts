/** A known data distribution, so expected risk can be computed, not just estimated. */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { integrate } from './gaussLegendre';

/** The true regression function f* of a `RiskDistribution`. */
export type RiskTarget = 'sine' | 'cubic';

/** Options of `createRiskDistribution`. */
export interface RiskDistributionOptions {
  /** f*(x) = sin(πx) ('sine', default) or 2x³ − x ('cubic'). */
  readonly target?: RiskTarget;
  /** Standard deviation σ of the label noise ε (default 0.3). */
  readonly noise?: number;
}

/** A sample of (x, y) pairs. */
export interface RiskSample {
  readonly x: number[];
  readonly y: number[];
}

/** x ~ Uniform(−1, 1), y = f*(x) + ε with ε ~ N(0, σ²), and its exact risks. */
export interface RiskDistribution {
  readonly target: RiskTarget;
  readonly noise: number;
  /** The support of x. */
  readonly domain: readonly [number, number];
  /** f*(x), the regression function E[y | x]. */
  f(x: number): number;
  /** n pairs drawn with d3's `randomLcg(seed)`; a pure function of (n, seed). */
  sample(n: number, seed: number): RiskSample;
  /** E[(f̂(x) − y)²] for a predictor f̂. */
  expectedRisk(predictor: (x: number) => number): number;
  /** The risk of f* itself, σ²: no predictor does better. */
  readonly bayesRisk: number;
}

const targets: Readonly<Record<RiskTarget, (x: number) => number>> = {
  sine: (x) => Math.sin(Math.PI * x),
  cubic: (x) => 2 * x * x * x - x,
};

/**
 * The distribution behind the risk-gap simulator. Its expected squared-error risk splits as
 * E[(f̂ − y)²] = ½∫₋₁¹ (f̂(x) − f*(x))² dx + σ² (ε is independent of x with mean 0); the integral is
 * taken by composite Gauss–Legendre quadrature (8 panels × 16 points), exact up to rounding for
 * polynomial f̂ of degree ≤ 15 with the cubic target, and accurate to ~1e-14 with the sine.
 */
export function createRiskDistribution({
  target = 'sine',
  noise = 0.3,
}: RiskDistributionOptions = {}): RiskDistribution {
  if (!(noise >= 0))
    throw new RangeError(`createRiskDistribution: noise must be ≥ 0, got ${noise}`);
  const f = targets[target];
  return {
    target,
    noise,
    domain: [-1, 1],
    f,
    sample(n, seed) {
      const source = randomLcg(seed);
      const x = Array.from({ length: n }, randomUniform.source(source)(-1, 1));
      const gaussian = randomNormal.source(source)(0, noise);
      return { x, y: x.map((xi) => f(xi) + gaussian()) };
    },
    expectedRisk(predictor) {
      const excess = 0.5 * integrate((x) => (predictor(x) - f(x)) ** 2, -1, 1);
      return excess + noise * noise;
    },
    bayesRisk: noise * noise,
  };
}
