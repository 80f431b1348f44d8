import { randomLcg } from 'd3-random';
import { bench, describe } from 'vitest';
import { crossEntropy, mseLoss } from '~/compute/losses';

// Loss + gradient over 10^6 elements: MSE on 10^6 pairs, cross-entropy on 10^5 rows × 10 classes.
const rng = randomLcg(91);
const N = 1_000_000;
const input = Array.from({ length: N }, () => 4 * rng() - 2);
const target = Array.from({ length: N }, () => 4 * rng() - 2);

const ROWS = 100_000;
const CLASSES = 10;
const logits = Array.from({ length: ROWS }, () =>
  Array.from({ length: CLASSES }, () => 10 * rng() - 5),
);
const labels = Array.from({ length: ROWS }, () => Math.floor(rng() * CLASSES));

describe('batch losses over 10^6 elements', () => {
  bench('mseLoss(input, target), 10^6 elements', () => {
    mseLoss(input, target);
  });
  bench('crossEntropy(logits, indices), 10^5 × 10 logits', () => {
    crossEntropy(logits, labels);
  });
  bench('crossEntropy(logits, indices, { labelSmoothing: 0.1 }), 10^5 × 10 logits', () => {
    crossEntropy(logits, labels, { labelSmoothing: 0.1 });
  });
});
