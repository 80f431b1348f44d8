/** The class a model predicts over a grid, for drawing decision regions. */
import type { Model } from './types';

/** A rectangle of the input plane: [[x1 min, x1 max], [x2 min, x2 max]]. */
export type Domain2D = readonly [readonly [number, number], readonly [number, number]];

/** Predicted classes at cell centres, row by row from the lowest x2: `classes[j · nx + i]`. */
export interface ClassGrid {
  readonly nx: number;
  readonly ny: number;
  /** Cell centres along x1 (length nx). */
  readonly x: number[];
  /** Cell centres along x2 (length ny). */
  readonly y: number[];
  readonly classes: number[];
}

/** The class `model.classify` gives at the centre of each of nx × ny cells covering `domain`. */
export function predictGrid(
  model: Model,
  params: readonly number[],
  domain: Domain2D,
  nx: number,
  ny: number,
): ClassGrid {
  const centres = ([lo, hi]: readonly [number, number], m: number): number[] =>
    Array.from({ length: m }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / m);
  const x = centres(domain[0], nx);
  const y = centres(domain[1], ny);
  const classes = new Array<number>(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      classes[j * nx + i] = model.classify(params, [x[i] as number, y[j] as number]);
    }
  }
  return { nx, ny, x, y, classes };
}
