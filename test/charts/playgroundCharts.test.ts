import { describe, expect, it } from 'vitest';
import {
  blobs,
  createLinearRegression,
  createSoftmaxRegression,
  createOptimizer,
  fit,
  getLoss,
  lineData,
  predictGrid,
} from '~/compute';
import {
  applyLossHistoryCurrent,
  applyPlaygroundLine,
  applyPlaygroundRegions,
  lossHistoryBase,
  playgroundBase,
} from '~/charts/playgroundCharts';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** The regression line chart at the end of an MSE run on lineData with 3 outliers. */
function lineChart() {
  const d = lineData({ outliers: 3 });
  const run = fit({
    model: createLinearRegression(1),
    data: d,
    loss: getLoss('mse'),
    optimizer: createOptimizer('sgd', { lr: 0.1 }),
    epochs: 100,
  });
  const svg = playgroundBase({
    points: d.x.map((x, i) => ({ x, y: d.y[i]!, outlier: d.isOutlier[i]!, heldOut: i % 4 === 0 })),
    domain: [
      [-2, 2],
      [-6, 14],
    ],
    labels: ['Input x', 'Target y'],
    className: 'golden',
    document,
  });
  applyPlaygroundLine(svg, { w: run.params[0]!, b: run.params[1]! });
  return { svg, run };
}

describe('playground charts: golden SVGs', () => {
  it('playgroundBase + applyPlaygroundLine (MSE, 3 outliers)', () => {
    expectGolden('playground-line-mse-outliers', lineChart().svg);
  });

  it('playgroundBase + applyPlaygroundRegions (softmax, three blobs)', () => {
    const b = blobs({ classes: 3, nPerClass: 20, seed: 1 });
    const model = createSoftmaxRegression(2, 3);
    const run = fit({
      model,
      data: { x: b.points, y: b.labels },
      optimizer: createOptimizer('sgd', { lr: 0.3 }),
      epochs: 50,
    });
    const svg = playgroundBase({
      points: b.points.map(([x, y], i) => ({ x, y, cls: b.labels[i]! })),
      domain: [
        [-3, 3],
        [-2.5, 3],
      ],
      labels: ['Feature x₁', 'Feature x₂'],
      className: 'golden',
      document,
    });
    applyPlaygroundRegions(
      svg,
      predictGrid(
        model,
        run.params,
        [
          [-3, 3],
          [-2.5, 3],
        ],
        24,
        16,
      ),
    );
    expectGolden('playground-regions-softmax', svg);
  });

  it('lossHistoryBase + applyLossHistoryCurrent (epoch 20 of 100)', () => {
    const { run } = lineChart();
    const svg = lossHistoryBase({
      train: run.trace.map((r) => r.trainLoss),
      heldOut: run.trace.map((r) => 1.1 * r.trainLoss),
      epochs: 100,
      className: 'golden',
      document,
    });
    applyLossHistoryCurrent(svg, { epoch: 20, train: run.trace[20]!.trainLoss }, 'Epoch 20.');
    expectGolden('playground-loss-history', svg);
  });
});

describe('playground charts', () => {
  it('model layers go under the points and are replaced, not stacked', () => {
    const { svg } = lineChart();
    applyPlaygroundLine(svg, { w: 1, b: 0 });
    expect(svg.querySelectorAll('g[data-layer="model"]')).toHaveLength(1);
    const model = svg.querySelector('g[data-layer="model"]')!;
    expect(model.nextElementSibling?.getAttribute('data-layer')).toBe('points');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('never writes NaN or Infinity: non-finite points, line and losses are left out and counted', () => {
    const svg = playgroundBase({
      points: [
        { x: 0, y: Number.NaN },
        { x: 1, y: 1 },
      ],
      domain: [
        [-2, 2],
        [-2, 2],
      ],
      labels: ['Input x', 'Target y'],
      document,
    });
    expect(applyPlaygroundLine(svg, { w: Number.NaN, b: 0 })).toBe(false);
    expect(svg.getAttribute('data-nonfinite')).toBe('1');
    const history = lossHistoryBase({ train: [1, Infinity, Number.NaN], epochs: 10, document });
    applyLossHistoryCurrent(history, { epoch: 1, train: Infinity });
    expect(history.getAttribute('aria-description')).toMatch(/2 values/);
    expect(svg.outerHTML + history.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
