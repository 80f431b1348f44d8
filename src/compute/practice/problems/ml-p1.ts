/** margin-losses, "Hinge and logistic loss of one example": a negative inside the margin. */
import { hingeLoss } from '../../losses/hinge';
import { logisticLoss } from '../../losses/logistic';
import { defineProblem, pickStep } from '../variant';

/** The score of an example labelled y = −1. */
export interface MlP1Params {
  readonly s: number;
}

export const problem = defineProblem<MlP1Params>({
  id: 'ml-p1',
  base: { s: -0.4 },
  // Correct but inside the margin: 0 < z = −s < 1.
  draw: (random) => ({ s: pickStep(random, -0.95, -0.05, 0.05) }),
  solve({ s }) {
    const hinge = hingeLoss([s], [-1]);
    const logistic = logisticLoss([s], [-1]);
    return {
      answer: hinge.loss,
      values: {
        s,
        margin: -1 * s,
        hinge: hinge.loss,
        hingeGrad: hinge.grad[0]!,
        logistic: logistic.loss,
        logisticGrad: logistic.grad[0]!,
      },
    };
  },
});
