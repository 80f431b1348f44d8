import { describe, expect, it } from 'vitest';
import { lineData, mseLinear1D } from '~/compute';
import {
  chainRuleChart,
  chainRuleDomains,
  chainRuleHeight,
  type ChainRuleChartOptions,
} from '~/charts/chainRuleChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();
const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });

/** Chart options for the line w·x + b, predictions from mseLinear1D. */
function optionsFor(w: number, b: number, sample: number, width = 640): ChainRuleChartOptions {
  return {
    x: data.x,
    y: data.y,
    ...chainRuleDomains(data.x, data.y),
    width,
    className: 'golden',
    idPrefix: 'golden',
    ariaLabel: 'The data and the line',
    current: { w, b, predictions: mseLinear1D(w, b, data).predictions, sample },
    document,
  };
}

describe('chainRuleChart(options) golden SVGs', () => {
  it('chainRuleChart(w = 1, b = 0, sample 20)', () => {
    expectGolden('chain-rule-w1', chainRuleChart(optionsFor(1, 0, 19)));
  });
  it('chainRuleChart(w = 5, b = 3, sample 1, 360 px: the line leaves the frame)', () => {
    expectGolden('chain-rule-steep-narrow', chainRuleChart(optionsFor(5, 3, 0, 360)));
  });
});

describe('chainRuleChart(options)', () => {
  it('is an <svg role="img"> with a label, fixed aspect, and every group aria-hidden', () => {
    const svg = chainRuleChart(optionsFor(2, 0, 5, 500));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('The data and the line');
    expect(svg.getAttribute('height')).toBe(String(chainRuleHeight(500)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g')) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
    }
    expect(svg.outerHTML).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
  });

  it('draws 20 data points, the line, and rings the chosen sample', () => {
    const svg = chainRuleChart(optionsFor(1, 0, 7));
    expect(svg.querySelectorAll('circle').length).toBe(20 + 2);
    expect(svg.querySelector('[data-sample]')!.getAttribute('data-sample')).toBe('8');
    expect(svg.querySelector('line[stroke="var(--accent)"]')).not.toBeNull();
  });

  it('moves only the current layer when redrawn, and says when ŷᵢ is off the frame', () => {
    const svg = chainRuleChart(optionsFor(5, 3, 19));
    expect(svg.querySelectorAll('g[data-current]').length).toBe(1);
    expect(svg.getAttribute('aria-description')).toMatch(/outside the frame/);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('chainRuleDomains(x, y) pads the data and stays finite for no data', () => {
    const { xDomain, yDomain } = chainRuleDomains(data.x, data.y);
    expect(xDomain[0]).toBeLessThan(Math.min(...data.x));
    expect(yDomain[1]).toBeGreaterThan(Math.max(...data.y));
    expect(chainRuleDomains([], [])).toEqual({ xDomain: [-1, 1], yDomain: [-1, 1] });
  });
});
