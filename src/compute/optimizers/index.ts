/** The optimizers of torch.optim, behind one factory. */
import type { Optimizer, OptimizerKind, OptimizerOptions } from '../types';
import { adagradDefaults, createAdagrad } from './adagrad';
import { adamDefaults, adamwDefaults, createAdam, createAdamW } from './adam';
import { createRmsprop, rmspropDefaults } from './rmsprop';
import { createSgd, sgdDefaults } from './sgd';

export { createAdagrad, adagradDefaults, type AdagradOptions } from './adagrad';
export { createAdam, createAdamW, adamDefaults, adamwDefaults, type AdamOptions } from './adam';
export { createRmsprop, rmspropDefaults, type RmspropOptions } from './rmsprop';
export { createSgd, sgdDefaults, type SgdOptions } from './sgd';

/** Every optimizer kind, in the order the site lists them. */
export const optimizerKinds: readonly OptimizerKind[] = [
  'sgd',
  'adagrad',
  'rmsprop',
  'adam',
  'adamw',
];

/** Each kind's torch.optim defaults (SGD's lr, required by torch, defaults to 0.01 here). */
export const optimizerDefaults: Readonly<Record<OptimizerKind, Readonly<OptimizerOptions>>> =
  Object.freeze({
    sgd: sgdDefaults,
    adagrad: adagradDefaults,
    rmsprop: rmspropDefaults,
    adam: adamDefaults,
    adamw: adamwDefaults,
  });

/**
 * Builds a fresh optimizer of `kind`; options it does not use are ignored, bad values throw a
 * RangeError.
 */
export function createOptimizer(kind: OptimizerKind, options: OptimizerOptions = {}): Optimizer {
  switch (kind) {
    case 'sgd':
      return createSgd(options);
    case 'adagrad':
      return createAdagrad(options);
    case 'rmsprop':
      return createRmsprop(options);
    case 'adam':
      return createAdam(options);
    case 'adamw':
      return createAdamW(options);
    default:
      throw new RangeError(`Unknown optimizer kind ${JSON.stringify(kind as string)}.`);
  }
}
