/**
 * Numerically stable scalar and vector activations. Every function here is finite and accurate
 * for inputs of any magnitude (±1e3 and beyond): none of them exponentiates a large positive
 * number.
 */

/** Logistic sigmoid σ(x) = 1 / (1 + e^(−x)), evaluated without overflow for any x. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softplus(x) = log(1 + e^x), stable for any x (≈ x for large x, ≈ e^x for very negative x). */
export function softplus(x: number): number {
  // log(1 + e^x) = max(x, 0) + log1p(e^(−|x|)).
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log σ(x) = −softplus(−x), stable for any x. */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** log Σ exp(vᵢ), shifted by the maximum so that no term overflows. Returns −Infinity for []. */
export function logSumExp(v: readonly number[]): number {
  if (v.length === 0) return -Infinity;
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (const x of v) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** softmax(v / T)ᵢ = exp(vᵢ/T) / Σⱼ exp(vⱼ/T); temperature T > 0 defaults to 1. */
export function softmax(v: readonly number[], temperature = 1): number[] {
  const scaled = temperature === 1 ? v : v.map((x) => x / temperature);
  let m = -Infinity;
  for (const x of scaled) if (x > m) m = x;
  const e = scaled.map((x) => Math.exp(x - m));
  let s = 0;
  for (const x of e) s += x;
  return e.map((x) => x / s);
}

/** log softmax(v / T)ᵢ = vᵢ/T − logSumExp(v / T), without forming the probabilities. */
export function logSoftmax(v: readonly number[], temperature = 1): number[] {
  const scaled = temperature === 1 ? [...v] : v.map((x) => x / temperature);
  const lse = logSumExp(scaled);
  return scaled.map((x) => x - lse);
}
