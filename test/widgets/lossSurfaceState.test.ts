import { describe, expect, it } from 'vitest';
import { createOptimizer, lineData, mseLinear1D } from '~/compute';
import {
  LS_DEFAULTS,
  MAX_STEPS,
  W_MINIMUM,
  describeWalk,
  descentPath,
  formatUpdate,
  minimumFromSamples,
  settingsFromUrl,
  snapLr,
} from '~/widgets/LossSurface1D/lossSurfaceState';

const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });
const grad = (w: number) => mseLinear1D(w, 0, data).dLdw;
// Independent derivation: for ŷ = w·x, L″ = 2·mean(x²), w* = Σxy / Σx².
const sxx = data.x.reduce((s, x) => s + x * x, 0);
const wStar = data.x.reduce((s, x, i) => s + x * data.y[i]!, 0) / sxx;
const curvature = (2 * sxx) / data.x.length;

describe('lossSurfaceState', () => {
  it('descentPath(w0, lr, n) takes torch.optim.SGD steps with gradients from mseLinear1D', () => {
    const path = descentPath(0, 0.1, 3);
    let w = 0;
    const sgd = createOptimizer('sgd', { lr: 0.1 });
    for (const step of path.steps) {
      expect(step.from).toBeCloseTo(w, 12);
      expect(step.grad).toBeCloseTo(grad(w), 12);
      w = sgd.step([w], [grad(w)])[0]!;
      expect(step.to).toBeCloseTo(w, 12);
    }
    expect(path.stopped).toBeNull();
  });

  it('W_MINIMUM is where the gradient vanishes: Σxy / Σx²', () => {
    expect(W_MINIMUM).toBeCloseTo(wStar, 9);
    expect(
      minimumFromSamples([
        { w: 0, dLdw: -2 },
        { w: 1, dLdw: 2 },
      ]),
    ).toBe(0.5);
    expect(
      minimumFromSamples([
        { w: 0, dLdw: 1 },
        { w: 1, dLdw: 2 },
      ]),
    ).toBeUndefined();
  });

  it('formatUpdate(step, lr) plugs the numbers into w ← w − η·∂L/∂w', () => {
    expect(formatUpdate({ from: 1.2, grad: -3.456, to: 1.5456 }, 0.1)).toBe(
      'w ← 1.200 − 0.100 × (−3.456) = 1.546',
    );
  });

  it('describeWalk says "overshot" past 1/L″ and "diverging" past 2/L″', () => {
    const small = 0.5 / curvature;
    const overshoot = 1.5 / curvature;
    const diverge = 2.2 / curvature;
    expect(describeWalk(descentPath(0, snapLr(small), 1), snapLr(small))).toMatch(/^Downhill/);
    expect(snapLr(overshoot)).toBeGreaterThan(1 / curvature);
    expect(describeWalk(descentPath(0, snapLr(overshoot), 1), snapLr(overshoot))).toMatch(
      /Overshot the minimum/,
    );
    expect(snapLr(diverge)).toBeGreaterThan(2 / curvature);
    const text = describeWalk(descentPath(0, snapLr(diverge), 1), snapLr(diverge));
    expect(text).toMatch(/Overshot/);
    expect(text).toMatch(/diverging: the step grows each time/i);
  });

  it('a diverging walk stops when w leaves the range, and says so without NaN', () => {
    const path = descentPath(0, 1.5, MAX_STEPS);
    expect(path.stopped).toBe('left');
    expect(path.steps.length).toBeLessThan(10);
    const text = describeWalk(path, 1.5);
    expect(text).toMatch(/^Stopped: w = .* is outside the range/);
    expect(text).toMatch(/Diverging/);
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('settingsFromUrl reads w, lr, n and falls back with notices', () => {
    const ok = settingsFromUrl(new URLSearchParams('x.w=1.5&x.lr=0.31&x.n=2'), 'x.');
    expect(ok.settings).toEqual({ w0: 1.5, lr: 0.3, steps: 2 });
    expect(ok.notices).toEqual([]);
    const bad = settingsFromUrl(new URLSearchParams('x.w=abc&x.lr=9&x.n=-1'), 'x.');
    expect(bad.settings).toEqual(LS_DEFAULTS);
    expect(bad.notices).toHaveLength(3);
  });
});
