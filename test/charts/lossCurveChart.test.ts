import { describe, expect, it } from 'vitest';
import { evaluateLossCurve, getLoss, type LossParams } from '~/compute';
import {
  lossCurveChart,
  lossCurveHeight,
  lossCurveYDomain,
  type LossCurveChartOptions,
} from '~/charts';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** Chart options for a registry loss at u, every number taken from the registry. */
function optionsFor(
  id: string,
  u: number,
  params: LossParams,
  showDerivative: boolean,
): LossCurveChartOptions {
  const entry = getLoss(id);
  const curve = evaluateLossCurve(entry, params, 121);
  return {
    points: curve.map((p) => ({ u: p.u, value: p.value })),
    derivativePoints: curve.map((p) => ({ u: p.u, value: p.derivative })),
    current: { u, value: entry.value(u, params), slope: entry.derivative(u, params) },
    domain: entry.domain,
    showDerivative,
    className: 'golden',
    ariaLabel: `${entry.name} against ${entry.domain.label}`,
    document,
  };
}

describe('lossCurveChart(options) golden SVGs', () => {
  it('lossCurveChart(huber, δ = 1, r = 1.5, with derivative)', () => {
    expectGolden(
      'loss-curve-huber-derivative',
      lossCurveChart(optionsFor('huber', 1.5, { delta: 1 }, true)),
    );
  });
  it('lossCurveChart(hinge, z = 1 at the kink)', () => {
    expectGolden('loss-curve-hinge-kink', lossCurveChart(optionsFor('hinge', 1, {}, false)));
  });
  it('lossCurveChart(bce, p = 0.01 near zero, with derivative)', () => {
    expectGolden('loss-curve-bce-near-zero', lossCurveChart(optionsFor('bce', 0.01, {}, true)));
  });
});

describe('lossCurveChart(options)', () => {
  it('is an <svg role="img"> with a label, fixed size and aspect, and every mark aria-hidden', () => {
    const svg = lossCurveChart({ ...optionsFor('mse', 1, {}, true), width: 500 });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Mean squared error against Residual r');
    expect(svg.getAttribute('width')).toBe('500');
    expect(svg.getAttribute('height')).toBe(String(lossCurveHeight(500)));
    expect(lossCurveHeight(640)).toBe(400);
    const groups = [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g');
    expect(groups.length).toBeGreaterThan(4);
    for (const g of groups) expect(g.getAttribute('aria-hidden')).toBe('true');
  });

  it('colours come from CSS variables, so a theme switch needs no redraw', () => {
    const html = lossCurveChart(optionsFor('huber', 1.5, { delta: 1 }, true)).outerHTML;
    expect(html).toContain('var(--accent)');
    expect(html).toContain('var(--warn)');
    expect(html).toContain('var(--good)');
    expect(html).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
  });

  it('labels the x axis with the variable of the loss (r, z, p)', () => {
    for (const [id, label] of [
      ['mse', 'Residual r'],
      ['hinge', 'Margin z'],
      ['bce', 'Probability p'],
    ] as const) {
      const svg = lossCurveChart(optionsFor(id, getLoss(id).domain.initial, {}, false));
      expect(svg.textContent).toContain(label);
    }
  });

  it('points the arrow downhill: left when the slope is positive, right when negative', () => {
    const arrowEnd = (svg: SVGSVGElement): { start: number; end: number } => {
      const d = svg.querySelector('path[stroke="var(--good)"]')!.getAttribute('d')!;
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      return { start: nums[0]!, end: nums[nums.length - 2]! };
    };
    const up = arrowEnd(lossCurveChart(optionsFor('mse', 1, {}, false)));
    expect(up.end).toBeLessThan(up.start);
    const down = arrowEnd(lossCurveChart(optionsFor('mse', -1, {}, false)));
    expect(down.end).toBeGreaterThan(down.start);
  });

  it('draws no arrow where the slope is 0 (the minimum of MSE)', () => {
    const svg = lossCurveChart(optionsFor('mse', 0, {}, false));
    expect(svg.querySelector('[stroke="var(--good)"]')).toBeNull();
  });

  it('leaves out non-finite points and says so; never writes NaN or Infinity', () => {
    const svg = lossCurveChart({
      points: [
        { u: 0, value: 1 },
        { u: 0.5, value: Number.NaN },
        { u: 1, value: Infinity },
        { u: 2, value: 4 },
      ],
      current: { u: 1, value: Number.NaN, slope: Number.NaN },
      domain: { min: 0, max: 2, label: 'Residual r' },
      showDerivative: false,
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('data-nonfinite')).toBe('2');
    expect(svg.getAttribute('aria-description')).toMatch(/2 points .* left out/);
    expect(svg.getAttribute('aria-description')).toMatch(/current point is not a finite number/);
  });

  it('draws a curve even when every value is non-finite (an empty frame with axes)', () => {
    const svg = lossCurveChart({
      points: [{ u: 0, value: Number.NaN }],
      current: { u: 0, value: 0, slope: 0 },
      domain: { min: -1, max: 1, label: 'Margin z' },
      showDerivative: true,
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});

describe('lossCurveYDomain(points, derivativePoints?)', () => {
  it('covers 0 and the whole loss curve', () => {
    const [lo, hi] = lossCurveYDomain([
      { u: 0, value: 2 },
      { u: 1, value: 5 },
    ]);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(5);
  });
  it('shows at most one loss-span of a steep derivative (BCE near p = 0)', () => {
    const bce = getLoss('bce');
    const curve = evaluateLossCurve(bce, {}, 101);
    const lossMax = Math.max(...curve.map((p) => p.value));
    const [lo, hi] = lossCurveYDomain(
      curve.map((p) => ({ u: p.u, value: p.value })),
      curve.map((p) => ({ u: p.u, value: p.derivative })),
    );
    expect(lo).toBeCloseTo(-lossMax, 9);
    expect(hi).toBeGreaterThanOrEqual(lossMax);
  });
  it('is a finite, non-empty range for a flat or empty curve', () => {
    expect(lossCurveYDomain([])).toEqual([0, 1.04]);
    const [lo, hi] = lossCurveYDomain([{ u: 0, value: 0 }]);
    expect(hi).toBeGreaterThan(lo);
  });
});
