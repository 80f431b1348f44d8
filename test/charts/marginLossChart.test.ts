import { describe, expect, it } from 'vitest';
import { evaluateLossCurve, getLoss } from '~/compute';
import {
  MARGIN_LOSS_Y_MAX,
  marginLossChart,
  marginLossHeight,
  type MarginCurve,
  type MarginLossChartOptions,
} from '~/charts/marginLossChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();
const IDS = ['zero-one', 'hinge', 'squared-hinge', 'logistic', 'exponential'];
const bands = [
  { from: -Infinity, to: 0, label: 'wrong side', fill: 'var(--bad-soft)' },
  { from: 0, to: 1, label: 'inside the margin', fill: 'var(--warn-soft)' },
  { from: 1, to: Infinity, label: 'confident and correct', fill: 'var(--good-soft)' },
];

/** Chart options with every curve and value from the registry. */
function optionsFor(z: number, width = 640): MarginLossChartOptions {
  const curves: MarginCurve[] = IDS.map((id) => ({
    id,
    points: evaluateLossCurve(getLoss(id), {}, 121).map((p) => ({ u: p.u, value: p.value })),
    ...(id === 'zero-one' && { step: true }),
  }));
  return {
    curves,
    bands,
    domain: getLoss('hinge').domain,
    width,
    className: 'golden',
    idPrefix: 'golden',
    current: { z, values: IDS.map((id) => ({ id, value: getLoss(id).value(z) })) },
    ariaLabel: 'Margin losses against Margin z',
    document,
  };
}

describe('marginLossChart(options) golden SVGs', () => {
  it('marginLossChart(five losses, z = −0.3, where natural-log logistic < 1)', () => {
    expectGolden('margin-loss-wrong-side', marginLossChart(optionsFor(-0.3)));
  });
  it('marginLossChart(five losses, z = −2, values above the frame, 360 px)', () => {
    expectGolden('margin-loss-cut-off-narrow', marginLossChart(optionsFor(-2, 360)));
  });
});

describe('marginLossChart(options)', () => {
  it('is an <svg role="img"> with a label, fixed aspect, and every group aria-hidden', () => {
    const svg = marginLossChart({ ...optionsFor(0.5), width: 500 });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Margin losses against Margin z');
    expect(svg.getAttribute('height')).toBe(String(marginLossHeight(500)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g')) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('colours come from CSS variables only', () => {
    const html = marginLossChart(optionsFor(0.5)).outerHTML;
    for (const v of ['--fg)', '--accent)', '--warn)', '--good)', '--bad)', '--bad-soft)']) {
      expect(html).toContain(`var(${v}`);
    }
    expect(html).not.toMatch(/(fill|stroke)="(#|rgb|white|black)/i);
  });

  it('names the three regions when they are wide enough, and drops the narrow one’s label', () => {
    expect(marginLossChart(optionsFor(0.5)).textContent).toMatch(/inside the\s*margin/);
    const narrow = marginLossChart(optionsFor(0.5, 300)).textContent ?? '';
    expect(narrow).toContain('wrong side');
    expect(narrow).not.toMatch(/inside/);
  });

  it('draws a dot per loss inside the frame and a triangle on the top edge above it', () => {
    const svg = marginLossChart(optionsFor(-2));
    const current = svg.querySelector('g[data-current]')!;
    // At z = −2: 0/1 = 1, hinge = 3 (in frame); squared hinge 9 and exponential e² ≈ 7.39 above 4.
    expect(current.querySelectorAll('circle').length).toBe(3);
    const above = [...current.querySelectorAll('path')].map((p) => p.getAttribute('data-loss'));
    expect(above.sort()).toEqual(['exponential', 'squared-hinge']);
    expect(getLoss('exponential').value(-2)).toBeGreaterThan(MARGIN_LOSS_Y_MAX);
    expect(svg.getAttribute('aria-description')).toMatch(/stops at 4/);
  });

  it('never writes NaN or Infinity, and counts non-finite points', () => {
    const svg = marginLossChart({
      ...optionsFor(0),
      curves: [
        {
          id: 'hinge',
          points: [
            { u: -1, value: Number.NaN },
            { u: 0, value: 1 },
            { u: 1, value: Infinity },
          ],
        },
      ],
      current: { z: 0, values: [{ id: 'hinge', value: Number.NaN }] },
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('data-nonfinite')).toBe('2');
    expect(svg.getAttribute('aria-description')).toMatch(/not finite/);
  });
});
