/** backpropagation, "A weight that was frozen before": ∂L/∂w⁽¹⁾₁₂ of the worked example's network. */
import { backpropStep } from '../../network/backpropStep';
import { createNetworkFromWeights } from '../../network/createNetworkFromWeights';
import { workedExampleLayers } from '../../network/workedExample';
import { defineProblem, pickSign, pickStep } from '../variant';

/** The input x = (x₁, x₂), with x₂ ≠ 0; the label is 1 and the weights are the worked example's. */
export interface BpP2Params {
  readonly x: readonly number[];
}

const net = createNetworkFromWeights(2, workedExampleLayers);

export const problem = defineProblem<BpP2Params>({
  id: 'bp-p2',
  base: { x: [1, 1] },
  draw(random) {
    const x1 = pickStep(random, -2, 2, 0.5);
    return { x: [x1, pickSign(random) * pickStep(random, 0.5, 2, 0.5)] };
  },
  solve({ x }) {
    // The learning rate only affects the update, which the problem does not use.
    const { forward, backward } = backpropStep(net, x, [1], { loss: 'bce', learningRate: 0.5 });
    const [hidden, output] = forward.layers;
    const grad = backward.gradients.weights[0]![0]!;
    return {
      answer: grad[1]!,
      values: {
        x,
        x1: x[0]!,
        x2: x[1]!,
        hiddenZ: hidden!.z,
        hiddenA: hidden!.a,
        outputZ: output!.z[0]!,
        outputA: forward.output[0]!,
        deltaOut: backward.deltas[1]![0]!,
        deltaHidden1: backward.deltas[0]![0]!,
        grad11: grad[0]!,
        grad12: grad[1]!,
      },
    };
  },
});
