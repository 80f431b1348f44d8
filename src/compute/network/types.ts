/** Types of the small multilayer network and of the traces its passes return. */

/** A layer's activation function. */
export type NetworkActivation = 'sigmoid' | 'tanh' | 'relu' | 'linear';

/** The loss at the output: binary cross-entropy (on a sigmoid output) or mean squared error. */
export type NetworkLossKind = 'bce' | 'mse';

/** A fully connected layer: z = W·a_prev + b, a = f(z). */
export interface Layer {
  /** One row per neuron of this layer, one column per neuron (or input) of the layer before. */
  readonly weights: readonly (readonly number[])[];
  /** One bias per neuron. */
  readonly biases: readonly number[];
  readonly activation: NetworkActivation;
}

/** A multilayer perceptron: the layers after the input, in order. */
export interface Network {
  readonly inputSize: number;
  readonly layers: readonly Layer[];
}

/** Pre-activations z and activations a of one layer, one entry per neuron. */
export interface LayerTrace {
  readonly z: readonly number[];
  readonly a: readonly number[];
}

/** Everything the forward pass computed. */
export interface ForwardTrace {
  readonly input: readonly number[];
  readonly layers: readonly LayerTrace[];
  /** The last layer's activations. */
  readonly output: readonly number[];
}

/** The gradient of the loss with respect to every weight and bias, shaped like the network. */
export interface NetworkGradients {
  /** ∂L/∂W[l][j][k]. */
  readonly weights: readonly (readonly (readonly number[])[])[];
  /** ∂L/∂b[l][j]. */
  readonly biases: readonly (readonly number[])[];
}

/** Everything the backward pass computed. */
export interface BackwardTrace {
  readonly loss: number;
  /** ∂L/∂a of the output layer. */
  readonly outputGradient: readonly number[];
  /** δ[l][j] = ∂L/∂z[l][j] for every neuron. */
  readonly deltas: readonly (readonly number[])[];
  readonly gradients: NetworkGradients;
}

/** One full training step, every intermediate number included (for BackpropWalkthrough). */
export interface BackpropStep {
  readonly network: Network;
  readonly target: readonly number[];
  readonly lossKind: NetworkLossKind;
  readonly learningRate: number;
  readonly forward: ForwardTrace;
  readonly backward: BackwardTrace;
  /** The network after w ← w − η·∂L/∂w (a new object; `network` is untouched). */
  readonly updated: Network;
  /** The loss of the updated network on the same example. */
  readonly lossAfter: number;
}
