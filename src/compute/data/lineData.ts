/** The site's canonical regression dataset: points scattered about a line, with optional outliers. */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { permutation } from './shuffle';

/** Options of `lineData`; every one has a default, so `lineData()` is the canonical dataset. */
export interface LineDataOptions {
  /** Number of points (default 20). */
  readonly n?: number;
  /** True slope a (default 2). */
  readonly slope?: number;
  /** True intercept b (default 0). */
  readonly intercept?: number;
  /** Standard deviation σ of the Gaussian noise added to y (default 1). */
  readonly noise?: number;
  /** Interval x is drawn from uniformly (default [−2, 2]). */
  readonly xRange?: readonly [number, number];
  /** How many points get a large vertical offset (default 0). */
  readonly outliers?: number;
  /** The vertical offset added to each outlier (default 10, i.e. 10σ at the default noise). */
  readonly outlierShift?: number;
  /** Seed of the d3 `randomLcg` source (default 1). */
  readonly seed?: number;
}

/** Points sorted by x, with the outliers marked. */
export interface LineData {
  readonly x: number[];
  readonly y: number[];
  readonly isOutlier: boolean[];
}

/**
 * Samples y = slope·x + intercept + ε, ε ~ N(0, noise²), at n points x ~ Uniform(xRange), sorted by
 * x; `outliers` of them, chosen at random, are moved up by `outlierShift`. The default is the
 * site's "N = 20, y = 2x + noise": x in [−2, 2] so that the signal (±4) stands clear of the noise
 * (σ = 1) and the least-squares slope lands within about ±0.4 of 2. The clean points do not depend
 * on `outliers`, so toggling outliers moves only the outliers, and k outliers are a subset of k + 1.
 */
export function lineData({
  n = 20,
  slope = 2,
  intercept = 0,
  noise = 1,
  xRange = [-2, 2],
  outliers = 0,
  outlierShift = 10,
  seed = 1,
}: LineDataOptions = {}): LineData {
  if (!(Number.isInteger(n) && n >= 0))
    throw new RangeError(`lineData: n must be a whole number, got ${n}`);
  if (!(noise >= 0)) throw new RangeError(`lineData: noise must be ≥ 0, got ${noise}`);
  const source = randomLcg(seed);
  const uniform = randomUniform.source(source)(xRange[0], xRange[1]);
  const x = Array.from({ length: n }, uniform).sort((a, b) => a - b);
  const gaussian = randomNormal.source(source)(0, noise);
  const y = x.map((xi) => slope * xi + intercept + gaussian());
  // Drawn last, so the clean points above are the same whatever `outliers` is.
  const chosen = permutation(n, source).slice(0, Math.max(0, Math.min(n, Math.floor(outliers))));
  const isOutlier = new Array<boolean>(n).fill(false);
  for (const i of chosen) {
    isOutlier[i] = true;
    y[i] = (y[i] as number) + outlierShift;
  }
  return { x, y, isOutlier };
}
