/** Types of the loss registry: one `LossEntry` per loss, read by widgets, catalog and tests. */

import type { LossParams, LossVariable, PointwiseLoss } from '../types';

/** The four families the site groups losses into. */
export type LossFamily = 'regression' | 'margin' | 'probabilistic' | 'multiclass';

/**
 * The scalar a registry entry's `value` and `derivative` take (its plot axis): a residual
 * r = ŷ − y, a margin z = y·s, a probability, a logit, or a log-rate (Poisson's exp link).
 */
export type PointwiseVariable = LossVariable | 'log-rate';

/** What the model applies to its raw output before the loss sees it. */
export type OutputActivation = 'identity' | 'sigmoid' | 'softmax' | 'exp';

/** Chapter ids an entry may link to. */
export type ChapterId =
  | 'what-is-a-loss'
  | 'regression-losses'
  | 'margin-losses'
  | 'cross-entropy'
  | 'custom-losses'
  | 'choosing-a-loss'
  | 'gradient-descent';

/** A numeric parameter of a loss (δ, τ, γ, …) with the range a slider offers. */
export interface LossParamSpec {
  /** Key in `LossParams`, camelCase (e.g. 'delta', 'posWeight'). */
  readonly id: string;
  /** LaTeX symbol, e.g. '\\delta'. */
  readonly symbol: string;
  /** Plain-text control label, e.g. 'δ (delta)'. */
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** One sentence on what the parameter does. */
  readonly description: string;
}

/** The plotted range of an entry's pointwise variable; never contains a singular point. */
export interface LossDomain {
  /** The variable `value` and `derivative` take. */
  readonly variable: PointwiseVariable;
  /** LaTeX symbol of the variable, e.g. 'r', 'z', 'p_t'. */
  readonly symbol: string;
  /** Plain-text axis and slider label, e.g. 'Residual r'. */
  readonly label: string;
  /** One sentence defining the variable, e.g. 'r = ŷ − y, prediction minus target'. */
  readonly description: string;
  readonly min: number;
  readonly max: number;
  /** Where a widget first places its point. */
  readonly initial: number;
}

/**
 * Properties of the pointwise loss as a function of `domain.variable`, claimed for every
 * parameter value in the ranges of `params` unless `notes` names an exception (the registry
 * tests check the claims).
 */
export interface LossProperties {
  /** Convex in the pointwise variable. */
  readonly convex: boolean;
  /** Differentiable at every point of the domain (no kinks). */
  readonly differentiable: boolean;
  /** ℓ ≥ 0 everywhere. */
  readonly nonNegative: boolean;
  /**
   * One gross outlier exerts bounded pull: the loss grows at most linearly away from a good fit,
   * so |dℓ/du| stays bounded (Huber's bounded influence). For these losses it coincides with
   * `boundedGradient`; `notes` says where the word needs care.
   */
  readonly robustToOutliers: boolean;
  /** sup |dℓ/du| over the whole real line (or (0, 1] for probabilities) is finite. */
  readonly boundedGradient: boolean;
  /** Minimizing the expected loss recovers P(y | x) through `outputActivation` (strictly proper). */
  readonly calibratedProbabilities: boolean;
  /**
   * Classification losses only: minimizing the expected loss gives the Bayes classifier's sign
   * (Bartlett, Jordan & McAuliffe 2006).
   */
  readonly classificationCalibrated?: boolean;
  /** The borderline calls, explained. */
  readonly notes: string;
}

/** How one framework spells the loss; `name: null` means no built-in and `call` is hand-written. */
export interface FrameworkRef {
  /** Fully qualified built-in, e.g. 'torch.nn.MSELoss'; null when the framework has none. */
  readonly name: string | null;
  /** A line of code computing the loss, e.g. 'torch.nn.functional.mse_loss(input, target)'. */
  readonly call: string;
  /** Convention gotchas (defaults, argument order, reductions, constant factors). */
  readonly notes: readonly string[];
}

/** One loss of the registry: its pointwise function and everything the site says about it. */
export interface LossEntry extends PointwiseLoss {
  /** Stable kebab-case id, used in URLs /losses/<id>/. */
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly family: LossFamily;
  /** The input the framework call takes (e.g. 'logits' for cross-entropy). */
  readonly variable: LossVariable;
  readonly domain: LossDomain;
  /** Points of the domain where ℓ is not differentiable; `derivative` returns a subgradient. */
  readonly kinks: readonly number[];
  /** One sentence on the value `derivative` returns at each kink, and why. */
  readonly subgradientNote: string;
  /**
   * The variable's value at a perfect prediction, where ℓ is exactly 0; null when no point of
   * the domain makes the loss zero (it only tends to 0, or its minimum is not 0).
   */
  perfectPrediction(params?: LossParams): number | null;
  readonly latex: { readonly value: string; readonly derivative: string };
  readonly params: readonly LossParamSpec[];
  readonly properties: LossProperties;
  readonly typicalTask: string;
  readonly outputActivation: OutputActivation;
  /** One sentence. */
  readonly summary: string;
  readonly whenToUse: readonly string[];
  readonly whenNotToUse: readonly string[];
  /** The statistic the loss's population minimizer estimates (e.g. 'mean', 'median'). */
  readonly minimizer: string;
  readonly frameworks: {
    readonly pytorch: FrameworkRef;
    readonly keras: FrameworkRef;
    readonly optax: FrameworkRef;
  };
  readonly relatedChapters: readonly ChapterId[];
  /** Sources for the definition. */
  readonly references: readonly string[];
}

/** One sample of a loss curve: the variable, the loss and its derivative there. */
export interface LossCurvePoint {
  readonly u: number;
  readonly value: number;
  readonly derivative: number;
}
