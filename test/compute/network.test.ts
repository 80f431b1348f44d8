import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  applyGradients,
  backpropagate,
  backpropStep,
  createNetwork,
  createNetworkFromWeights,
  forward,
  networkLoss,
  type Network,
  type NetworkActivation,
  type NetworkLossKind,
} from '~/compute/network/index';
import { assertInDelta } from '../helpers/assert';

/** The classic 2-2-1 sigmoid network of the backpropagation chapter (rows = hidden neurons). */
const classic = (): Network =>
  createNetworkFromWeights(2, [
    {
      weights: [
        [0.2, 0.4],
        [0.3, 0.1],
      ],
      biases: [0.1, 0.2],
      activation: 'sigmoid',
    },
    { weights: [[0.7, 0.5]], biases: [0.3], activation: 'sigmoid' },
  ]);

/*
 * Expected values of the 2-2-1 example, derived in python3 with the standard math module
 * (s = lambda z: 1 / (1 + math.exp(-z))), x = (1, 0), y = 1, BCE:
 *   z_h1 = 0.2·1 + 0.4·0 + 0.1 = 0.3              a_h1 = s(0.3) = 0.574442516811659
 *   z_h2 = 0.3·1 + 0.1·0 + 0.2 = 0.5              a_h2 = s(0.5) = 0.6224593312018546
 *   z_o  = 0.7·a_h1 + 0.5·a_h2 + 0.3
 *        = 0.40210976176816 + 0.31122966560093 + 0.3 = 1.0133394273690886
 *   a_o  = s(z_o) = 0.733673171792742
 *   L    = −ln(a_o) = 0.30969161956689767
 *   δ_o  = a_o − y = −0.26632682820725795         (BCE after a sigmoid: ∂L/∂z = a − y)
 *   δ_h1 = w_o1 · δ_o · a_h1(1 − a_h1) = 0.7 · δ_o · 0.244458... = −0.0455740647470483
 *   δ_h2 = w_o2 · δ_o · a_h2(1 − a_h2) = 0.5 · δ_o · 0.235003... = −0.031293896643790974
 *   ∂L/∂W2 = δ_o · (a_h1, a_h2) = (−0.1529894534898436, −0.165777619367001), ∂L/∂b2 = δ_o
 *   ∂L/∂W1 = [[δ_h1·1, δ_h1·0], [δ_h2·1, δ_h2·0]], ∂L/∂b1 = (δ_h1, δ_h2)
 *   with η = 0.5: W2 ← (0.7764947267449218, 0.5828888096835005), b2 ← 0.43316341410362896,
 *   W1 ← [[0.22278703237352415, 0.4], [0.3156469483218955, 0.1]],
 *   b1 ← (0.12278703237352416, 0.2156469483218955)
 */
describe('network', () => {
  it('forward(classic 2-2-1, [1, 0]) gives every z and a of the worked example', () => {
    const trace = forward(classic(), [1, 0]);
    assertInDelta(trace.layers[0]!.z, [0.3, 0.5], 1e-15);
    assertInDelta(trace.layers[0]!.a, [0.574442516811659, 0.6224593312018546], 1e-15);
    assertInDelta(trace.layers[1]!.z, [1.0133394273690886], 1e-15);
    assertInDelta(trace.layers[1]!.a, [0.733673171792742], 1e-15);
    assertInDelta(trace.output, [0.733673171792742], 1e-15);
  });

  it('backpropagate(classic 2-2-1, trace, [1], "bce") gives the loss, every δ and gradient', () => {
    const network = classic();
    const back = backpropagate(network, forward(network, [1, 0]), [1], 'bce');
    assertInDelta(back.loss, 0.30969161956689767, 1e-15);
    assertInDelta(
      back.deltas,
      [[-0.0455740647470483, -0.031293896643790974], [-0.26632682820725795]],
      1e-15,
    );
    assertInDelta(
      back.gradients.weights,
      [
        [
          [-0.0455740647470483, 0],
          [-0.031293896643790974, 0],
        ],
        [[-0.1529894534898436, -0.165777619367001]],
      ],
      1e-15,
    );
    assertInDelta(
      back.gradients.biases,
      [[-0.0455740647470483, -0.031293896643790974], [-0.26632682820725795]],
      1e-15,
    );
    // ∂L/∂a_o = −y/a_o = −1/0.733673171792742 = −1.3630047253281514 (python3).
    assertInDelta(back.outputGradient, [-1.3630047253281514], 1e-14);
  });

  it('backpropStep(classic 2-2-1, [1, 0], [1], { loss: "bce", learningRate: 0.5 }) updates every weight', () => {
    const network = classic();
    const step = backpropStep(network, [1, 0], [1], { loss: 'bce', learningRate: 0.5 });
    assertInDelta(
      step.updated.layers[0]!.weights,
      [
        [0.22278703237352415, 0.4],
        [0.3156469483218955, 0.1],
      ],
      1e-15,
    );
    assertInDelta(step.updated.layers[0]!.biases, [0.12278703237352416, 0.2156469483218955], 1e-15);
    assertInDelta(
      step.updated.layers[1]!.weights,
      [[0.7764947267449218, 0.5828888096835005]],
      1e-15,
    );
    assertInDelta(step.updated.layers[1]!.biases, [0.43316341410362896], 1e-15);
    // The step goes downhill on this example.
    expect(step.lossAfter).toBeLessThan(step.backward.loss);
    // Pure: the network passed in is unchanged.
    expect(network).toEqual(classic());
    expect(step.network).toBe(network);
  });

  it('networkLoss(classic 2-2-1, [1, 0], [1], "mse") is (a_o − 1)² with a_o from the example', () => {
    // python3: (0.733673171792742 - 1) ** 2 = 0.07092997942293829
    assertInDelta(networkLoss(classic(), [1, 0], [1], 'mse'), 0.07092997942293829, 1e-15);
  });

  const shapes: [number[], NetworkActivation[], NetworkLossKind][] = [
    [[2, 2, 1], ['sigmoid', 'sigmoid'], 'bce'],
    [[3, 4, 2], ['tanh', 'sigmoid'], 'bce'],
    [[1, 5, 3, 1], ['relu', 'tanh', 'linear'], 'mse'],
    [[4, 3], ['linear'], 'mse'],
    [[3, 6, 4, 2], ['sigmoid', 'relu', 'tanh'], 'mse'],
    [[2, 3, 3, 3], ['tanh', 'tanh', 'sigmoid'], 'bce'],
  ];
  for (const [sizes, activations, lossKind] of shapes) {
    it(`backpropagate(${sizes.join('-')} ${activations.join('/')}, …, "${lossKind}") matches central differences for every weight and bias`, () => {
      const source = randomLcg(sizes.reduce((s, n) => s * 7 + n, 11));
      const draw = randomUniform.source(source)(-1, 1);
      let checked = 0;
      for (let trial = 0; trial < 5; trial++) {
        let fanIn = sizes[0]!;
        const network = createNetworkFromWeights(
          sizes[0]!,
          activations.map((activation, l) => {
            const size = sizes[l + 1]!;
            const layer = {
              weights: Array.from({ length: size }, () => Array.from({ length: fanIn }, draw)),
              biases: Array.from({ length: size }, draw),
              activation,
            };
            fanIn = size;
            return layer;
          }),
        );
        const input = Array.from({ length: sizes[0]! }, () => 2 * draw());
        const target = Array.from({ length: sizes[sizes.length - 1]! }, () => (draw() + 1) / 2);
        const trace = forward(network, input);
        // Skip a network whose relu sits within reach of the finite-difference step of its kink.
        const nearKink = network.layers.some(
          (layer, l) =>
            layer.activation === 'relu' && trace.layers[l]!.z.some((z) => Math.abs(z) < 1e-4),
        );
        if (nearKink) continue;
        const back = backpropagate(network, trace, target, lossKind);
        const h = 1e-6;
        const lossWith = (l: number, j: number, k: number, delta: number): number => {
          const grads = {
            weights: network.layers.map((layer, ll) =>
              layer.weights.map((row, jj) =>
                row.map((_, kk) => (ll === l && jj === j && kk === k ? -delta : 0)),
              ),
            ),
            biases: network.layers.map((layer, ll) =>
              layer.biases.map((_, jj) => (ll === l && jj === j && k === -1 ? -delta : 0)),
            ),
          };
          // applyGradients with learning rate 1 shifts exactly one parameter by +delta.
          return networkLoss(applyGradients(network, grads, 1), input, target, lossKind);
        };
        network.layers.forEach((layer, l) => {
          layer.weights.forEach((row, j) => {
            for (let k = -1; k < row.length; k++) {
              const numeric = (lossWith(l, j, k, h) - lossWith(l, j, k, -h)) / (2 * h);
              const analytic =
                k === -1 ? back.gradients.biases[l]![j]! : back.gradients.weights[l]![j]![k]!;
              // Central difference error O(h²) plus rounding O(ε/h) ≈ 1e-10 on losses of order 1.
              assertInDelta(analytic, numeric, 1e-7, { relative: true });
              checked += 1;
            }
          });
        });
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('createNetwork({ sizes, activations, seed }) is reproducible and Glorot-bounded', () => {
    const spec = {
      sizes: [3, 4, 1],
      activations: ['tanh', 'sigmoid'] as NetworkActivation[],
      seed: 42,
    };
    const a = createNetwork(spec);
    expect(createNetwork(spec)).toEqual(a);
    expect(createNetwork({ ...spec, seed: 43 })).not.toEqual(a);
    // Glorot limit for the first layer: √(6 / (3 + 4)) = 0.9258200997725514.
    for (const w of a.layers[0]!.weights.flat())
      expect(Math.abs(w)).toBeLessThanOrEqual(0.9258200997725514);
    expect(a.layers[1]!.biases).toEqual([0]);
  });

  it('createNetworkFromWeights(inputSize, layers) rejects inconsistent shapes', () => {
    expect(() =>
      createNetworkFromWeights(2, [{ weights: [[1, 2, 3]], biases: [0], activation: 'linear' }]),
    ).toThrow(RangeError);
    expect(() =>
      createNetworkFromWeights(2, [{ weights: [[1, 2]], biases: [0, 1], activation: 'linear' }]),
    ).toThrow(RangeError);
    expect(() => forward(classic(), [1])).toThrow(RangeError);
  });

  it('backpropagate(…, "bce") needs a sigmoid output and stays finite when it saturates', () => {
    const linear = createNetworkFromWeights(1, [
      { weights: [[1]], biases: [0], activation: 'linear' },
    ]);
    expect(() => backpropagate(linear, forward(linear, [1]), [1], 'bce')).toThrow(RangeError);
    const saturated = createNetworkFromWeights(1, [
      { weights: [[1]], biases: [0], activation: 'sigmoid' },
    ]);
    // z = 800: σ(z) = 1 in float64. By hand: L = softplus(800) − 0·800 = 800, δ = σ(800) − 0 = 1.
    const back = backpropagate(saturated, forward(saturated, [800]), [0], 'bce');
    expect(back.loss).toBe(800);
    expect(back.deltas).toEqual([[1]]);
    const right = backpropagate(saturated, forward(saturated, [800]), [1], 'bce');
    expect(right.loss).toBe(0);
    expect(right.outputGradient).toEqual([-1]);
  });
});
