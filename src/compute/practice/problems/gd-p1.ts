/** gradient-descent, "Two steps on a parabola": two SGD steps on L(w) = 2(w − 1)². */
import { mseLoss } from '../../losses/mse';
import { createSgd } from '../../optimizers/sgd';
import { defineProblem, pickFrom, pickStep } from '../variant';

/** The start w₀ and the learning rate η. */
export interface GdP1Params {
  readonly w0: number;
  readonly lr: number;
}

/** L(w) = a(w − w*)², written into the problem's formula as 2(w − 1)². */
const a = 2;
const wStar = 1;
/** L'(w) = a · d/dw (w − w*)², the squared error's gradient scaled by a. */
const grad = (w: number) => a * mseLoss([w], [wStar]).grad[0]!;

export const problem = defineProblem<GdP1Params>({
  id: 'gd-p1',
  base: { w0: 3, lr: 0.1 },
  // Learning rates below the stability limit 1/a = 0.5, starts away from the minimum.
  draw(random) {
    const w0 = pickFrom(random, [-3, -2, -1, 0, 2, 3, 4, 5]);
    return { w0, lr: pickStep(random, 0.05, 0.4, 0.05) };
  },
  solve({ w0, lr }) {
    const sgd = createSgd({ lr });
    const w1 = sgd.step([w0], [grad(w0)])[0]!;
    const w2 = sgd.step([w1], [grad(w1)])[0]!;
    return {
      answer: w2,
      values: {
        w0,
        lr,
        wStar,
        distance: Math.abs(w0 - wStar),
        factor: 1 - 2 * a * lr,
        w1,
        w2,
        lrMax: 1 / a,
      },
    };
  },
});
