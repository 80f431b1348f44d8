import { describe, expect, it } from 'vitest';
import { crossEntropy, softmax } from '~/compute';
import { classLabel, softmaxBarsChart, type SoftmaxBarsData } from '~/charts/softmaxBarsChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** Bars for logits and a true class, from softmax and crossEntropy; ỹ is one-hot (ε = 0). */
function dataFor(logits: number[], k: number): SoftmaxBarsData {
  const grad = crossEntropy([logits], [k]).grad[0]!;
  return {
    probabilities: softmax(logits),
    target: logits.map((_, j) => (j === k ? 1 : 0)),
    gradient: grad,
  };
}

describe('softmaxBarsChart(options) golden SVGs', () => {
  it('softmaxBarsChart(logits 2, 0, −1; true class 2)', () => {
    expectGolden(
      'softmax-bars-three',
      softmaxBarsChart({
        classes: 3,
        trueClass: 1,
        data: dataFor([2, 0, -1], 1),
        className: 'golden',
        idPrefix: 'golden',
        document,
      }),
    );
  });
  it('softmaxBarsChart(six classes, logits ±1000, 360 px)', () => {
    expectGolden(
      'softmax-bars-extreme',
      softmaxBarsChart({
        classes: 6,
        trueClass: 3,
        data: dataFor([1000, 0, 0, -1000, 0, 0], 3),
        width: 360,
        className: 'golden',
        idPrefix: 'golden',
        document,
      }),
    );
  });
});

describe('softmaxBarsChart(options)', () => {
  it('draws three bars per class and marks the true class on the axis', () => {
    const svg = softmaxBarsChart({
      classes: 4,
      trueClass: 2,
      data: dataFor([1, 2, 3, 4], 2),
      document,
    });
    expect(svg.querySelectorAll('g[data-layer="bars"] rect')).toHaveLength(12);
    expect(svg.textContent).toContain(`${classLabel(2)} (true)`);
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('a negative gradient bar hangs below the zero line, a positive one stands on it', () => {
    const svg = softmaxBarsChart({ classes: 2, trueClass: 0, data: dataFor([0, 1], 0), document });
    const grads = [...svg.querySelectorAll('rect[data-series="gradient"]')];
    const y0 = Number(svg.scale('y')!.apply(0));
    // Class 1 is true with p < 1: gradient negative, bar from the zero line down.
    expect(Number(grads[0]!.getAttribute('y'))).toBeCloseTo(y0, 1);
    // Class 2: gradient positive, bar ends at the zero line.
    const r = grads[1]!;
    expect(Number(r.getAttribute('y')) + Number(r.getAttribute('height'))).toBeCloseTo(y0, 1);
  });

  it('never writes NaN or Infinity, even for non-finite data', () => {
    const svg = softmaxBarsChart({
      classes: 2,
      trueClass: 0,
      data: { probabilities: [Number.NaN, Infinity], target: [1, 0], gradient: [-Infinity, 0] },
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
