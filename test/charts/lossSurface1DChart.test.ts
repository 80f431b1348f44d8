import { describe, expect, it } from 'vitest';
import { lineData, lossCurveInW, mseLinear1D } from '~/compute';
import {
  lossSurface1DChart,
  lossSurfaceHeight,
  nextStepGeometry,
  type LossSurface1DChartOptions,
} from '~/charts/lossSurface1DChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();
const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });
const at = (w: number) => {
  const r = mseLinear1D(w, 0, data);
  return { w, loss: r.loss, slope: r.dLdw };
};

/** A walk of plain gradient descent from w0, every number from compute. */
function options(w0: number, lr: number, steps: number): LossSurface1DChartOptions {
  const path = [at(w0)];
  for (let k = 0; k < steps; k++) {
    const p = path[path.length - 1]!;
    path.push(at(p.w - lr * p.slope));
  }
  const current = path[path.length - 1]!;
  const next = at(current.w - lr * current.slope);
  return {
    points: lossCurveInW(data, 0, [-2, 6], 81).map((s) => ({ u: s.w, value: s.loss })),
    domain: { min: -2, max: 6, label: 'Weight w' },
    minimum: 2,
    current,
    path: path.map((p) => ({ w: p.w, loss: p.loss })),
    next: { w: next.w, loss: next.loss },
    className: 'golden',
    idPrefix: 'golden',
    ariaLabel: 'Loss against w',
    document,
  };
}

describe('lossSurface1DChart(options) golden SVGs', () => {
  it('lossSurface1DChart(w0 = 0, η = 0.1, 3 steps)', () => {
    expectGolden('loss-surface-1d-small-steps', lossSurface1DChart(options(0, 0.1, 3)));
  });
  it('lossSurface1DChart(w0 = 0, η = 0.8, 2 steps: overshooting)', () => {
    expectGolden('loss-surface-1d-overshoot', lossSurface1DChart(options(0, 0.8, 2)));
  });
});

describe('lossSurface1DChart(options)', () => {
  it('is an <svg role="img"> of fixed aspect, every group aria-hidden, colours from CSS variables', () => {
    const svg = lossSurface1DChart({ ...options(0, 0.1, 1), width: 500 });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('width')).toBe('500');
    expect(svg.getAttribute('height')).toBe(String(lossSurfaceHeight(500)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g'))
      expect(g.getAttribute('aria-hidden')).toBe('true');
    expect(svg.outerHTML).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('draws one chord per step taken and the next-step arc toward the minimum', () => {
    const svg = lossSurface1DChart(options(0, 0.1, 3));
    const d = svg.querySelector('[data-path]')!.getAttribute('d')!;
    expect(d.match(/[ML]/g)).toHaveLength(4);
    const arc = svg.querySelector('[data-next-step]')!.getAttribute('d')!;
    const nums = arc.match(/-?\d+(\.\d+)?/g)!.map(Number);
    // From w < 2, downhill is to the right: the arc ends right of where it starts.
    expect(nums[4]!).toBeGreaterThan(nums[0]!);
    expect(svg.querySelector('[data-next-point]')).not.toBeNull();
  });

  it("a step that lands off the chart ends at the frame's edge and says so", () => {
    const o = options(5.5, 1.5, 0);
    const svg = lossSurface1DChart(o);
    expect(o.next!.w).toBeLessThan(-2);
    expect(svg.querySelector('[data-next-step]')!.getAttribute('data-next-step')).toBe('off-chart');
    expect(svg.querySelector('[data-next-point]')).toBeNull();
    expect(svg.textContent).toContain('next step: off the chart');
  });

  it('nextStepGeometry(from, to, frame) clamps to the frame and drops a step too short to draw', () => {
    const frame = { left: 48, right: 622, top: 26 };
    const off = nextStepGeometry({ x: 100, y: 200 }, { x: 700, y: 300 }, frame)!;
    expect(off.offChart).toBe(true);
    expect(off.d).toContain(' 622,26');
    const on = nextStepGeometry({ x: 100, y: 200 }, { x: 300, y: 250 }, frame)!;
    expect(on.offChart).toBe(false);
    expect(on.d.startsWith('M100,200Q200,')).toBe(true);
    expect(nextStepGeometry({ x: 100, y: 200 }, { x: 101, y: 200 }, frame)).toBeNull();
    expect(nextStepGeometry({ x: 100, y: 200 }, { x: Number.NaN, y: 1 }, frame)).toBeNull();
  });
});
