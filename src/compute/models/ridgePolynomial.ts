/** Polynomial regression of degree d with an L2 (ridge) penalty, solved in closed form. */
import { choleskySolve } from './choleskySolve';

/** The highest degree `fitRidgePolynomial` accepts (see its conditioning note). */
export const maxPolynomialDegree = 20;

/** Options of `fitRidgePolynomial`. */
export interface RidgeOptions {
  /** Polynomial degree d, 0..maxPolynomialDegree. */
  readonly degree: number;
  /** Ridge strength λ ≥ 0 (default 0: ordinary least squares). */
  readonly lambda?: number;
}

/** A fitted polynomial in the scaled variable t = (x − center) / scale. */
export interface PolynomialFit {
  readonly degree: number;
  readonly lambda: number;
  readonly center: number;
  readonly scale: number;
  /** c₀ … c_d of ŷ = Σₖ cₖ tᵏ. */
  readonly coefficients: number[];
  /** Diagonal jitter that was added because the system was singular (0 almost always). */
  readonly jitter: number;
  /** Mean squared error on the training points (without the penalty). */
  readonly trainLoss: number;
  predict(x: number): number;
}

/**
 * Minimizes (1/N) Σᵢ (ŷ(xᵢ) − yᵢ)² + λ Σₖ₌₁ᵈ cₖ² (intercept c₀ not penalized) over polynomials
 * ŷ = Σₖ cₖ tᵏ of t = (x − center)/scale, where center and scale map the training x onto [−1, 1].
 * Solves the normal equations (ΦᵀΦ/N + λ·diag(0, 1, …, 1)) c = Φᵀy/N by Cholesky.
 *
 * Conditioning: the scaling keeps |tᵏ| ≤ 1, but the monomials' Gram matrix still grows
 * ill-conditioned with d (condition number, for t spread evenly over [−1, 1], about 2e3 at d = 5,
 * 1e7 at d = 10, 5e10 at d = 15, 3e14 at d = 20, measured with numpy), so without a penalty the
 * coefficients lose about log₁₀(cond) of their 16 digits: fine to d ≈ 15, few digits left at 20
 * (the fitted values at the data degrade far less). A little λ (≥ 1e-8) bounds it by ~1/λ.
 * When the system is singular (fewer distinct x than d + 1 and λ = 0), the smallest diagonal
 * jitter 1e-12·10ᵏ·mean(diag) that makes it positive definite is added and reported in `jitter`.
 */
export function fitRidgePolynomial(
  x: readonly number[],
  y: readonly number[],
  { degree, lambda = 0 }: RidgeOptions,
): PolynomialFit {
  const n = x.length;
  if (n === 0 || y.length !== n) {
    throw new RangeError(
      `fitRidgePolynomial: need as many y as x and at least one point (got ${n}, ${y.length})`,
    );
  }
  if (!(Number.isInteger(degree) && degree >= 0 && degree <= maxPolynomialDegree)) {
    throw new RangeError(
      `fitRidgePolynomial: degree must be a whole number 0..${maxPolynomialDegree}, got ${degree}`,
    );
  }
  if (!(lambda >= 0 && Number.isFinite(lambda))) {
    throw new RangeError(`fitRidgePolynomial: lambda must be ≥ 0, got ${lambda}`);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const xi of x) {
    if (xi < lo) lo = xi;
    if (xi > hi) hi = xi;
  }
  const center = (lo + hi) / 2;
  const scale = hi > lo ? (hi - lo) / 2 : 1;
  const m = degree + 1;
  const gram: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const rhs = new Array<number>(m).fill(0);
  const powers = new Array<number>(m);
  for (let i = 0; i < n; i++) {
    const t = ((x[i] as number) - center) / scale;
    powers[0] = 1;
    for (let k = 1; k < m; k++) powers[k] = (powers[k - 1] as number) * t;
    for (let r = 0; r < m; r++) {
      const pr = powers[r] as number;
      rhs[r] = (rhs[r] as number) + (pr * (y[i] as number)) / n;
      const row = gram[r] as number[];
      for (let c = 0; c <= r; c++) row[c] = (row[c] as number) + (pr * (powers[c] as number)) / n;
    }
  }
  for (let r = 0; r < m; r++) {
    const row = gram[r] as number[];
    for (let c = 0; c < r; c++) (gram[c] as number[])[r] = row[c] as number;
    if (r > 0) row[r] = (row[r] as number) + lambda;
  }
  let meanDiag = 0;
  for (let r = 0; r < m; r++) meanDiag += ((gram[r] as number[])[r] as number) / m;
  let jitter = 0;
  let coefficients = choleskySolve(gram, rhs);
  for (let e = -12; coefficients === null && e <= 0; e++) {
    jitter = 10 ** e * meanDiag;
    const jittered = gram.map((row, r) => row.map((v, c) => (r === c ? v + jitter : v)));
    coefficients = choleskySolve(jittered, rhs);
  }
  if (coefficients === null)
    throw new RangeError('fitRidgePolynomial: the normal equations could not be solved');
  const c = coefficients;
  const predict = (xi: number): number => {
    // Horner's rule in t.
    const t = (xi - center) / scale;
    let s = 0;
    for (let k = m - 1; k >= 0; k--) s = s * t + (c[k] as number);
    return s;
  };
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (predict(x[i] as number) - (y[i] as number)) ** 2;
  return { degree, lambda, center, scale, coefficients: c, jitter, trainLoss: sse / n, predict };
}
