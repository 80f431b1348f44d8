/**
 * The public API of the compute layer: every number on the site comes from here. Pure
 * TypeScript; no DOM, no Preact, no Plot, no global randomness.
 */

export * from './types';
export * from './activations';
export * from './losses';
export * from './registry';
export * from './optimizers';
export * from './schedules';
export * from './landscapes';
export * from './descend';
export * from './graph';
export * from './float32';
export * from './data';
export * from './models';
