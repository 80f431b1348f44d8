/** choosing-a-loss, "The Huber loss of one residual": one residual beyond δ, one within. */
import { huberLoss } from '../../losses/huber';
import { mseLoss } from '../../losses/mse';
import { defineProblem, pickFrom, pickStep } from '../variant';

/** Huber's δ, a residual beyond it and one within it. */
export interface ChP2Params {
  readonly delta: number;
  readonly large: number;
  readonly small: number;
}

export const problem = defineProblem<ChP2Params>({
  id: 'ch-p2',
  base: { delta: 1.5, large: 3, small: 0.8 },
  draw(random) {
    const delta = pickFrom(random, [0.5, 1, 1.5, 2, 2.5]);
    return {
      delta,
      large: pickStep(random, delta + 0.5, delta + 5, 0.5),
      small: pickStep(random, 0.1, delta - 0.1, 0.1),
    };
  },
  solve({ delta, large, small }) {
    const loss = huberLoss([large], [0], { delta }).loss;
    return {
      answer: loss,
      values: {
        delta,
        large,
        small,
        loss,
        squared: mseLoss([large], [0]).loss,
        smallLoss: huberLoss([small], [0], { delta }).loss,
      },
    };
  },
});
