import { bench, describe } from 'vitest';
import { descend } from '~/compute/descend';
import { createLandscape, landscapeGrid } from '~/compute/landscapes';
import { createOptimizer } from '~/compute/optimizers';
import type { OptimizerKind, OptimizerOptions } from '~/compute/types';

// Interactive budget: each of these runs on an input event inside a 16 ms frame.
const rosenbrock = createLandscape('rosenbrock');
const start = rosenbrock.defaultStart;

const racers: Array<[string, OptimizerKind, OptimizerOptions]> = [
  ['sgd', 'sgd', { lr: 1e-3 }],
  ['sgd + momentum', 'sgd', { lr: 5e-4, momentum: 0.9 }],
  ['sgd + nesterov', 'sgd', { lr: 5e-4, momentum: 0.9, nesterov: true }],
  ['adagrad', 'adagrad', { lr: 0.1 }],
  ['rmsprop', 'rmsprop', { lr: 1e-3 }],
  ['adam', 'adam', { lr: 1e-2 }],
  ['adamw', 'adamw', { lr: 1e-2 }],
];

// Each racer must run all 500 steps (tol 0 turns off convergence), or the figure would flatter it.
for (const [name, kind, options] of racers) {
  const r = descend(rosenbrock, start, createOptimizer(kind, options), 500, { tol: 0 });
  if (r.path.length !== 501) throw new Error(`${name} stopped early: ${r.message}`);
}

describe('landscapeGrid(rosenbrock, 200, 200)', () => {
  bench('landscapeGrid(rosenbrock, 200, 200)', () => {
    landscapeGrid(rosenbrock, 200, 200);
  });
});

describe('descend(rosenbrock, start, optimizer, 500)', () => {
  for (const [name, kind, options] of racers) {
    bench(`descend(rosenbrock, start, ${name}, 500)`, () => {
      descend(rosenbrock, start, createOptimizer(kind, options), 500, { tol: 0 });
    });
  }
  bench('all seven racers × 500 steps (one race frame)', () => {
    for (const [, kind, options] of racers) {
      descend(rosenbrock, start, createOptimizer(kind, options), 500, { tol: 0 });
    }
  });
});
