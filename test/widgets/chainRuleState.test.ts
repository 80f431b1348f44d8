import { describe, expect, it } from 'vitest';
import { lineData, mseLinear1D, mseLoss } from '~/compute';
import {
  CHAIN_DATA,
  FD_H,
  N,
  agreementText,
  chainRuleView,
  chainStateFromUrl,
  clampField,
  gradientText,
  initialChainState,
  W_FIELD,
} from '~/widgets/ChainRuleStepper/chainRuleState';

const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });

describe('chainRuleState', () => {
  it('uses the chapter’s dataset: lineData({ n: 20, slope: 2, noise: 1, seed: 1 })', () => {
    expect(CHAIN_DATA).toEqual(data);
    expect(N).toBe(20);
  });

  it('chainRuleView(state) takes every piece from mseLinear1D', () => {
    const view = chainRuleView({ w: 1.3, b: -0.4, step: 0, sample: 7 });
    const fit = mseLinear1D(1.3, -0.4, data);
    expect(view.loss).toBe(fit.loss);
    expect(view.dLdw).toBe(fit.dLdw);
    expect(view.i).toBe(6);
    expect(view.dLdyhati).toBe(fit.dLdyhat[6]);
    expect(view.dyhatdwi).toBe(data.x[6]);
    expect(view.yhati).toBe(fit.predictions[6]);
    // Independently: mean(ŷ − y) and ∂L/∂ŷᵢ = (2/N)(ŷᵢ − yᵢ).
    const res = data.x.map((x, i) => 1.3 * x - 0.4 - data.y[i]!);
    expect(view.meanResidual).toBeCloseTo(res.reduce((a, r) => a + r, 0) / 20, 12);
    expect(view.dLdyhati).toBeCloseTo((2 / 20) * res[6]!, 12);
  });

  it('the paths add up to ∂L/∂w, and the finite difference agrees with it', () => {
    let sum = 0;
    for (let s = 1; s <= N; s++) sum += chainRuleView({ w: 0.5, b: 1, step: 0, sample: s }).pathi;
    const view = chainRuleView({ w: 0.5, b: 1, step: 0, sample: 1 });
    expect(sum).toBeCloseTo(view.dLdw, 12);
    const L = (w: number) =>
      mseLoss(
        data.x.map((x) => w * x + 1),
        data.y,
      ).loss;
    expect(view.finiteDifference).toBeCloseTo((L(0.5 + FD_H) - L(0.5 - FD_H)) / (2 * FD_H), 12);
    expect(view.fdGap).toBeLessThan(1e-8);
    expect(agreementText(view)).toMatch(/rounding error/);
  });

  it('gradientText(view) says which way descent moves w, and when it barely moves', () => {
    expect(gradientText(chainRuleView({ ...initialChainState, w: 0 }))).toMatch(/increase w/);
    expect(gradientText(chainRuleView({ ...initialChainState, w: 4 }))).toMatch(/decrease w/);
    // The best w for b = 0: Σxy / Σx² (least squares through the origin), snapped to the grid.
    const best =
      data.x.reduce((a, x, i) => a + x * data.y[i]!, 0) / data.x.reduce((a, x) => a + x * x, 0);
    const w = clampField(W_FIELD, best);
    expect(gradientText(chainRuleView({ ...initialChainState, w }))).toMatch(/about 0/);
  });

  it('chainStateFromUrl reads w, b, step, sample; bad values fall back with notices', () => {
    const ok = chainStateFromUrl(new URLSearchParams('c.w=2.5&c.b=-1&c.step=3&c.sample=4'), 'c.');
    expect(ok.state).toEqual({ w: 2.5, b: -1, step: 3, sample: 4 });
    expect(ok.notices).toEqual([]);
    const bad = chainStateFromUrl(new URLSearchParams('c.w=x&c.step=9&c.sample=0'), 'c.');
    expect(bad.state).toEqual(initialChainState);
    expect(bad.notices).toHaveLength(3);
  });
});
