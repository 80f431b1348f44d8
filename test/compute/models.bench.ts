import { bench, describe } from 'vitest';
import { blobs, createRiskDistribution, lineData } from '~/compute/data';
import {
  createLinearRegression,
  createSoftmaxRegression,
  fit,
  fitRidgePolynomial,
  lossCurveInW,
  predictGrid,
} from '~/compute/models';
import { createOptimizer } from '~/compute/optimizers';
import { getLoss } from '~/compute/registry';

// The budget: each interactive recompute far inside one 16 ms frame.
const line200 = lineData({ n: 200, seed: 1 });
const model = createLinearRegression(1);
const mse = getLoss('mse');
const huber = getLoss('huber');

describe('fit: linear regression, N = 200', () => {
  bench('1000 epochs, full batch, SGD, MSE', () => {
    fit({
      model,
      data: line200,
      loss: mse,
      optimizer: createOptimizer('sgd', { lr: 0.05 }),
      epochs: 1000,
    });
  });
  bench('1000 epochs, full batch, Adam, Huber', () => {
    fit({
      model,
      data: line200,
      loss: huber,
      optimizer: createOptimizer('adam', { lr: 0.05 }),
      epochs: 1000,
    });
  });
  bench('100 epochs, mini-batch 16, SGD, MSE', () => {
    fit({
      model,
      data: line200,
      loss: mse,
      optimizer: createOptimizer('sgd', { lr: 0.05 }),
      epochs: 100,
      batchSize: 16,
      seed: 1,
    });
  });
});

const three = blobs({ classes: 3, nPerClass: 50, seed: 1 });
const softmax = createSoftmaxRegression(2, 3);
describe('classification and widget helpers', () => {
  bench('softmax regression, 150 points, 200 epochs full batch', () => {
    fit({
      model: softmax,
      data: { x: three.points, y: three.labels },
      optimizer: createOptimizer('adam', { lr: 0.05 }),
      epochs: 200,
    });
  });
  bench('predictGrid 100 × 100, softmax', () => {
    predictGrid(
      softmax,
      [1, 0, 0, -1, 0, 0, 0, 0, 0.5],
      [
        [-3, 3],
        [-3, 3],
      ],
      100,
      100,
    );
  });
  const line20 = lineData();
  bench('lossCurveInW, N = 20, 400 samples', () => {
    lossCurveInW(line20, 0, [-2, 6], 400);
  });
  const dist = createRiskDistribution();
  const sample = dist.sample(50, 1);
  bench('fitRidgePolynomial degree 12 + expectedRisk (N = 50)', () => {
    dist.expectedRisk(fitRidgePolynomial(sample.x, sample.y, { degree: 12, lambda: 1e-4 }).predict);
  });
});
