import type { LayerWeights } from './createNetworkFromWeights';

/**
 * The 2-2-1 sigmoid network the backpropagation chapter works by hand (hidden layer, then output),
 * shared with that chapter's parameterized practice problem.
 */
export const workedExampleLayers: readonly LayerWeights[] = [
  {
    weights: [
      [0.2, 0.4],
      [0.3, 0.1],
    ],
    biases: [0.1, 0.2],
    activation: 'sigmoid',
  },
  { weights: [[0.7, 0.5]], biases: [0.3], activation: 'sigmoid' },
];
