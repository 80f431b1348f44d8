/** chain-rule, "The bias gradient on three points": ∂L/∂b of MSE for a flat line under the data. */
import { mseLinear1D } from '../../models/mseLinear1D';
import { defineProblem, pickStep } from '../variant';

/** The three targets (at x = 1, 2, 3) and the flat line's height b (w = 0). */
export interface CrP1Params {
  readonly y: readonly number[];
  readonly b: number;
}

const x = [1, 2, 3];

export const problem = defineProblem<CrP1Params>({
  id: 'cr-p1',
  base: { y: [2, 4, 5], b: 1 },
  // Every point lies above the line, as the solution says.
  draw(random) {
    const b = pickStep(random, -1, 2, 0.5);
    return { b, y: x.map(() => pickStep(random, b + 0.5, b + 6, 0.5)) };
  },
  solve({ y, b }) {
    const r = mseLinear1D(0, b, { x, y });
    return {
      answer: r.dLdb,
      values: {
        x,
        y,
        b,
        residuals: r.residuals,
        deltas: r.dLdyhat,
        dLdb: r.dLdb,
        dLdw: r.dLdw,
        loss: r.loss,
      },
    };
  },
});
