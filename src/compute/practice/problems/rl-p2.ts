/** regression-losses, "Porting a detector's smooth L1 loss": smooth L1 of three residuals vs Huber. */
import { huberLoss } from '../../losses/huber';
import { smoothL1Loss } from '../../losses/smoothL1';
import { defineProblem, pickFrom, pickSign, pickStep } from '../variant';

/** The smooth-L1 width β and three residuals: the first inside (−β, β), the others outside. */
export interface RlP2Params {
  readonly beta: number;
  readonly res: readonly number[];
}

export const problem = defineProblem<RlP2Params>({
  id: 'rl-p2',
  base: { beta: 0.5, res: [0.2, -1.5, 3] },
  draw(random) {
    // Not 1, where the two losses coincide and the question about the learning rate is moot.
    const beta = pickFrom(random, [0.5, 1.5, 2, 2.5]);
    const outside = () => pickSign(random) * pickStep(random, beta + 0.5, beta + 4, 0.1);
    const inside = pickSign(random) * pickStep(random, 0.1, beta - 0.1, 0.1);
    return { beta, res: [inside, outside(), outside()] };
  },
  solve({ beta, res }) {
    const zeros = res.map(() => 0);
    const smooth = smoothL1Loss(res, zeros, { beta }).loss;
    return {
      answer: smooth,
      values: {
        beta,
        res,
        r1: res[0]!,
        smooth,
        huber: huberLoss(res, zeros, { delta: beta }).loss,
      },
    };
  },
});
