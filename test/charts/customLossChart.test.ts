import { describe, expect, it } from 'vitest';
import { blobs, compileExpression, getLoss, lineData } from '~/compute';
import { customLossHeight, customLossPanel, customLossYDomain } from '~/charts/customLossChart';
import { fitLineSegment, fitResultChart } from '~/charts/fitResultChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** Samples of a formula in r over [−6, 6] (61 points), from the compute parser and autodiff. */
function formulaCurves(source: string) {
  const compiled = compileExpression(source, ['r']);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const e = compiled.expression;
  const us = Array.from({ length: 61 }, (_, i) => -6 + i / 5);
  return {
    value: us.map((u) => ({ u, value: e.evaluate({ r: u }) })),
    derivative: us.map((u) => ({ u, value: e.derivative({ r: u }, 'r') })),
  };
}

const builtin = (id: string, key: 'value' | 'derivative') => {
  const entry = getLoss(id);
  return Array.from({ length: 61 }, (_, i) => -6 + i / 5).map((u) => ({ u, value: entry[key](u) }));
};

describe('customLossPanel(options) golden SVGs', () => {
  it('customLossPanel(Tukey’s biweight beside Huber, loss)', () => {
    const f = formulaCurves('4.685^2/6 * (1 - (1 - (min(abs(r), 4.685)/4.685)^2)^3)');
    expectGolden(
      'custom-loss-tukey-loss',
      customLossPanel({
        curves: [
          { points: builtin('huber', 'value'), stroke: 'var(--fg-soft)', strokeWidth: 2 },
          { points: f.value, stroke: 'var(--accent)' },
        ],
        domain: { min: -6, max: 6, label: 'Residual r' },
        yLabel: 'Loss ℓ',
        className: 'golden',
        ariaLabel: 'Tukey and Huber',
        document,
      }),
    );
  });
  it('customLossPanel(asymmetric squared beside MSE, derivative, dashed)', () => {
    const f = formulaCurves('2*max(r, 0)^2 + max(-r, 0)^2');
    expectGolden(
      'custom-loss-asymmetric-derivative',
      customLossPanel({
        curves: [
          { points: builtin('mse', 'derivative'), stroke: 'var(--fg-soft)', dashed: true },
          { points: f.derivative, stroke: 'var(--warn)', dashed: true },
        ],
        domain: { min: -6, max: 6, label: 'Residual r' },
        yLabel: 'Derivative ℓ′',
        className: 'golden',
        ariaLabel: 'Asymmetric squared loss derivative',
        document,
      }),
    );
  });
});

describe('customLossPanel(options)', () => {
  it('is an <svg role="img"> of fixed aspect with every group aria-hidden', () => {
    const svg = customLossPanel({
      curves: [{ points: formulaCurves('r^2').value, stroke: 'var(--accent)' }],
      domain: { min: -6, max: 6, label: 'Residual r' },
      yLabel: 'Loss ℓ',
      width: 360,
      ariaLabel: 'r squared',
      document,
    });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('height')).toBe(String(customLossHeight(360)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g'))
      expect(g.getAttribute('aria-hidden')).toBe('true');
    expect(svg.outerHTML).not.toMatch(/(fill|stroke)="(#|rgb)/);
  });

  it('leaves out non-finite points (log r on r ≤ 0), counts them and never writes NaN', () => {
    const compiled = compileExpression('log(r)', ['r']);
    if (!compiled.ok) throw new Error('log(r) compiles');
    const points = [-1, 0, 0.5, 1, 2].map((u) => ({
      u,
      value: compiled.expression.evaluate({ r: u }),
    }));
    const svg = customLossPanel({
      curves: [{ points, stroke: 'var(--accent)' }],
      domain: { min: -1, max: 2, label: 'Residual r' },
      yLabel: 'Loss ℓ',
      ariaLabel: 'log r',
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.getAttribute('data-nonfinite')).toBe('2');
    expect(svg.getAttribute('aria-description')).toMatch(/2 points .* left out/);
  });

  it('customLossYDomain covers 0 and every curve; a flat curve still gets a range', () => {
    const [lo, hi] = customLossYDomain([
      { points: [{ u: 0, value: -2 }], stroke: 'x' },
      { points: [{ u: 0, value: 5 }], stroke: 'x' },
    ]);
    expect(lo).toBeLessThan(-2);
    expect(hi).toBeGreaterThan(5);
    const flat = customLossYDomain([{ points: [{ u: 0, value: 0 }], stroke: 'x' }]);
    expect(flat[1]).toBeGreaterThan(flat[0]);
  });
});

describe('fitResultChart(options)', () => {
  it('fitResultChart(line data with outliers, two lines) golden SVG', () => {
    const d = lineData({ n: 12, outliers: 2, seed: 3 });
    expectGolden(
      'fit-result-line',
      fitResultChart({
        points: d.x.map((x, i) => ({ x, y: d.y[i]!, group: d.isOutlier[i] ? 2 : 0 })),
        lines: [
          { params: [2, 1], stroke: 'var(--fg-soft)', dashed: true },
          { params: [1.8, 0.2], stroke: 'var(--accent)' },
        ],
        xLabel: 'x',
        yLabel: 'y',
        className: 'golden',
        ariaLabel: 'Fitted lines',
        document,
      }),
    );
  });

  it('draws blobs and a decision boundary; an all-zero boundary is left out and said so', () => {
    const b = blobs({ nPerClass: 5, seed: 1 });
    const svg = fitResultChart({
      points: b.points.map(([x, y], i) => ({ x, y, group: b.labels[i] === 1 ? 1 : 0 })),
      lines: [
        { params: [1, 1, 0], stroke: 'var(--accent)' },
        { params: [0, 0, 0], stroke: 'var(--fg-soft)' },
      ],
      xLabel: 'Feature x₁',
      yLabel: 'Feature x₂',
      ariaLabel: 'Boundaries',
      document,
    });
    expect(svg.querySelectorAll('[stroke="var(--accent)"]').length).toBe(1);
    expect(svg.getAttribute('aria-description')).toMatch(/could not be drawn/);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('fitLineSegment: a line, a boundary solved for x₂, a vertical boundary, nothing for NaN', () => {
    expect(fitLineSegment([2, 1], [0, 1], [0, 5])).toEqual([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
    ]);
    expect(fitLineSegment([1, 2, -2], [0, 2], [0, 1])).toEqual([
      { x: 0, y: 1 },
      { x: 2, y: 0 },
    ]);
    expect(fitLineSegment([2, 0, -2], [0, 2], [-1, 1])).toEqual([
      { x: 1, y: -1 },
      { x: 1, y: 1 },
    ]);
    expect(fitLineSegment([Number.NaN, 1], [0, 1], [0, 1])).toEqual([]);
  });
});

describe('customLossPanel(options) at the extremes', () => {
  it('a constant 1e308 loss keeps a finite axis and writes no NaN or Infinity', () => {
    const svg = customLossPanel({
      curves: [
        {
          points: [
            { u: 0, value: 1e308 },
            { u: 1, value: 1e308 },
          ],
          stroke: 'var(--accent)',
        },
      ],
      domain: { min: 0, max: 1, label: 'Residual r' },
      yLabel: 'Loss ℓ',
      ariaLabel: 'huge',
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
  });
});
