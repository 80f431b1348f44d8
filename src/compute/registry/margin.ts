/** Registry entries of the margin losses, written in the margin z = y·s with y ∈ {−1, +1}. */

import { sigmoid, softplus } from '../activations';
import { createLossEntry } from './createLossEntry';
import type { LossDomain, LossEntry } from './types';

const marginDomain: LossDomain = {
  variable: 'margin',
  symbol: 'z',
  label: 'Margin z',
  description: 'z = y·s, the label in {−1, +1} times the score: positive when the sign is right.',
  min: -3,
  max: 3,
  initial: 0.5,
};

const MARGIN_CHAPTERS = ['margin-losses', 'choosing-a-loss'] as const;

const signLabelNote = 'Labels must be −1 or +1, not 0 or 1.';

/** The 0/1 loss 1[z ≤ 0]: the error count that the other margin losses stand in for. */
export const zeroOne: LossEntry = createLossEntry({
  id: 'zero-one',
  name: 'Zero-one loss',
  shortName: '0/1',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [0],
  subgradientNote:
    'The loss jumps from 1 to 0 at z = 0 (a tie counts as an error); there is no subgradient at a jump, and the derivative returned is 0 there as everywhere else.',
  params: [],
  value: (z) => (z <= 0 ? 1 : 0),
  derivative: () => 0,
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(z) = \mathbf{1}[z \le 0]`,
    derivative: String.raw`\ell'(z) = 0 \quad (z \ne 0)`,
  },
  properties: {
    convex: false,
    differentiable: false,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    classificationCalibrated: true,
    notes:
      'Its gradient is zero wherever it exists, so gradient descent gets no signal: it is a metric (one minus accuracy), and the convex margin losses are its trainable surrogates. Bounded by 1, so no single point can dominate.',
  },
  typicalTask: 'Measuring classification error; not for training by gradient descent.',
  outputActivation: 'identity',
  summary: 'Counts a mistake as 1 and a correct sign as 0, whatever the confidence.',
  whenToUse: [
    'Reporting the error rate of a classifier.',
    'Comparing surrogate losses against the quantity they bound.',
  ],
  whenNotToUse: ['Training with gradients: the loss is flat almost everywhere and jumps at z = 0.'],
  minimizer: 'Bayes classifier sign(P(y = +1 | x) − ½)',
  frameworks: {
    pytorch: {
      name: null,
      call: '(y * s <= 0).float().mean()',
      notes: ['Not differentiable; compute it as a metric under torch.no_grad().'],
    },
    keras: {
      name: null,
      call: '1 - keras.metrics.BinaryAccuracy()(y_true01, keras.ops.sigmoid(s))',
      notes: [
        'Keras reports it as a metric: one minus BinaryAccuracy (labels 0/1, threshold 0.5).',
      ],
    },
    optax: {
      name: null,
      call: '(targets * scores <= 0).mean()',
      notes: ['A metric, not a loss: jax.grad of it is zero.'],
    },
  },
  relatedChapters: ['what-is-a-loss', ...MARGIN_CHAPTERS],
  references: [
    'Bartlett, Jordan & McAuliffe, “Convexity, Classification, and Risk Bounds”, JASA 101 (2006).',
  ],
});

/** Rosenblatt's perceptron loss max(0, −z): zero for any correct sign, linear for mistakes. */
export const perceptron: LossEntry = createLossEntry({
  id: 'perceptron',
  name: 'Perceptron loss',
  shortName: 'Perceptron',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [0],
  subgradientNote:
    'At z = 0 the derivative returned is −1 (a tie is treated as a mistake, as the perceptron rule updates when y·s ≤ 0); with 0 there, weights started at zero would never move.',
  params: [],
  value: (z) => Math.max(0, -z),
  derivative: (z) => (z <= 0 ? -1 : 0),
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(z) = \max(0,\, -z)`,
    derivative: String.raw`\ell'(z) = \begin{cases} -1 & z \le 0 \\ 0 & z > 0 \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: false,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    classificationCalibrated: false,
    notes:
      'Not classification-calibrated: the score s = 0 makes every loss zero, so the expected loss cannot prefer the right sign. It is also not an upper bound of 0/1 (it is 0 at z = 0). The perceptron algorithm still works on separable data because it only updates on mistakes.',
  },
  typicalTask: 'Online linear classification with the perceptron algorithm.',
  outputActivation: 'identity',
  summary:
    'Charges a mistake by how wrong its score is and ignores every correct answer, however narrow.',
  whenToUse: ['Teaching or running the classic perceptron on linearly separable data.'],
  whenNotToUse: [
    'You want a margin or a confidence: correct points with tiny scores cost nothing.',
    'Data are not separable: the iterates keep cycling.',
  ],
  minimizer: 's = 0 minimizes it for every distribution, so none useful',
  frameworks: {
    pytorch: {
      name: null,
      call: 'torch.clamp(-y * s, min=0).mean()',
      notes: [
        signLabelNote,
        'Autograd’s gradient at exactly z = 0 is 0, unlike the −1 chosen here.',
      ],
    },
    keras: {
      name: null,
      call: 'keras.ops.mean(keras.ops.relu(-y_true * y_pred))',
      notes: [signLabelNote],
    },
    optax: {
      name: 'optax.losses.perceptron_loss',
      call: 'optax.losses.perceptron_loss(scores, targets).mean()',
      notes: [signLabelNote, 'Per-example values; take the mean yourself.'],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS, 'gradient-descent'],
  references: ['Rosenblatt, “The Perceptron”, Psychological Review 65 (1958).'],
});

/** Hinge loss max(0, 1 − z), the loss of the support vector machine. */
export const hinge: LossEntry = createLossEntry({
  id: 'hinge',
  name: 'Hinge loss',
  shortName: 'Hinge',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [1],
  subgradientNote:
    'At z = 1 the derivative returned is 0 (a point exactly on the margin counts as satisfied), the same choice as hingeLoss and as autograd’s relu′(0) = 0; any value in [−1, 0] is a subgradient.',
  params: [],
  value: (z) => Math.max(0, 1 - z),
  derivative: (z) => (z < 1 ? -1 : 0),
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(z) = \max(0,\, 1 - z)`,
    derivative: String.raw`\ell'(z) = \begin{cases} -1 & z < 1 \\ 0 & z > 1 \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: false,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    classificationCalibrated: true,
    notes:
      'Kink at z = 1. Its gradient is bounded, so one mislabelled point pulls with force 1 however wrong; yet the loss itself is unbounded, so heavy label noise still hurts. Its minimizer is the sign only, so it gives no probabilities.',
  },
  typicalTask: 'Binary classification with a maximum-margin linear model (SVM).',
  outputActivation: 'identity',
  summary: 'Zero once a point is beyond the margin z ≥ 1, linear in the shortfall before it.',
  whenToUse: [
    'You want a maximum-margin classifier whose solution depends only on the support vectors.',
    'You need decisions, not probabilities.',
  ],
  whenNotToUse: [
    'You need calibrated probabilities (use logistic loss or BCE).',
    'Your optimizer needs a smooth loss (use squared hinge or modified Huber).',
  ],
  minimizer: 'Bayes classifier sign(P(y = +1 | x) − ½), without probabilities',
  frameworks: {
    pytorch: {
      name: null,
      call: 'torch.clamp(1 - y * s, min=0).mean()',
      notes: [
        signLabelNote,
        'torch.nn.HingeEmbeddingLoss is a different loss (for distances: x if y = 1, max(0, margin − x) if y = −1).',
        'torch.nn.MultiMarginLoss is the multiclass hinge and divides by the number of classes.',
      ],
    },
    keras: {
      name: 'keras.losses.Hinge',
      call: 'keras.losses.Hinge()(y_true, y_pred)',
      notes: [
        'y_true in {−1, 1}; labels given as {0, 1} are converted to {−1, 1}.',
        "Averages over the last axis, then 'sum_over_batch_size'.",
      ],
    },
    optax: {
      name: 'optax.losses.hinge_loss',
      call: 'optax.losses.hinge_loss(scores, targets).mean()',
      notes: [signLabelNote, 'Per-example values; take the mean yourself.'],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS],
  references: ['Cortes & Vapnik, “Support-Vector Networks”, Machine Learning 20 (1995).'],
});

/** Squared hinge max(0, 1 − z)²: a smooth hinge that punishes violations quadratically. */
export const squaredHinge: LossEntry = createLossEntry({
  id: 'squared-hinge',
  name: 'Squared hinge loss',
  shortName: 'Squared hinge',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [],
  subgradientNote:
    'Continuously differentiable: both sides have slope 0 at z = 1, so no subgradient choice is needed.',
  params: [],
  value: (z) => {
    const h = Math.max(0, 1 - z);
    return h * h;
  },
  derivative: (z) => -2 * Math.max(0, 1 - z),
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(z) = \max(0,\, 1 - z)^2`,
    derivative: String.raw`\ell'(z) = -2\max(0,\, 1 - z)`,
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
      'Smooth at z = 1 (once, not twice, differentiable), but quadratic on the wrong side, so badly misclassified points dominate the gradient.',
  },
  typicalTask: 'Linear SVMs trained by smooth optimizers (L2-SVM, LIBLINEAR’s default).',
  outputActivation: 'identity',
  summary: 'The hinge squared: smooth at the margin, but quadratic for violations.',
  whenToUse: [
    'You want hinge-like margins with a differentiable loss for gradient or Newton methods.',
  ],
  whenNotToUse: [
    'Labels are noisy: a mislabelled point far on the wrong side pulls quadratically.',
  ],
  minimizer: '2P(y = +1 | x) − 1',
  frameworks: {
    pytorch: {
      name: null,
      call: 'torch.clamp(1 - y * s, min=0).pow(2).mean()',
      notes: [
        signLabelNote,
        'torch.nn.MultiMarginLoss(p=2) is the multiclass version, divided by the number of classes.',
      ],
    },
    keras: {
      name: 'keras.losses.SquaredHinge',
      call: 'keras.losses.SquaredHinge()(y_true, y_pred)',
      notes: ['y_true in {−1, 1}; {0, 1} labels are converted.'],
    },
    optax: {
      name: null,
      call: 'jnp.square(optax.losses.hinge_loss(scores, targets)).mean()',
      notes: ['No built-in; square the hinge loss.'],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS],
  references: [
    'Zhang, “Statistical behavior and consistency of classification methods based on convex risk minimization”, Ann. Stat. 32 (2004).',
  ],
});

/** Logistic loss log(1 + e^(−z)): logistic regression in the margin, stable for any z. */
export const logistic: LossEntry = createLossEntry({
  id: 'logistic',
  name: 'Logistic loss',
  shortName: 'Logistic',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [],
  subgradientNote: 'Infinitely differentiable, so no subgradient choice is needed.',
  params: [],
  value: (z) => softplus(-z),
  derivative: (z) => -sigmoid(-z),
  perfectPrediction: () => null,
  latex: {
    value: String.raw`\ell(z) = \log\left(1 + e^{-z}\right)`,
    derivative: String.raw`\ell'(z) = -\sigma(-z) = -\dfrac{1}{1 + e^{z}}`,
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
      'Never exactly zero, only tending to 0 as z grows. Its gradient is bounded by 1 (counted as robust), though the loss grows linearly, so heavy label noise still hurts. With natural logs it is ln 2 ≈ 0.693 at z = 0, below the 0/1 loss: divide by ln 2 (base-2 logs) to get an upper bound.',
  },
  typicalTask:
    'Binary classification with probabilities (logistic regression), labels in {−1, +1}.',
  outputActivation: 'sigmoid',
  summary:
    'Binary cross-entropy written in the margin: smooth, convex, and read as a probability through σ.',
  whenToUse: [
    'You want P(y = +1 | x) = σ(s) as well as a decision.',
    'You want a smooth convex surrogate with bounded gradients.',
  ],
  whenNotToUse: ['Only the decision matters and you want sparse support vectors (hinge).'],
  minimizer: 'log-odds log(P(y = +1 | x) / P(y = −1 | x))',
  frameworks: {
    pytorch: {
      name: 'torch.nn.SoftMarginLoss',
      call: 'torch.nn.functional.soft_margin_loss(s, y)',
      notes: [signLabelNote, 'Equals torch.nn.BCEWithLogitsLoss with targets t = (y + 1)/2.'],
    },
    keras: {
      name: 'keras.losses.BinaryCrossentropy',
      call: 'keras.losses.BinaryCrossentropy(from_logits=True)((y + 1) / 2, s)',
      notes: [
        'Keras wants 0/1 labels: map y ∈ {−1, 1} to (y + 1)/2.',
        'from_logits=False is the default; pass from_logits=True for raw scores.',
      ],
    },
    optax: {
      name: 'optax.losses.sigmoid_binary_cross_entropy',
      call: 'optax.losses.sigmoid_binary_cross_entropy(s, (y + 1) / 2).mean()',
      notes: ['Takes logits and 0/1 labels; per-element values.'],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS, 'cross-entropy'],
  references: ['Cox, “The Regression Analysis of Binary Sequences”, JRSS B 20 (1958).'],
});

/** Exponential loss e^(−z), the loss AdaBoost minimizes. */
export const exponential: LossEntry = createLossEntry({
  id: 'exponential',
  name: 'Exponential loss',
  shortName: 'Exponential',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [],
  subgradientNote: 'Infinitely differentiable, so no subgradient choice is needed.',
  params: [],
  value: (z) => Math.exp(-z),
  derivative: (z) => -Math.exp(-z),
  perfectPrediction: () => null,
  latex: {
    value: String.raw`\ell(z) = e^{-z}`,
    derivative: String.raw`\ell'(z) = -e^{-z}`,
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
      'Never exactly zero. Grows exponentially on the wrong side, so a single mislabelled point can dominate. Probabilities are recoverable as σ(2s) at the population minimizer (Friedman, Hastie & Tibshirani 2000), not as σ(s), so the calibration flag is false. Overflows double precision for z < −709.78.',
  },
  typicalTask: 'Boosting (AdaBoost) on clean labels.',
  outputActivation: 'identity',
  summary: 'Punishes mistakes exponentially in how wrong they are; the loss behind AdaBoost.',
  whenToUse: ['Explaining or reproducing AdaBoost’s weighting of hard examples.'],
  whenNotToUse: ['Labels are noisy: mislabelled points get exponentially large weight.'],
  minimizer: 'half the log-odds ½ log(P(y = +1 | x) / P(y = −1 | x))',
  frameworks: {
    pytorch: {
      name: null,
      call: 'torch.exp(-y * s).mean()',
      notes: [signLabelNote, 'Overflows float32 once −y·s exceeds about 88.'],
    },
    keras: {
      name: null,
      call: 'keras.ops.mean(keras.ops.exp(-y_true * y_pred))',
      notes: [signLabelNote],
    },
    optax: {
      name: null,
      call: 'jnp.exp(-targets * scores).mean()',
      notes: [signLabelNote],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS],
  references: [
    'Freund & Schapire, “A decision-theoretic generalization of on-line learning”, JCSS 55 (1997).',
    'Friedman, Hastie & Tibshirani, “Additive logistic regression”, Ann. Stat. 28 (2000).',
  ],
});

/** Modified Huber loss: squared hinge for z ≥ −1, continued linearly as −4z below. */
export const modifiedHuber: LossEntry = createLossEntry({
  id: 'modified-huber',
  name: 'Modified Huber loss',
  shortName: 'Modified Huber',
  family: 'margin',
  variable: 'margin',
  domain: marginDomain,
  kinks: [],
  subgradientNote:
    'Continuously differentiable: the pieces meet with slope −4 at z = −1 and slope 0 at z = 1, so no subgradient choice is needed.',
  params: [],
  value: (z) => {
    if (z < -1) return -4 * z;
    const h = Math.max(0, 1 - z);
    return h * h;
  },
  derivative: (z) => (z < -1 ? -4 : -2 * Math.max(0, 1 - z)),
  perfectPrediction: () => 1,
  latex: {
    value: String.raw`\ell(z) = \begin{cases} -4z & z < -1 \\ \max(0,\, 1 - z)^2 & z \ge -1 \end{cases}`,
    derivative: String.raw`\ell'(z) = \begin{cases} -4 & z < -1 \\ -2\max(0,\, 1 - z) & z \ge -1 \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    classificationCalibrated: true,
    notes:
      'The squared hinge with its wrong-side tail made linear, so the gradient is bounded by 4. Probabilities can be read as (clip(s, −1, 1) + 1)/2 (Zhang 2004; scikit-learn’s predict_proba), but not through a sigmoid, so the calibration flag is false.',
  },
  typicalTask:
    'Linear classification by SGD that tolerates outliers and still gives rough probabilities.',
  outputActivation: 'identity',
  summary: 'A smooth hinge whose wrong-side tail grows only linearly.',
  whenToUse: [
    'You want a smooth, convex margin loss with bounded gradients.',
    'You use scikit-learn’s SGDClassifier and want probability estimates from it.',
  ],
  whenNotToUse: [
    'You need well-calibrated probabilities across the whole range (use logistic loss).',
  ],
  minimizer: '2P(y = +1 | x) − 1',
  frameworks: {
    pytorch: {
      name: null,
      call: 'z = y * s; torch.where(z < -1, -4 * z, torch.clamp(1 - z, min=0) ** 2).mean()',
      notes: [
        signLabelNote,
        'No built-in; scikit-learn has it as SGDClassifier(loss="modified_huber").',
      ],
    },
    keras: {
      name: null,
      call: 'z = y_true * y_pred; keras.ops.mean(keras.ops.where(z < -1, -4 * z, keras.ops.square(keras.ops.relu(1 - z))))',
      notes: [signLabelNote],
    },
    optax: {
      name: null,
      call: 'z = targets * scores; jnp.where(z < -1, -4 * z, jnp.square(jax.nn.relu(1 - z))).mean()',
      notes: [signLabelNote],
    },
  },
  relatedChapters: [...MARGIN_CHAPTERS],
  references: [
    'Zhang, “Solving large scale linear prediction problems using stochastic gradient descent algorithms”, ICML 2004.',
  ],
});

/** The margin entries, in catalog order. */
export const marginLosses: readonly LossEntry[] = [
  zeroOne,
  perceptron,
  hinge,
  squaredHinge,
  logistic,
  exponential,
  modifiedHuber,
];
