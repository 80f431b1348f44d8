/** cross-entropy, "A confident false alarm": BCE of a negative given a high probability. */
import { binaryCrossEntropy } from '../../losses/binaryCrossEntropy';
import { binaryCrossEntropyWithLogits } from '../../losses/binaryCrossEntropyWithLogits';
import { defineProblem, pickStep } from '../variant';

/** The predicted probability of the positive class for an example whose label is 0. */
export interface CeP1Params {
  readonly p: number;
}

export const problem = defineProblem<CeP1Params>({
  id: 'ce-p1',
  base: { p: 0.9 },
  // "Confident", and the gradient p − y large: p from 0.7 to 0.99.
  draw: (random) => ({ p: pickStep(random, 0.7, 0.99, 0.01) }),
  solve({ p }) {
    const loss = binaryCrossEntropy([p], [0]).loss;
    const logit = Math.log(p / (1 - p));
    return {
      answer: loss,
      values: { p, loss, logit, grad: binaryCrossEntropyWithLogits([logit], [0]).grad[0]! },
    };
  },
});
