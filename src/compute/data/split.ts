/** A deterministic train / held-out split. */
import { randomLcg } from 'd3-random';
import { permutation } from './shuffle';

/** Options of `splitTrainHeldOut`. */
export interface SplitOptions {
  /** Share of the rows held out, in [0, 1) (default 0.25); at least one row stays in training. */
  readonly heldOutFraction?: number;
  readonly seed: number;
}

/** Row indices of each part, ascending. */
export interface SplitIndices {
  readonly train: number[];
  readonly heldOut: number[];
}

/**
 * Splits the row indices 0..n−1 into training and held-out sets: round(n · heldOutFraction) rows,
 * chosen by a seeded permutation, are held out. A pure function of (n, options).
 */
export function splitTrainHeldOut(
  n: number,
  { heldOutFraction = 0.25, seed }: SplitOptions,
): SplitIndices {
  if (!(heldOutFraction >= 0 && heldOutFraction < 1)) {
    throw new RangeError(
      `splitTrainHeldOut: heldOutFraction must be in [0, 1), got ${heldOutFraction}`,
    );
  }
  const k = Math.min(Math.round(n * heldOutFraction), Math.max(n - 1, 0));
  const order = permutation(n, randomLcg(seed));
  const byIndex = (a: number, b: number): number => a - b;
  return { heldOut: order.slice(0, k).sort(byIndex), train: order.slice(k).sort(byIndex) };
}

/** The rows of `values` at `indices`, in that order. */
export function pick<T>(values: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => values[i] as T);
}
