/** what-is-a-loss, "Cost and metric from the same predictions": MSE and MAE of four predictions. */
import { l1Loss } from '../../losses/l1';
import { mseLoss } from '../../losses/mse';
import { defineProblem, pickFrom, pickSign, pickStep } from '../variant';

/** Four predictions and their targets. */
export interface WalP1Params {
  readonly pred: readonly number[];
  readonly target: readonly number[];
}

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

export const problem = defineProblem<WalP1Params>({
  id: 'wal-p1',
  base: { pred: [1.5, 3, 0, -1], target: [1, 5, 0, -2] },
  // The prose needs: the second example has the largest error, the third none.
  draw(random) {
    const small = () => pickSign(random) * pickFrom(random, [0.5, 1, 1.5]);
    const residuals = [small(), pickSign(random) * pickFrom(random, [2, 2.5, 3]), 0, small()];
    const target = residuals.map(() => pickStep(random, -3, 6, 1));
    const pred = target.map((t, i) => Number((t + residuals[i]!).toFixed(1)));
    return { pred, target };
  },
  solve({ pred, target }) {
    const res = pred.map((p, i) => p - target[i]!);
    const sq = pred.map((p, i) => mseLoss([p], [target[i]!]).loss);
    const abs = pred.map((p, i) => l1Loss([p], [target[i]!]).loss);
    const mse = mseLoss(pred, target).loss;
    return {
      answer: mse,
      values: {
        pred,
        target,
        res,
        sq,
        abs,
        mse,
        mae: l1Loss(pred, target).loss,
        r2: res[1]!,
        shareAbs: (100 * abs[1]!) / sum(abs),
        shareSq: (100 * sq[1]!) / sum(sq),
      },
    };
  },
});
