/** Registry entries of the binary probabilistic losses: BCE on p, BCE on the logit, and focal. */

import { sigmoid, softplus } from '../activations';
import { createLossEntry } from './createLossEntry';
import type { LossDomain, LossEntry } from './types';

const probabilityDomain: LossDomain = {
  variable: 'probability',
  symbol: 'p',
  label: 'Probability p',
  description:
    'p, the probability the model gives the true class: σ(s) for a positive, 1 − σ(s) for a negative.',
  min: 0.01,
  max: 1,
  initial: 0.7,
};

const PROBABILISTIC_CHAPTERS = ['cross-entropy', 'choosing-a-loss'] as const;

/** Binary cross-entropy on the probability of the true class, −log p, clamped at 100 as BCELoss. */
export const bce: LossEntry = createLossEntry({
  id: 'bce',
  name: 'Binary cross-entropy',
  shortName: 'BCE',
  family: 'probabilistic',
  variable: 'probability',
  domain: probabilityDomain,
  kinks: [],
  subgradientNote:
    'Differentiable on the domain; below p = e^−100 ≈ 3.7·10⁻⁴⁴, where BCELoss’s clamp holds the loss at 100, the derivative returned is 0, that of the clamped value.',
  params: [],
  // 0 − log p rather than −log p, so p = 1 gives +0, not −0.
  value: (p) => Math.min(0 - Math.log(p), 100),
  // torch.nn.BCELoss clamps log p at −100, so the loss is flat (derivative 0) beyond it.
  derivative: (p) => (Math.log(p) > -100 ? -1 / p : 0),
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(p) = -\log p`,
    derivative: String.raw`\ell'(p) = -\dfrac{1}{p}`,
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
      'Unbounded as p → 0: a confident mistake costs without limit (PyTorch caps it at 100). The derivative −1/p is unbounded in p, but with respect to the logit s it is p − y, bounded by 1: the sigmoid absorbs the 1/p.',
  },
  typicalTask: 'Binary classification with a model that already outputs probabilities.',
  outputActivation: 'sigmoid',
  summary:
    'The negative log of the probability given to the truth: the Bernoulli negative log-likelihood.',
  whenToUse: [
    'You need calibrated probabilities for a yes/no outcome.',
    'The model’s output is already a probability (after a sigmoid).',
  ],
  whenNotToUse: [
    'The model outputs logits: use the with-logits form, which is stable where log σ(s) underflows.',
    'Positives are very rare and easy negatives swamp the gradient (consider focal loss or pos_weight).',
  ],
  minimizer: 'the true probability P(y = 1 | x) (strictly proper)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.BCELoss',
      call: 'torch.nn.functional.binary_cross_entropy(p, target)',
      notes: [
        'Expects probabilities; applying it to logits is a silent bug.',
        'Clamps each log at −100, so one term never exceeds 100.',
        'Prefer BCEWithLogitsLoss on logits: it is numerically stable.',
      ],
    },
    keras: {
      name: 'keras.losses.BinaryCrossentropy',
      call: 'keras.losses.BinaryCrossentropy()(y_true, p)',
      notes: [
        'from_logits=False is the default, matching this probability form.',
        'Probabilities are clipped to [ε, 1 − ε] (ε = 1e-7) before the log.',
        "Reduction 'sum_over_batch_size' by default.",
      ],
    },
    optax: {
      name: null,
      call: '-(labels * jnp.log(p) + (1 - labels) * jnp.log1p(-p)).mean()',
      notes: [
        'Optax’s built-in takes logits (optax.losses.sigmoid_binary_cross_entropy); on probabilities write it by hand and clip p away from 0 and 1.',
      ],
    },
  },
  relatedChapters: [...PROBABILISTIC_CHAPTERS, 'what-is-a-loss'],
  references: ['Cox, “The Regression Analysis of Binary Sequences”, JRSS B 20 (1958).'],
});

/** Binary cross-entropy on the logit s with a (soft) target t and pos_weight, as BCEWithLogitsLoss. */
export const bceWithLogits: LossEntry = createLossEntry({
  id: 'bce-with-logits',
  name: 'Binary cross-entropy with logits',
  shortName: 'BCE (logits)',
  family: 'probabilistic',
  variable: 'logits',
  domain: {
    variable: 'logits',
    symbol: 's',
    label: 'Logit s',
    description:
      's, the raw score before the sigmoid; p = σ(s) is the predicted probability of class 1.',
    min: -6,
    max: 6,
    initial: 1,
  },
  kinks: [],
  subgradientNote: 'Infinitely differentiable, so no subgradient choice is needed.',
  params: [
    {
      id: 'target',
      symbol: 't',
      label: 't (target)',
      default: 1,
      min: 0,
      max: 1,
      step: 0.05,
      description:
        'The target probability of class 1: 0 or 1 for hard labels, between for soft ones.',
    },
    {
      id: 'posWeight',
      symbol: String.raw`w_+`,
      label: 'w₊ (pos_weight)',
      default: 1,
      min: 0.1,
      max: 10,
      step: 0.1,
      description: 'Multiplies the positive term, trading precision for recall on rare positives.',
    },
  ],
  // softplus(−s) = −log σ(s) and softplus(s) = −log(1 − σ(s)), both stable for any s.
  value: (s, { target, posWeight }) =>
    posWeight * target * softplus(-s) + (1 - target) * softplus(s),
  derivative: (s, { target, posWeight }) =>
    -posWeight * target * sigmoid(-s) + (1 - target) * sigmoid(s),
  perfectPrediction: () => null,
  latex: {
    value: String.raw`\ell(s) = -\,w_+\,t\log\sigma(s) - (1-t)\log\bigl(1-\sigma(s)\bigr)`,
    derivative: String.raw`\ell'(s) = (1-t)\,\sigma(s) - w_+\,t\,\bigl(1-\sigma(s)\bigr) \;\overset{w_+=1}{=}\; \sigma(s) - t`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: true,
    classificationCalibrated: true,
    notes:
      'Never exactly zero for a finite logit (with a soft target its minimum is the entropy of t). The gradient σ(s) − t is bounded by max(w₊, 1), counted as robust, though the loss grows linearly in a confident mistake. Calibrated at w₊ = 1 only: pos_weight multiplies the fitted odds by w₊.',
  },
  typicalTask: 'Binary and multi-label classification from raw scores.',
  outputActivation: 'sigmoid',
  summary:
    'Binary cross-entropy computed from the logit in one stable step, with gradient σ(s) − t.',
  whenToUse: [
    'Your model outputs logits for a binary or multi-label task (the usual case).',
    'Positives are rare and you want to up-weight them with pos_weight.',
  ],
  whenNotToUse: ['Classes are mutually exclusive with more than two: use softmax cross-entropy.'],
  minimizer: 'the log-odds of t (σ(s) = t); with w₊, the log-odds plus log w₊',
  frameworks: {
    pytorch: {
      name: 'torch.nn.BCEWithLogitsLoss',
      call: 'torch.nn.functional.binary_cross_entropy_with_logits(s, t, pos_weight=w)',
      notes: [
        'Applies the sigmoid inside: pass logits, never σ(s).',
        'pos_weight multiplies the positive term only; weight multiplies both.',
      ],
    },
    keras: {
      name: 'keras.losses.BinaryCrossentropy',
      call: 'keras.losses.BinaryCrossentropy(from_logits=True)(y_true, s)',
      notes: [
        'from_logits defaults to False: forgetting from_logits=True treats logits as probabilities.',
        'No pos_weight argument; use sample_weight or class_weight.',
      ],
    },
    optax: {
      name: 'optax.losses.sigmoid_binary_cross_entropy',
      call: 'optax.losses.sigmoid_binary_cross_entropy(logits, labels).mean()',
      notes: ['Per-element values; no pos_weight argument.'],
    },
  },
  relatedChapters: [...PROBABILISTIC_CHAPTERS, 'custom-losses'],
  references: ['PyTorch documentation, torch.nn.BCEWithLogitsLoss.'],
});

/** Focal loss on the probability of the true class, −α(1 − p_t)^γ log p_t (Lin et al. 2017). */
export const focal: LossEntry = createLossEntry({
  id: 'focal',
  name: 'Focal loss',
  shortName: 'Focal',
  family: 'probabilistic',
  variable: 'probability',
  domain: { ...probabilityDomain, symbol: 'p_t', label: 'Probability p_t' },
  kinks: [],
  subgradientNote:
    'Differentiable on the domain; at p_t = 1 the derivative returned is its limit, 0 for γ > 0 and −α for γ = 0.',
  params: [
    {
      id: 'alpha',
      symbol: String.raw`\alpha_t`,
      label: 'α (alpha)',
      default: 0.25,
      min: 0,
      max: 1,
      step: 0.05,
      description:
        'Weight of the example’s class: torchvision applies α to positives and 1 − α to negatives.',
    },
    {
      id: 'gamma',
      symbol: String.raw`\gamma`,
      label: 'γ (gamma)',
      default: 2,
      min: 0,
      max: 5,
      step: 0.5,
      description: 'Focusing strength: how fast the loss of well-classified examples fades.',
    },
  ],
  value: (p, { alpha, gamma }) => (p >= 1 ? 0 : -alpha * Math.pow(1 - p, gamma) * Math.log(p)),
  derivative: (p, { alpha, gamma }) => {
    // The limit at p_t = 1: (1 − p)^(γ−1)·log p → 0 for γ > 0, but 0^(γ−1) would give NaN.
    if (p >= 1) return gamma === 0 ? -alpha : 0;
    const q = 1 - p;
    return alpha * (gamma * Math.pow(q, gamma - 1) * Math.log(p) - Math.pow(q, gamma) / p);
  },
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(p_t) = -\alpha_t\,(1-p_t)^{\gamma}\log p_t`,
    derivative: String.raw`\ell'(p_t) = \alpha_t\left(\gamma(1-p_t)^{\gamma-1}\log p_t - \dfrac{(1-p_t)^{\gamma}}{p_t}\right)`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: false,
    classificationCalibrated: true,
    notes:
      'Convex in p_t for γ ∈ [0, 5] (a product of non-negative, decreasing, convex factors when γ ≥ 1; checked numerically below 1); not convex in the logit. γ = 0, α = 1 is BCE. Not strictly proper for γ > 0, so the sigmoid output is not a calibrated probability (Charoenphakdee et al. 2021), though it is classification-calibrated.',
  },
  typicalTask: 'Dense object detection and other tasks with extreme class imbalance.',
  outputActivation: 'sigmoid',
  summary:
    'Cross-entropy damped by (1 − p_t)^γ so that easy, well-classified examples stop dominating.',
  whenToUse: [
    'Easy negatives vastly outnumber the examples that matter (one-stage detectors).',
    'Cross-entropy training plateaus because most of the loss comes from already-correct examples.',
  ],
  whenNotToUse: [
    'You need calibrated probabilities straight from the sigmoid.',
    'Classes are balanced: plain cross-entropy is simpler and as good.',
  ],
  minimizer: 'classification-calibrated, but not the true probability for γ > 0',
  frameworks: {
    pytorch: {
      name: 'torchvision.ops.sigmoid_focal_loss',
      call: "torchvision.ops.sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2, reduction='mean')",
      notes: [
        "reduction defaults to 'none' (per element), unlike torch.nn losses.",
        'Takes logits; alpha weights positives, 1 − alpha negatives; alpha = −1 disables it.',
      ],
    },
    keras: {
      name: 'keras.losses.BinaryFocalCrossentropy',
      call: 'keras.losses.BinaryFocalCrossentropy(apply_class_balancing=True, alpha=0.25, gamma=2.0, from_logits=True)(y_true, s)',
      notes: [
        'alpha is ignored unless apply_class_balancing=True.',
        'from_logits=False is the default.',
      ],
    },
    optax: {
      name: 'optax.losses.sigmoid_focal_loss',
      call: 'optax.losses.sigmoid_focal_loss(logits, labels, alpha=0.25, gamma=2.0).mean()',
      notes: ['alpha defaults to None (no class weighting), unlike torchvision’s 0.25.'],
    },
  },
  relatedChapters: ['custom-losses', ...PROBABILISTIC_CHAPTERS],
  references: [
    'Lin, Goyal, Girshick, He & Dollár, “Focal Loss for Dense Object Detection”, ICCV 2017.',
    'Charoenphakdee, Vongkulbhisal, Chairatanakul & Sugiyama, “On Focal Loss for Class-Posterior Probability Estimation”, CVPR 2021.',
  ],
});

/** The binary probabilistic entries, in catalog order. */
export const probabilisticLosses: readonly LossEntry[] = [bce, bceWithLogits, focal];
