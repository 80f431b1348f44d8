/** The share of rows a classifier labels correctly. */
import type { Dataset, Model } from './types';

/**
 * Fraction of rows where `model.classify` matches the label (binary labels: y > 0 is class 1, so
 * {0, 1} and {−1, +1} both work); 0 for no rows.
 */
export function accuracy(model: Model, params: readonly number[], data: Dataset): number {
  const n = data.y.length;
  if (n === 0) return 0;
  let right = 0;
  for (let i = 0; i < n; i++) {
    const y = data.y[i] as number;
    const label = model.nClasses <= 2 ? (y > 0 ? 1 : 0) : y;
    if (model.classify(params, data.x[i] as number | readonly number[]) === label) right++;
  }
  return right / n;
}
