/** custom-losses, "pos_weight from counts": BCEWithLogitsLoss of a positive with pos_weight. */
import { binaryCrossEntropyWithLogits } from '../../losses/binaryCrossEntropyWithLogits';
import { defineProblem, pickStep } from '../variant';

/** Class counts (negatives a whole multiple of positives) and the logit of a positive example. */
export interface ClP1Params {
  readonly neg: number;
  readonly pos: number;
  readonly z: number;
}

export const problem = defineProblem<ClP1Params>({
  id: 'cl-p1',
  base: { neg: 1200, pos: 48, z: -2 },
  draw(random) {
    const pos = pickStep(random, 20, 90, 1);
    return {
      pos,
      neg: pos * pickStep(random, 3, 40, 1),
      z: pickStep(random, -3, -0.5, 0.5),
    };
  },
  solve({ neg, pos, z }) {
    const posWeight = neg / pos;
    const plain = binaryCrossEntropyWithLogits([z], [1]);
    const weighted = binaryCrossEntropyWithLogits([z], [1], { posWeight });
    return {
      answer: weighted.loss,
      values: {
        neg,
        pos,
        posWeight,
        z,
        plain: plain.loss,
        weighted: weighted.loss,
        plainGrad: plain.grad[0]!,
        weightedGrad: weighted.grad[0]!,
        negative: binaryCrossEntropyWithLogits([z], [0], { posWeight }).loss,
      },
    };
  },
});
