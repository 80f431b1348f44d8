/** Types shared across the compute layer. */

/** A loss value and its gradient with respect to the first argument; `grad` has its shape. */
export type LossResult<T> = { loss: number; grad: T };

/** The variable a pointwise loss is naturally written in. */
export type LossVariable = 'residual' | 'margin' | 'probability' | 'logits';

/** Named numeric parameters of a loss (δ, τ, γ, …), keyed by the registry's parameter ids. */
export type LossParams = Readonly<Record<string, number>>;

/**
 * A loss as a function of one scalar (the residual r = ŷ − y, the margin z = y·s, or the
 * probability p given to the true class), travelling with its derivative.
 */
export interface PointwiseLoss {
  /** ℓ(u). */
  value(u: number, params?: LossParams): number;
  /** dℓ/du (a documented subgradient at kinks). */
  derivative(u: number, params?: LossParams): number;
}

/** The optimizers of `torch.optim` that the site implements. */
export type OptimizerKind = 'sgd' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw';

/** Options shared by the optimizers; each reads the ones torch.optim gives it, with its defaults. */
export interface OptimizerOptions {
  lr?: number;
  momentum?: number;
  dampening?: number;
  nesterov?: boolean;
  weightDecay?: number;
  /** RMSprop's smoothing constant. */
  alpha?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** Adagrad's learning-rate decay. */
  lrDecay?: number;
  /** Adagrad's initial accumulator value. */
  initialAccumulatorValue?: number;
  /** RMSprop's centered variant. */
  centered?: boolean;
}

/** An optimizer's internal state, copied out for drawing: step count and per-parameter buffers. */
export interface OptimizerState {
  step: number;
  buffers: Readonly<Record<string, readonly number[]>>;
}

/** A stateful update rule: params and grad in, new params out (inputs are never mutated). */
export interface Optimizer {
  readonly kind: OptimizerKind;
  readonly options: Readonly<Required<Pick<OptimizerOptions, 'lr'>>> & OptimizerOptions;
  step(params: readonly number[], grad: readonly number[]): number[];
  state(): OptimizerState;
  reset(): void;
}
