import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { logSigmoid, logSoftmax, softplus } from '~/compute/activations';
import {
  classifyFloat,
  naiveBce32,
  naiveLogSigmoid32,
  naiveLogSoftmax32,
  stableBce32,
  stableLogSigmoid32,
  stableLogSoftmax32,
} from '~/compute/float32';
import { assertInDelta } from '../helpers/assert';

// float32 keeps 24 significant bits (unit roundoff 2^−24 ≈ 6e-8); a handful of rounded
// operations stay within 1e-6 relative of the float64 value of the same float32 input.
const F32 = 1e-6;
const f = Math.fround;

/** Relative closeness |a − e| ≤ tol·|e|, for values far below 1 where an absolute test is empty. */
const closeRelative = (a: number, e: number, tol: number): boolean =>
  Math.abs(a - e) <= tol * Math.abs(e);

describe('classifyFloat(x)', () => {
  it('classifyFloat(x) names finite numbers, NaN and both infinities', () => {
    expect([0, -1e-300, NaN, Infinity, -Infinity].map(classifyFloat)).toEqual([
      'finite',
      'finite',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
  });
});

describe('log-sigmoid in float32', () => {
  it('naiveLogSigmoid32(x) is −Infinity once e^−x overflows float32 (x ≲ −88.72)', () => {
    // ln(FLT_MAX) = ln(3.4028234663852886e38) ≈ 88.7228: e^88 fits, e^89 does not.
    expect(Number.isFinite(naiveLogSigmoid32(-88))).toBe(true);
    expect(naiveLogSigmoid32(-89)).toBe(-Infinity);
    expect(naiveLogSigmoid32(-1000)).toBe(-Infinity);
  });

  it('stableLogSigmoid32(x) stays finite there: x − log1p(e^x) ≈ x', () => {
    assertInDelta(stableLogSigmoid32(-89), -89, F32, { relative: true });
    assertInDelta(stableLogSigmoid32(-1000), -1000, F32, { relative: true });
    assertInDelta(stableLogSigmoid32(1000), 0, 0);
  });

  it('naiveLogSigmoid32(20) rounds to 0 while stableLogSigmoid32(20) keeps −e^−20', () => {
    // 1 + e^−20 = 1 + 2.06e-9 rounds to 1 in float32, so the naive log is exactly 0.
    expect(naiveLogSigmoid32(20)).toBe(0);
    // python3: -math.log1p(math.exp(-20)) = -2.061153620314381e-09
    expect(closeRelative(stableLogSigmoid32(20), -2.061153620314381e-9, F32)).toBe(true);
  });

  it('stableLogSigmoid32(x) matches float64 logSigmoid within float32 precision on [−1e3, 1e3]', () => {
    const rng = randomLcg(81);
    for (let k = 0; k < 500; k++) {
      const x = f(2000 * rng() - 1000);
      // Past x ≈ 103, −e^−x is below float32's smallest subnormal and rounds to 0, so the check
      // is relative down to the smallest normal float32, 2^−126, and absolute below it.
      const expected = logSigmoid(x);
      const error = Math.abs(stableLogSigmoid32(x) - expected);
      expect(error <= F32 * Math.abs(expected) + 2 ** -126, `x = ${x}`).toBe(true);
    }
  });

  it('naiveLogSigmoid32(x) agrees with the stable form at moderate x', () => {
    for (const x of [-5, -1, 0, 1, 5]) {
      assertInDelta(naiveLogSigmoid32(x), stableLogSigmoid32(x), F32, { relative: true });
    }
  });
});

describe('binary cross-entropy from a logit in float32', () => {
  it('naiveBce32(logit, y) gives Infinity or NaN at logits ±1000', () => {
    // p = σ(1000) rounds to 1: log(1 − p) = −∞, so y = 0 costs ∞ and y = 1 gives 0·(−∞) = NaN.
    expect(naiveBce32(1000, 0)).toBe(Infinity);
    expect(naiveBce32(1000, 1)).toBeNaN();
    // p = σ(−1000) = 1/∞ = 0: log p = −∞.
    expect(naiveBce32(-1000, 1)).toBe(Infinity);
    expect(naiveBce32(-1000, 0)).toBeNaN();
  });

  it('naiveBce32(20, 0) is already Infinity: σ(20) rounds to 1 in float32', () => {
    // True value softplus(20) = 20 + log1p(e^−20) ≈ 20.
    expect(naiveBce32(20, 0)).toBe(Infinity);
    assertInDelta(stableBce32(20, 0), 20, F32, { relative: true });
  });

  it('stableBce32(logit, y) is finite at ±1000 and equals |logit| when wrong, 0 when right', () => {
    assertInDelta(
      [stableBce32(1000, 0), stableBce32(-1000, 1), stableBce32(1000, 1), stableBce32(-1000, 0)],
      [1000, 1000, 0, 0],
      0,
    );
  });

  it('stableBce32(logit, y) matches float64 BCE-with-logits within float32 precision of x', () => {
    // float64 reference: (1 − y)·x + softplus(−x), torch's formula, at the float32 inputs.
    // max(x, 0) − x·y cancels for y near 1, so the float32 error scales with |x|, not the result.
    const rng = randomLcg(82);
    for (let k = 0; k < 500; k++) {
      const x = f(2000 * rng() - 1000);
      const y = f(rng());
      const expected = (1 - y) * x + softplus(-x);
      expect(Math.abs(stableBce32(x, y) - expected) <= F32 * Math.max(1, Math.abs(x))).toBe(true);
    }
  });
});

describe('log-softmax in float32', () => {
  it('naiveLogSoftmax32(v) gives NaN once some e^vᵢ overflows float32', () => {
    // e^100 = ∞ in float32: ∞/∞ = NaN for the top entry, 1/∞ = 0 → log 0 = −∞ for the other.
    const out = naiveLogSoftmax32([100, 0]);
    expect(out[0]).toBeNaN();
    expect(out[1]).toBe(-Infinity);
    expect(out.map(classifyFloat)).toEqual(['NaN', '-Infinity']);
  });

  it('naiveLogSoftmax32(v) gives NaN when every e^vᵢ underflows (0/0)', () => {
    expect(naiveLogSoftmax32([-200, -201]).every(Number.isNaN)).toBe(true);
  });

  it('stableLogSoftmax32(v) is finite and exact at logits ±1000', () => {
    // Shift by the max: (0, −100) − log(1 + e^−100) = (0, −100) in float32.
    assertInDelta(stableLogSoftmax32([100, 0]), [0, -100], 0);
    assertInDelta(stableLogSoftmax32([1000, -1000]), [0, -2000], 0);
    // log 2 in float32 for two equal entries: f(−ln 2)
    assertInDelta(stableLogSoftmax32([-200, -200]), [f(-Math.LN2), f(-Math.LN2)], 0);
  });

  it('stableLogSoftmax32(v) matches float64 logSoftmax within float32 precision', () => {
    const rng = randomLcg(83);
    for (let k = 0; k < 200; k++) {
      const v = Array.from({ length: 2 + Math.floor(rng() * 6) }, () => f(200 * rng() - 100));
      assertInDelta(stableLogSoftmax32(v), logSoftmax(v), 4 * F32, { relative: true });
    }
  });
});
