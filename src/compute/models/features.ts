/** Reading feature rows and the pointwise variable of a loss. */
import type { Features, FitLoss } from './types';

/** Feature j of a row (a bare number is a row of one feature). */
export function featureAt(x: Features, j: number): number {
  return typeof x === 'number' ? x : (x[j] as number);
}

/** Number of features in a row. */
export function featureCount(x: Features): number {
  return typeof x === 'number' ? 1 : x.length;
}

/** The scalar a loss's `value` takes: its `domain.variable` if it has one, else `variable`. */
export function pointwiseVariable(loss: FitLoss): string {
  return loss.domain?.variable ?? loss.variable;
}
