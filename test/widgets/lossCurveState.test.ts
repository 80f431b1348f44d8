import { describe, expect, it } from 'vitest';
import { defaultParams, getLoss, lossRegistry } from '~/compute';
import {
  availableLosses,
  clampU,
  currentPoint,
  downhillText,
  initialState,
  lossCurves,
  lossMenu,
  stateFromUrl,
  stateToUrl,
  uKey,
  withLoss,
  withParam,
} from '~/widgets/LossCurveExplorer/lossCurveState';

const all = availableLosses();

describe('availableLosses(lossIds?) and lossMenu(losses)', () => {
  it('offers every registry loss by default, grouped by family in catalog order', () => {
    expect(all.map((e) => e.id)).toEqual(lossRegistry.map((e) => e.id));
    const menu = lossMenu(all);
    expect(menu.flatMap((g) => g.options.map((o) => o.value))).toEqual(all.map((e) => e.id));
    expect(menu.map((g) => g.label)).toEqual([
      'Regression (residual)',
      'Margin (classification)',
      'Probabilistic',
      'Multiclass',
    ]);
  });
  it('restricts to lossIds, dropping unknown ids; an empty result falls back to every loss', () => {
    expect(availableLosses(['hinge', 'nope', 'mse']).map((e) => e.id)).toEqual(['mse', 'hinge']);
    expect(availableLosses(['nope'])).toHaveLength(lossRegistry.length);
  });
});

describe('state transitions', () => {
  it('withLoss keeps u for the same kind of variable, else moves to the new initial point', () => {
    const s = { ...initialState(getLoss('mse')), u: -2.5 };
    expect(withLoss(s, getLoss('huber')).u).toBe(-2.5);
    expect(withLoss(s, getLoss('huber')).params).toEqual(defaultParams(getLoss('huber')));
    expect(withLoss(s, getLoss('hinge')).u).toBe(getLoss('hinge').domain.initial);
  });
  it('withParam clamps to the parameter’s range; clampU clamps to the domain and snaps to 0.01', () => {
    const huber = getLoss('huber');
    expect(withParam(initialState(huber), huber, 'delta', 99).params['delta']).toBe(3);
    expect(clampU(huber, 7)).toBe(3);
    expect(clampU(huber, 0.1234)).toBe(0.12);
    expect(clampU(getLoss('bce'), 0)).toBe(0.01);
    expect(clampU(huber, Number.NaN)).toBe(huber.domain.initial);
  });
});

describe('URL round trip', () => {
  it('uKey(entry) is a distinct key for each kind of variable', () => {
    expect(['mse', 'hinge', 'bce', 'focal'].map((id) => uKey(getLoss(id)))).toEqual([
      'r',
      'z',
      'p',
      'pt',
    ]);
  });
  it('stateToUrl then stateFromUrl gives the state back, for every loss', () => {
    for (const entry of all) {
      const state = {
        ...initialState(entry),
        u: clampU(entry, entry.domain.min + 0.37 * (entry.domain.max - entry.domain.min)),
        showDerivative: true,
        params: Object.fromEntries(entry.params.map((p) => [p.id, p.max])),
      };
      const params = stateToUrl(state, 'x.', all, 'mse', new URLSearchParams('q=1'));
      expect(params.get('q')).toBe('1');
      expect(stateFromUrl(params, 'x.', all, 'mse')).toEqual({ state, notices: [] });
    }
  });
});

describe('view', () => {
  it('lossCurves and currentPoint are the registry’s value and derivative', () => {
    const entry = getLoss('quantile');
    const state = { ...initialState(entry), u: -1.5, params: { tau: 0.8 } };
    expect(currentPoint(entry, state)).toEqual({
      u: -1.5,
      value: entry.value(-1.5, { tau: 0.8 }),
      slope: entry.derivative(-1.5, { tau: 0.8 }),
    });
    const curves = lossCurves(entry, { tau: 0.8 });
    for (const [i, p] of curves.points.entries()) {
      expect(p.value).toBe(entry.value(p.u, { tau: 0.8 }));
      expect(curves.derivativePoints[i]!.value).toBe(entry.derivative(p.u, { tau: 0.8 }));
    }
  });
  it('downhillText says which way gradient descent moves u, and when it does not', () => {
    const mse = getLoss('mse');
    expect(downhillText(mse, 1, 2, 'r')).toBe('Downhill: gradient descent would decrease r.');
    expect(downhillText(mse, -1, -2, 'r')).toBe('Downhill: gradient descent would increase r.');
    expect(downhillText(mse, 0, 0, 'r')).toMatch(/^Flat here: ℓ′ = 0/);
    expect(downhillText(getLoss('hinge'), 1, 0, 'z')).toMatch(/kink/);
  });
});
