import { describe, expect, it } from 'vitest';
import { getLoss, mseLoss } from '~/compute';
import {
  probabilityPenaltyChart,
  probabilityPenaltyHeight,
  type ProbabilityPenaltyChartOptions,
} from '~/charts/probabilityPenaltyChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();
const ce = getLoss('cross-entropy');

/** Chart options at p, every number from src/compute (log-spaced samples from 0.001 to 1). */
function optionsFor(p: number, squared: boolean): ProbabilityPenaltyChartOptions {
  const ps = Array.from({ length: 61 }, (_, i) => (i === 60 ? 1 : 10 ** (-3 + (3 * i) / 60)));
  return {
    logLoss: ps.map((u) => ({ u, value: ce.value(u, {}) })),
    ...(squared && { squaredError: ps.map((u) => ({ u, value: mseLoss([u], [1]).loss })) }),
    thresholds: { wrong: 0.1, confident: 0.9 },
    current: {
      p,
      loss: ce.value(p, {}),
      ...(squared && { squaredError: mseLoss([p], [1]).loss }),
    },
    className: 'golden',
    idPrefix: 'golden',
    ariaLabel: 'Cross-entropy against p',
    ariaDescription: `At p = ${p}.`,
    document,
  };
}

describe('probabilityPenaltyChart(options) golden SVGs', () => {
  it('probabilityPenaltyChart(p = 0.05, with squared error)', () => {
    expectGolden('probability-penalty-wrong', probabilityPenaltyChart(optionsFor(0.05, true)));
  });
  it('probabilityPenaltyChart(p = 0.95, no squared error, 360 px)', () => {
    expectGolden(
      'probability-penalty-narrow',
      probabilityPenaltyChart({ ...optionsFor(0.95, false), width: 360 }),
    );
  });
});

describe('probabilityPenaltyChart(options)', () => {
  it('is an <svg role="img"> of fixed aspect with every group aria-hidden', () => {
    const svg = probabilityPenaltyChart({ ...optionsFor(0.5, true), width: 500 });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('height')).toBe(String(probabilityPenaltyHeight(500)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g')) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
    }
    expect(svg.getAttribute('aria-description')).toBe('At p = 0.5.');
  });

  it('puts the dot higher (smaller y) for a smaller p, as −log p grows', () => {
    const cy = (p: number) =>
      Number(
        probabilityPenaltyChart(optionsFor(p, false))
          .querySelector('g[data-layer="current"] circle[fill="var(--accent)"]')!
          .getAttribute('cy'),
      );
    expect(cy(0.01)).toBeLessThan(cy(0.5));
    expect(cy(0.5)).toBeLessThan(cy(1));
  });

  it('draws the squared error only when given, and uses CSS colours only', () => {
    const html = probabilityPenaltyChart(optionsFor(0.3, true)).outerHTML;
    expect(html).toContain('var(--warn)');
    expect(html).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
    expect(probabilityPenaltyChart(optionsFor(0.3, false)).outerHTML).not.toContain('var(--warn)');
  });

  it('leaves out non-finite points and says so; never writes NaN or Infinity', () => {
    const svg = probabilityPenaltyChart({
      ...optionsFor(0.3, false),
      logLoss: [
        { u: 0, value: Infinity },
        { u: 0.5, value: Number.NaN },
        { u: 1, value: 0 },
      ],
      current: { p: 0.5, loss: Number.NaN },
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('aria-description')).toMatch(/2 points .* left out/);
    expect(svg.getAttribute('aria-description')).toMatch(/current point is not a finite number/);
  });
});
