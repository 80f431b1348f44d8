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
export * from './expression';
export * from './practice';
// Namespaced: their op names (sigmoid, exp, forward, …) would clash with the activations.
export * as autodiff from './autodiff';
export * as network from './network';
