/** Registry entries of the multiclass losses: softmax cross-entropy and KL divergence. */

import { createLossEntry } from './createLossEntry';
import type { LossEntry } from './types';

const MULTICLASS_CHAPTERS = ['cross-entropy', 'choosing-a-loss'] as const;

/**
 * Softmax cross-entropy. Its input is a vector of logits; the pointwise view plotted here is the
 * loss as a function of the true class's probability p_y = softmax(z)_y, which is all it depends on.
 */
export const crossEntropy: LossEntry = createLossEntry({
  id: 'cross-entropy',
  name: 'Cross-entropy (softmax)',
  shortName: 'Cross-entropy',
  family: 'multiclass',
  variable: 'logits',
  domain: {
    variable: 'probability',
    symbol: 'p_y',
    label: 'Probability p_y',
    description: 'p_y = softmax(z)_y, the probability the softmax gives the true class y.',
    min: 0.01,
    max: 1,
    initial: 0.7,
  },
  kinks: [],
  subgradientNote: 'Differentiable on the domain, so no subgradient choice is needed.',
  params: [],
  // 0 − log p rather than −log p, so p = 1 gives +0, not −0.
  value: (p) => 0 - Math.log(p),
  derivative: (p) => -1 / p,
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell = -\log p_y, \qquad p_y = \operatorname{softmax}(\mathbf{z})_y = \dfrac{e^{z_y}}{\sum_k e^{z_k}}`,
    derivative: String.raw`\dfrac{d\ell}{dp_y} = -\dfrac{1}{p_y}, \qquad \dfrac{\partial \ell}{\partial z_j} = p_j - \mathbf{1}[j = y]`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: true,
    classificationCalibrated: true,
    notes:
      'Convex both in p_y and in the logits. In p_y the derivative −1/p_y is unbounded; in the logits, where training happens, the gradient p − onehot(y) lies in [−1, 1]. Label smoothing and class weights involve the other classes, so they are not parameters of this one-variable view (crossEntropy has them).',
  },
  typicalTask: 'Single-label classification into K mutually exclusive classes.',
  outputActivation: 'softmax',
  summary:
    'The negative log of the softmax probability of the true class: multiclass maximum likelihood.',
  whenToUse: [
    'Each example belongs to exactly one of K classes and you want class probabilities.',
    'You want the standard, well-understood default for classification networks.',
  ],
  whenNotToUse: [
    'An example can carry several labels at once: use BCE with logits per label.',
    'Labels are noisy and the model should not chase them to p = 1 (consider label smoothing).',
  ],
  minimizer: 'the true class probabilities (strictly proper)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.CrossEntropyLoss',
      call: 'torch.nn.functional.cross_entropy(logits, target)',
      notes: [
        'Applies log-softmax inside: pass raw logits, never softmax outputs.',
        'target holds class indices (int64) or class probabilities of the logits’ shape.',
        'Has label_smoothing and weight; ignore_index defaults to −100.',
      ],
    },
    keras: {
      name: 'keras.losses.CategoricalCrossentropy',
      call: 'keras.losses.CategoricalCrossentropy(from_logits=True)(y_onehot, logits)',
      notes: [
        'from_logits=False is the default: with raw logits set from_logits=True.',
        'For integer labels use keras.losses.SparseCategoricalCrossentropy.',
        "Reduction 'sum_over_batch_size' by default.",
      ],
    },
    optax: {
      name: 'optax.losses.softmax_cross_entropy',
      call: 'optax.losses.softmax_cross_entropy_with_integer_labels(logits, labels).mean()',
      notes: [
        'softmax_cross_entropy takes one-hot (or soft) labels; the _with_integer_labels variant takes class indices.',
        'Per-example values; take the mean yourself.',
      ],
    },
  },
  relatedChapters: [...MULTICLASS_CHAPTERS, 'what-is-a-loss', 'custom-losses'],
  references: ['Bishop, Pattern Recognition and Machine Learning (2006), §4.3.4.'],
});

/** KL divergence KL(p ‖ q) between a target and a predicted two-class distribution, in q. */
export const klDiv: LossEntry = createLossEntry({
  id: 'kl-div',
  name: 'Kullback–Leibler divergence',
  shortName: 'KL',
  family: 'multiclass',
  variable: 'probability',
  domain: {
    variable: 'probability',
    symbol: 'q',
    label: 'Predicted probability q',
    description: 'q, the predicted probability of class 1 in a two-class distribution (q, 1 − q).',
    min: 0.01,
    max: 0.99,
    initial: 0.3,
  },
  kinks: [],
  subgradientNote: 'Differentiable on the domain, so no subgradient choice is needed.',
  params: [
    {
      id: 'target',
      symbol: 'p',
      label: 'p (target probability)',
      default: 0.7,
      min: 0,
      max: 1,
      step: 0.05,
      description: 'The target distribution (p, 1 − p) that q is pulled towards.',
    },
  ],
  value: (q, { target: p }) => {
    // 0·log 0 = 0 by continuity; otherwise a·(log a − log b).
    const term = (a: number, b: number): number => (a === 0 ? 0 : a * (Math.log(a) - Math.log(b)));
    // KL ≥ 0 (Gibbs); rounding could leave −1e-17 next to q = p, so clamp.
    return Math.max(0, term(p, q) + term(1 - p, 1 - q));
  },
  derivative: (q, { target: p }) => {
    // Drop a term whose weight is 0, so q = 1 with p = 1 (or q = 0 with p = 0) gives no 0/0.
    const left = p === 0 ? 0 : -p / q;
    const right = p === 1 ? 0 : (1 - p) / (1 - q);
    return left + right;
  },
  perfectPrediction: ({ target }) => target,
  latex: {
    value: String.raw`\operatorname{KL}(p \,\|\, q) = p\log\dfrac{p}{q} + (1-p)\log\dfrac{1-p}{1-q}`,
    derivative: String.raw`\dfrac{\partial}{\partial q}\operatorname{KL}(p \,\|\, q) = -\dfrac{p}{q} + \dfrac{1-p}{1-q}`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: true,
    notes:
      'Shown for two classes so it can be plotted; with K classes it is Σ p_k log(p_k / q_k). It equals the cross-entropy H(p, q) minus the entropy H(p), so it has the same gradient in q and is zero exactly at q = p. Unbounded as q → 0 or 1 against a target that puts mass there.',
  },
  typicalTask: 'Matching a predicted distribution to a soft target (distillation, VAEs).',
  outputActivation: 'softmax',
  summary: 'How much worse q encodes samples from p than p itself does; zero exactly when q = p.',
  whenToUse: [
    'Targets are full distributions, as in knowledge distillation.',
    'You want a loss whose minimum value is 0 even for soft targets.',
  ],
  whenNotToUse: [
    'Targets are hard labels: it equals cross-entropy, which is simpler to call.',
    'You are unsure of the argument order: KL is not symmetric, and frameworks differ.',
  ],
  minimizer: 'q = p',
  frameworks: {
    pytorch: {
      name: 'torch.nn.KLDivLoss',
      call: "torch.nn.functional.kl_div(torch.log(q), p, reduction='batchmean')",
      notes: [
        'kl_div(input, target) computes KL(target ‖ exp(input)): the input is log q (log-probabilities), the target p — the reverse of the math notation’s order.',
        "The default reduction='mean' divides by the number of elements; use 'batchmean' for the true KL.",
        'Pass log_target=True if the target is given as log-probabilities.',
      ],
    },
    keras: {
      name: 'keras.losses.KLDivergence',
      call: 'keras.losses.KLDivergence()(p, q)',
      notes: [
        'Takes probabilities for both, y_true = p first; both are clipped to [ε, 1] before the log.',
      ],
    },
    optax: {
      name: 'optax.losses.kl_divergence',
      call: 'optax.losses.kl_divergence(jnp.log(q), p).mean()',
      notes: [
        'Arguments are (log_predictions, targets): log q first, like PyTorch.',
        'Sums over the last axis; per-example values.',
      ],
    },
  },
  relatedChapters: [...MULTICLASS_CHAPTERS],
  references: ['Kullback & Leibler, “On Information and Sufficiency”, Ann. Math. Stat. 22 (1951).'],
});

/** The multiclass entries, in catalog order. */
export const multiclassLosses: readonly LossEntry[] = [crossEntropy, klDiv];
