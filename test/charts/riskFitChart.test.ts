import { describe, expect, it } from 'vitest';
import { createRiskDistribution, fitRidgePolynomial } from '~/compute';
import {
  RISK_FIT_Y,
  RISK_GAP_Y,
  riskFitChart,
  riskGapChart,
  type RiskGapPoint,
} from '~/charts/riskFitChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();
const dist = createRiskDistribution({ target: 'sine', noise: 0.3 });
const grid = (f: (x: number) => number) =>
  Array.from({ length: 81 }, (_, i) => {
    const u = -1 + i / 40;
    return { u, value: f(u) };
  });

/** Fit-chart options for N points of seed `seed` and a degree, every number from compute. */
function fitOptions(n: number, degree: number, seed: number) {
  const sample = dist.sample(n, seed);
  const fit = fitRidgePolynomial(sample.x, sample.y, { degree });
  return {
    truth: grid(dist.f),
    points: sample,
    fitted: grid(fit.predict),
    className: 'golden',
    document,
  };
}

/** Loss-versus-N points for a degree, from compute (one seed, enough for a chart test). */
function gapPoints(degree: number): RiskGapPoint[] {
  return [3, 5, 10, 30, 100, 300].map((n) => {
    const s = dist.sample(n, 1);
    const fit = fitRidgePolynomial(s.x, s.y, { degree });
    return { n, trainLoss: fit.trainLoss, expectedLoss: dist.expectedRisk(fit.predict) };
  });
}

describe('riskFitChart(options) golden SVGs', () => {
  it('riskFitChart(N = 10, degree 3, seed 8)', () => {
    expectGolden('risk-fit-degree-3', riskFitChart(fitOptions(10, 3, 8)));
  });
  it('riskFitChart(N = 10, degree 9, seed 3): the interpolant swings off the chart', () => {
    expectGolden('risk-fit-degree-9-swings', riskFitChart(fitOptions(10, 9, 3)));
  });
});

describe('riskGapChart(options) golden SVG', () => {
  it('riskGapChart(degree 5, current N = 10)', () => {
    const curve = gapPoints(5);
    const s = dist.sample(10, 8);
    const fit = fitRidgePolynomial(s.x, s.y, { degree: 5 });
    expectGolden(
      'risk-gap-degree-5',
      riskGapChart({
        curve,
        floor: dist.bayesRisk,
        nDomain: [3, 300],
        className: 'golden',
        document,
        current: { n: 10, trainLoss: fit.trainLoss, expectedLoss: dist.expectedRisk(fit.predict) },
      }),
    );
  });
});

describe('riskFitChart(options)', () => {
  it('is one <svg role="img"> with its groups aria-hidden and colours from CSS variables', () => {
    const svg = riskFitChart({ ...fitOptions(10, 3, 8), width: 500 });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('width')).toBe('500');
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g')) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
    }
    expect(svg.outerHTML).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
    expect(svg.querySelectorAll('g[data-layer="fit"] circle')).toHaveLength(10);
  });

  it('says when the fitted curve leaves the chart, and never writes NaN or Infinity', () => {
    const svg = riskFitChart({
      truth: grid(dist.f),
      points: { x: [0, 0.5], y: [Number.NaN, 1] },
      fitted: [
        { u: -1, value: 1e300 },
        { u: 0, value: Number.NaN },
        { u: 1, value: -Infinity },
      ],
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('aria-description')).toMatch(/leaves the chart/);
    const tame = riskFitChart(fitOptions(30, 3, 1));
    expect(tame.getAttribute('aria-description') ?? '').not.toMatch(/leaves the chart/);
    expect(RISK_FIT_Y[1]).toBeGreaterThan(1.9);
  });
});

describe('riskGapChart(options)', () => {
  it('holds a zero training loss and a huge risk at the edges of the log range, and says so', () => {
    const svg = riskGapChart({
      curve: [
        { n: 3, trainLoss: 0, expectedLoss: 1e12 },
        { n: 300, trainLoss: 0.08, expectedLoss: 0.1 },
      ],
      floor: 0.09,
      nDomain: [3, 300],
      document,
      current: { n: 3, trainLoss: 0, expectedLoss: Infinity },
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('data-clamped')).toBe('2');
    expect(svg.getAttribute('aria-description')).toMatch(/2 values outside/);
    expect(svg.querySelectorAll('g[data-layer="current"] circle')).toHaveLength(2);
    expect(RISK_GAP_Y[0]).toBeGreaterThan(0);
  });
});
