import { describe, expect, it } from 'vitest';
import { classifyFloat, crossEntropy, getLoss, naiveBce32, softmax } from '~/compute';
import {
  P_MIN,
  penaltyCurves,
  penaltyFromUrl,
  pToSlider,
  sliderToP,
  verdictFor,
} from '~/widgets/ProbabilityPenalty/probabilityPenaltyState';
import {
  initialSoftmaxState,
  smoothedTarget,
  softmaxFromUrl,
  softmaxView,
  withClasses,
  withExtremeLogits,
} from '~/widgets/SoftmaxCrossEntropy/softmaxCrossEntropyState';
import {
  brokenRanges,
  brokenRangesText,
  describeNaive,
  evaluateForms,
  labFromUrl,
  initialLabState,
  sampleForm,
} from '~/widgets/StabilityLab/stabilityLabState';

describe('probabilityPenaltyState', () => {
  it('sliderToP(position) is 10^position to 3 figures; pToSlider inverts it on the grid', () => {
    expect(sliderToP(-3)).toBe(0.001);
    expect(sliderToP(0)).toBe(1);
    expect(sliderToP(-1.3)).toBe(0.0501);
    expect(sliderToP(-99)).toBe(P_MIN);
    expect(pToSlider(0.0501)).toBe(-1.3);
    expect(pToSlider(0)).toBe(-3);
  });
  it('verdictFor(p) switches at 0.1 and 0.9', () => {
    expect(verdictFor(0.0999).kind).toBe('confidently-wrong');
    expect(verdictFor(0.1).kind).toBe('unsure');
    expect(verdictFor(0.8999).kind).toBe('unsure');
    expect(verdictFor(0.9).kind).toBe('confident-correct');
  });
  it('penaltyCurves() samples −log p from the registry, finite from p = 0.001 to 1', () => {
    const { logLoss } = penaltyCurves(31);
    expect(logLoss[0]!.u).toBeCloseTo(0.001, 12);
    expect(logLoss.at(-1)).toEqual({ u: 1, value: 0 });
    for (const q of logLoss) {
      expect(q.value).toBe(getLoss('cross-entropy').value(q.u, {}));
      expect(Number.isFinite(q.value)).toBe(true);
    }
  });
  it('penaltyFromUrl(params) keeps a good p and refuses 0 with a notice', () => {
    const defaults = { p: 0.7, showSquared: true };
    expect(penaltyFromUrl(new URLSearchParams('pp.p=0.25'), 'pp.', defaults).state.p).toBe(0.25);
    const bad = penaltyFromUrl(new URLSearchParams('pp.p=0'), 'pp.', defaults);
    expect(bad.state.p).toBe(0.7);
    expect(bad.notices).toHaveLength(1);
  });
});

describe('softmaxCrossEntropyState', () => {
  it('smoothedTarget(K, k, ε) sums to 1 and gives p − ỹ = crossEntropy’s gradient', () => {
    for (const eps of [0, 0.1, 0.5]) {
      const t = smoothedTarget(4, 2, eps);
      expect(t.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
      const z = [0.3, -1, 2, 0];
      const g = crossEntropy([z], [2], { labelSmoothing: eps }).grad[0]!;
      softmax(z).forEach((p, j) => expect(p - t[j]!).toBeCloseTo(g[j]!, 14));
    }
  });
  it('softmaxView(state) divides the gradient by T for ∂L/∂z (checked by finite differences)', () => {
    const state = { ...initialSoftmaxState(), temperature: 2.5, smoothing: 0.2 };
    const view = softmaxView(state);
    const h = 1e-5;
    const lossAt = (z0: number) =>
      crossEntropy([[z0, 0, -1].map((z) => z / 2.5)], [1], { labelSmoothing: 0.2 }).loss;
    const fd = (lossAt(2 + h) - lossAt(2 - h)) / (2 * h);
    expect(view.gradLogits[0]).toBeCloseTo(fd, 8);
  });
  it('withExtremeLogits and withClasses keep every number finite and the true class valid', () => {
    const s = withClasses(withExtremeLogits({ ...initialSoftmaxState(), temperature: 0.1 }), 2);
    expect(s.trueClass).toBe(1);
    const view = softmaxView(s);
    for (const v of [view.loss, ...view.probabilities, ...view.gradLogits]) {
      expect(Number.isFinite(v)).toBe(true);
    }
  });
  it('softmaxFromUrl clamps a true class beyond K with a notice', () => {
    const parsed = softmaxFromUrl(new URLSearchParams('s.k=2&s.y=5'), 's.', initialSoftmaxState());
    expect(parsed.state.trueClass).toBe(1);
    expect(parsed.notices.join(' ')).toMatch(/true class/);
  });
});

describe('stabilityLabState', () => {
  it('describeNaive words every non-finite result without NaN or Infinity', () => {
    for (const x of [-1000, -100, -20, 0, 17, 89, 1000]) {
      for (const y of [0, 1] as const) {
        for (const row of evaluateForms(x, y)) {
          const { text, status } = describeNaive(row, x);
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
          expect(status === 'broken').toBe(classifyFloat(row.naive) !== 'finite');
          expect(classifyFloat(row.stable)).toBe('finite');
        }
      }
    }
  });
  it('brokenRanges(sampleForm("bce", 1)): naive BCE fails for x ≤ −89 and x ≥ 17', () => {
    const ranges = brokenRanges(sampleForm('bce', 1));
    expect(brokenRangesText(ranges)).toBe('x ≤ −89 and x ≥ 17');
    expect(classifyFloat(naiveBce32(-89, 1))).not.toBe('finite');
    expect(classifyFloat(naiveBce32(-88, 1))).toBe('finite');
    expect(classifyFloat(naiveBce32(17, 1))).not.toBe('finite');
    expect(classifyFloat(naiveBce32(16, 1))).toBe('finite');
  });
  it('labFromUrl falls back on junk with notices', () => {
    const parsed = labFromUrl(new URLSearchParams('s.x=abc&s.y=2'), 's.', initialLabState());
    expect(parsed.state).toEqual(initialLabState());
    expect(parsed.notices).toHaveLength(2);
  });
});
