/** Registry entries of the regression losses, written in the residual r = ŷ − y. */

import { createLossEntry } from './createLossEntry';
import type { LossDomain, LossEntry } from './types';

const residualDomain: LossDomain = {
  variable: 'residual',
  symbol: 'r',
  label: 'Residual r',
  description: 'r = ŷ − y, the prediction minus the target.',
  min: -3,
  max: 3,
  initial: 1,
};

const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

const REGRESSION_CHAPTERS = ['regression-losses', 'choosing-a-loss'] as const;

/** Squared error r², the loss behind least squares and PyTorch's MSELoss. */
export const mse: LossEntry = createLossEntry({
  id: 'mse',
  name: 'Mean squared error',
  shortName: 'MSE',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [],
  subgradientNote: 'Differentiable everywhere, so no subgradient choice is needed.',
  params: [],
  value: (r) => r * r,
  derivative: (r) => 2 * r,
  perfectPrediction: () => 0,
  latex: { value: String.raw`\ell(r) = r^2`, derivative: String.raw`\ell'(r) = 2r` },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: false,
    notes:
      'The pull of a point grows in proportion to its residual, so one far-off point can drag the fit. Written without the ½ that Optax l2_loss and many textbooks carry.',
  },
  typicalTask: 'Regression with roughly Gaussian noise and no gross outliers.',
  outputActivation: 'identity',
  summary: 'Squares each residual, so large errors dominate and the best constant is the mean.',
  whenToUse: [
    'The noise is roughly symmetric and light-tailed, and you want the conditional mean.',
    'You want a smooth loss with a closed-form minimizer (least squares).',
  ],
  whenNotToUse: [
    'The data hold outliers or heavy-tailed noise: a few points will dominate the fit.',
    'Large errors should not cost quadratically more than small ones.',
  ],
  minimizer: 'mean',
  frameworks: {
    pytorch: {
      name: 'torch.nn.MSELoss',
      call: 'torch.nn.functional.mse_loss(input, target)',
      notes: [
        'No ½ factor: the per-element gradient is 2(ŷ − y)/N.',
        "reduction='mean' (the default) averages over every element, not only over the batch.",
      ],
    },
    keras: {
      name: 'keras.losses.MeanSquaredError',
      call: 'keras.losses.MeanSquaredError()(y_true, y_pred)',
      notes: [
        'Arguments are (y_true, y_pred): target first, the reverse of PyTorch.',
        "Averages over the last axis, then reduces with 'sum_over_batch_size' by default.",
      ],
    },
    optax: {
      name: 'optax.losses.squared_error',
      call: 'optax.losses.squared_error(predictions, targets).mean()',
      notes: [
        'Optax returns per-element values; the mean is yours to take.',
        'optax.losses.l2_loss is ½·squared_error, so its gradient is half of MSE’s.',
      ],
    },
  },
  relatedChapters: ['what-is-a-loss', ...REGRESSION_CHAPTERS, 'gradient-descent'],
  references: ['Legendre (1805) and Gauss (1809), least squares.'],
});

/** Absolute error |r| (L1), whose minimizer is the median. */
export const mae: LossEntry = createLossEntry({
  id: 'mae',
  name: 'Mean absolute error (L1)',
  shortName: 'MAE',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [0],
  subgradientNote:
    'At r = 0 the derivative returned is 0, the middle of the subdifferential [−1, 1] and what autograd’s sign(0) gives.',
  params: [],
  value: (r) => Math.abs(r),
  derivative: (r) => sign(r),
  perfectPrediction: () => 0,
  latex: {
    value: String.raw`\ell(r) = |r|`,
    derivative: String.raw`\ell'(r) = \operatorname{sign}(r)`,
  },
  properties: {
    convex: true,
    differentiable: false,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    notes:
      'Not differentiable at r = 0. Every point pulls with the same strength whatever its residual, which is why an outlier cannot drag the fit far.',
  },
  typicalTask: 'Regression where outliers are expected and the conditional median is wanted.',
  outputActivation: 'identity',
  summary: 'Charges each unit of error the same, so the best constant is the median.',
  whenToUse: [
    'The data contain outliers or heavy-tailed noise.',
    'You want the conditional median, or errors that cost in proportion to their size.',
  ],
  whenNotToUse: [
    'You need the mean, or a gradient that shrinks as the fit improves (its size stays 1).',
    'Plain gradient descent must settle precisely: the constant-size gradient makes it oscillate around the optimum unless the step size decays.',
  ],
  minimizer: 'median',
  frameworks: {
    pytorch: {
      name: 'torch.nn.L1Loss',
      call: 'torch.nn.functional.l1_loss(input, target)',
      notes: ['The gradient at a zero residual is 0 (sign(0) = 0).'],
    },
    keras: {
      name: 'keras.losses.MeanAbsoluteError',
      call: 'keras.losses.MeanAbsoluteError()(y_true, y_pred)',
      notes: [
        'Arguments are (y_true, y_pred).',
        "Averages over the last axis, then 'sum_over_batch_size'.",
      ],
    },
    optax: {
      name: null,
      call: 'jnp.abs(predictions - targets).mean()',
      notes: ['Optax has no L1 loss; write it with jnp.abs.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS],
  references: ['Laplace (1774); Koenker, Quantile Regression (2005), for the median as minimizer.'],
});

/** Huber's loss: quadratic within δ of zero, linear beyond, as torch.nn.HuberLoss. */
export const huber: LossEntry = createLossEntry({
  id: 'huber',
  name: 'Huber loss',
  shortName: 'Huber',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [],
  subgradientNote:
    'Continuously differentiable (the two pieces meet with equal slope ±δ at |r| = δ), so no subgradient choice is needed.',
  params: [
    {
      id: 'delta',
      symbol: String.raw`\delta`,
      label: 'δ (delta)',
      default: 1,
      min: 0.1,
      max: 3,
      step: 0.1,
      description: 'Where the loss turns from quadratic to linear; also the largest gradient.',
    },
  ],
  value: (r, { delta }) => {
    const a = Math.abs(r);
    return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
  },
  derivative: (r, { delta }) => (Math.abs(r) <= delta ? r : delta * sign(r)),
  perfectPrediction: () => 0,
  latex: {
    value: String.raw`\ell_\delta(r) = \begin{cases} \tfrac12 r^2 & |r| \le \delta \\ \delta\left(|r| - \tfrac12\delta\right) & |r| > \delta \end{cases}`,
    derivative: String.raw`\ell_\delta'(r) = \begin{cases} r & |r| \le \delta \\ \delta\operatorname{sign}(r) & |r| > \delta \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    notes:
      'The gradient is the residual clipped to [−δ, δ]: squared-error behaviour for small residuals, bounded pull from outliers. Once but not twice differentiable at |r| = δ.',
  },
  typicalTask: 'Regression with some outliers, where small errors should still be fitted smoothly.',
  outputActivation: 'identity',
  summary:
    'Squared error near zero and absolute error in the tails, with δ setting where one becomes the other.',
  whenToUse: [
    'The data are mostly well behaved but contain some outliers.',
    'You want gradients that shrink near the optimum but never exceed δ.',
  ],
  whenNotToUse: [
    'You cannot choose δ: it should match the scale of ordinary residuals.',
    'You need a twice-differentiable loss (log-cosh is one).',
  ],
  minimizer:
    'an M-estimate of location: like the mean for small residuals, like the median for large ones (not always between them)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.HuberLoss',
      call: 'torch.nn.functional.huber_loss(input, target, delta=1.0)',
      notes: [
        'HuberLoss(delta=β) equals β · SmoothL1Loss(beta=β): they coincide only at 1.',
        'Its tails have slope δ; SmoothL1Loss’s tails have slope 1.',
      ],
    },
    keras: {
      name: 'keras.losses.Huber',
      call: 'keras.losses.Huber(delta=1.0)(y_true, y_pred)',
      notes: ['Same definition as PyTorch HuberLoss.', 'Arguments are (y_true, y_pred).'],
    },
    optax: {
      name: 'optax.losses.huber_loss',
      call: 'optax.losses.huber_loss(predictions, targets, delta=1.0).mean()',
      notes: ['Per-element values; take the mean yourself.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS, 'custom-losses'],
  references: ['Huber, “Robust Estimation of a Location Parameter”, Ann. Math. Stat. 35 (1964).'],
});

/** Smooth L1 loss (Fast R-CNN), torch.nn.SmoothL1Loss: Huber divided by β. */
export const smoothL1: LossEntry = createLossEntry({
  id: 'smooth-l1',
  name: 'Smooth L1 loss',
  shortName: 'Smooth L1',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [],
  subgradientNote:
    'Continuously differentiable (slopes ±1 meet at |r| = β), so no subgradient choice is needed.',
  params: [
    {
      id: 'beta',
      symbol: String.raw`\beta`,
      label: 'β (beta)',
      default: 1,
      min: 0.1,
      max: 3,
      step: 0.1,
      description: 'Width of the quadratic zone; outside it the loss is |r| − β/2.',
    },
  ],
  value: (r, { beta }) => {
    const a = Math.abs(r);
    // PyTorch treats β = 0 as plain L1; the second branch gives exactly that.
    return a < beta ? (0.5 * r * r) / beta : a - 0.5 * beta;
  },
  derivative: (r, { beta }) => (Math.abs(r) < beta ? r / beta : sign(r)),
  perfectPrediction: () => 0,
  latex: {
    value: String.raw`\ell_\beta(r) = \begin{cases} \dfrac{r^2}{2\beta} & |r| < \beta \\ |r| - \tfrac12\beta & |r| \ge \beta \end{cases}`,
    derivative: String.raw`\ell_\beta'(r) = \begin{cases} r/\beta & |r| < \beta \\ \operatorname{sign}(r) & |r| \ge \beta \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    notes:
      'Huber loss divided by β: same shape, but the tails have slope 1 whatever β, and the quadratic zone gets steeper as β shrinks.',
  },
  typicalTask: 'Bounding-box regression in object detection (Fast R-CNN).',
  outputActivation: 'identity',
  summary: 'Huber’s loss rescaled so its tails match L1 exactly, whatever the width β.',
  whenToUse: [
    'You want L1 behaviour for large errors with a smooth minimum, as in box regression.',
    'You are reproducing a detector trained with SmoothL1Loss.',
  ],
  whenNotToUse: [
    'You tune β and expect the gradient scale to stay the same as for Huber: it does not.',
  ],
  minimizer:
    'an M-estimate of location: like the mean for small residuals, like the median for large ones (not always between them)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.SmoothL1Loss',
      call: 'torch.nn.functional.smooth_l1_loss(input, target, beta=1.0)',
      notes: ['SmoothL1Loss(beta=β) = HuberLoss(delta=β) / β.', 'beta=0 reduces to L1Loss.'],
    },
    keras: {
      name: null,
      call: 'keras.losses.Huber(delta=beta)(y_true, y_pred) / beta',
      notes: ['Keras has no SmoothL1; divide Huber with delta = β by β.'],
    },
    optax: {
      name: null,
      call: 'optax.losses.huber_loss(predictions, targets, delta=beta).mean() / beta',
      notes: ['Optax has no smooth L1; divide huber_loss with delta = β by β.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS],
  references: ['Girshick, “Fast R-CNN”, ICCV 2015.'],
});

/** log cosh r: quadratic near zero, |r| − log 2 far away, and smooth everywhere. */
export const logCosh: LossEntry = createLossEntry({
  id: 'log-cosh',
  name: 'Log-cosh loss',
  shortName: 'Log-cosh',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [],
  subgradientNote: 'Infinitely differentiable, so no subgradient choice is needed.',
  params: [],
  value: (r) => {
    const a = Math.abs(r);
    // cosh r − 1 = 2 sinh²(r/2) keeps small residuals accurate; past |r| = 20 that form would
    // overflow long before the loss does, so switch to |r| − log 2 + log1p(e^(−2|r|)).
    if (a < 20) {
      const s = Math.sinh(a / 2);
      return Math.log1p(2 * s * s);
    }
    return a - Math.LN2 + Math.log1p(Math.exp(-2 * a));
  },
  derivative: (r) => Math.tanh(r),
  perfectPrediction: () => 0,
  latex: {
    value: String.raw`\ell(r) = \log\cosh r`,
    derivative: String.raw`\ell'(r) = \tanh r`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    notes:
      'Counted as robust because |tanh r| < 1 bounds an outlier’s pull, as for L1 and Huber(δ = 1); but the pull never fades (unlike a redescending loss such as Tukey’s), so a mass of outliers still shifts the fit.',
  },
  typicalTask: 'Regression wanting Huber-like robustness with a twice-differentiable loss.',
  outputActivation: 'identity',
  summary: 'A smooth stand-in for Huber(δ = 1): about r²/2 near zero and |r| − log 2 far away.',
  whenToUse: [
    'You want Huber-like behaviour without choosing δ, or need second derivatives (Newton steps, XGBoost).',
  ],
  whenNotToUse: [
    'Residuals live on a scale far from 1: the switch from quadratic to linear happens at |r| ≈ 1, so rescale the targets first.',
    'You compute it naively as log(cosh(r)): cosh overflows for |r| > 710 in float64 (about 89 in float32).',
  ],
  minimizer:
    'an M-estimate of location: like the mean for small residuals, like the median for large ones (not always between them)',
  frameworks: {
    pytorch: {
      name: null,
      call: 'r = input - target; (r.abs() + F.softplus(-2 * r.abs()) - math.log(2)).mean()',
      notes: ['PyTorch has no log-cosh loss; avoid torch.log(torch.cosh(r)), which overflows.'],
    },
    keras: {
      name: 'keras.losses.LogCosh',
      call: 'keras.losses.LogCosh()(y_true, y_pred)',
      notes: ['Arguments are (y_true, y_pred).'],
    },
    optax: {
      name: 'optax.losses.log_cosh',
      call: 'optax.losses.log_cosh(predictions, targets).mean()',
      notes: ['Per-element values; take the mean yourself.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS],
  references: [
    'Chen et al., “Log Hyperbolic Cosine Loss Improves Variational Auto-Encoder” (2019).',
  ],
});

/** Quantile (pinball) loss on r = ŷ − y: under-prediction costs τ per unit, over-prediction 1 − τ. */
export const quantile: LossEntry = createLossEntry({
  id: 'quantile',
  name: 'Quantile (pinball) loss',
  shortName: 'Pinball',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [0],
  subgradientNote:
    'At r = 0 the derivative returned is 0, which lies in the subdifferential [−τ, 1 − τ] for every τ and matches the choice for L1.',
  params: [
    {
      id: 'tau',
      symbol: String.raw`\tau`,
      label: 'τ (tau)',
      default: 0.5,
      min: 0.05,
      max: 0.95,
      step: 0.05,
      description:
        'The quantile to estimate: under-predicting costs τ per unit, over-predicting 1 − τ.',
    },
  ],
  // With r = ŷ − y, an under-prediction is r < 0 and costs τ·|r|.
  value: (r, { tau }) => (r < 0 ? -tau * r : (1 - tau) * r),
  derivative: (r, { tau }) => (r < 0 ? -tau : r > 0 ? 1 - tau : 0),
  perfectPrediction: () => 0,
  latex: {
    value: String.raw`\ell_\tau(r) = \max\bigl(-\tau r,\ (1-\tau)\,r\bigr)`,
    derivative: String.raw`\ell_\tau'(r) = \begin{cases} -\tau & r < 0 \\ 1-\tau & r > 0 \end{cases}`,
  },
  properties: {
    convex: true,
    differentiable: false,
    nonNegative: true,
    robustToOutliers: true,
    boundedGradient: true,
    calibratedProbabilities: false,
    notes:
      'Written in r = ŷ − y like the other regression entries; texts (and this site’s quantileLoss) often use y − ŷ, which mirrors the picture. τ = 0.5 gives half the L1 loss.',
  },
  typicalTask: 'Predicting a quantile or an interval (e.g. the 10th and 90th percentiles).',
  outputActivation: 'identity',
  summary: 'A tilted absolute loss whose minimizer is the τ-quantile instead of the median.',
  whenToUse: [
    'You need prediction intervals or a quantile, not the average.',
    'Over- and under-prediction have different costs (stock levels, latency budgets).',
  ],
  whenNotToUse: [
    'You want the mean, or smooth gradients near the optimum.',
    'You fit several quantiles separately and cannot tolerate them crossing.',
  ],
  minimizer: 'τ-quantile',
  frameworks: {
    pytorch: {
      name: null,
      call: 'e = target - input; torch.maximum(tau * e, (tau - 1) * e).mean()',
      notes: ['No built-in; note the sign convention e = y − ŷ in this common form.'],
    },
    keras: {
      name: null,
      call: 'e = y_true - y_pred; keras.ops.mean(keras.ops.maximum(tau * e, (tau - 1) * e))',
      notes: ['Keras has no built-in pinball loss; write it with keras.ops.'],
    },
    optax: {
      name: null,
      call: 'e = targets - predictions; jnp.maximum(tau * e, (tau - 1) * e).mean()',
      notes: ['Optax has no built-in pinball loss.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS, 'custom-losses'],
  references: ['Koenker & Bassett, “Regression Quantiles”, Econometrica 46 (1978).'],
});

/** Gaussian negative log-likelihood in the residual for a fixed variance, as PyTorch (full=False). */
export const gaussianNll: LossEntry = createLossEntry({
  id: 'gaussian-nll',
  name: 'Gaussian negative log-likelihood',
  shortName: 'Gaussian NLL',
  family: 'regression',
  variable: 'residual',
  domain: residualDomain,
  kinks: [],
  subgradientNote: 'Differentiable everywhere, so no subgradient choice is needed.',
  params: [
    {
      id: 'var',
      symbol: String.raw`\sigma^2`,
      label: 'σ² (variance)',
      default: 1,
      min: 0.1,
      max: 4,
      step: 0.1,
      description:
        'The predicted variance; a larger one forgives large residuals but costs ½ log σ².',
    },
  ],
  // PyTorch clamps the variance at eps = 1e-6 for stability; so do we.
  value: (r, p) => {
    const v = Math.max(p.var, 1e-6);
    return 0.5 * (Math.log(v) + (r * r) / v);
  },
  derivative: (r, p) => r / Math.max(p.var, 1e-6),
  perfectPrediction: () => null,
  latex: {
    value: String.raw`\ell(r) = \tfrac12\left(\log\sigma^2 + \dfrac{r^2}{\sigma^2}\right)`,
    derivative: String.raw`\ell'(r) = \dfrac{r}{\sigma^2}`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: false,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: false,
    notes:
      'Shown as a function of r for a fixed variance: squared error scaled by 1/(2σ²) plus ½ log σ², which is negative when σ² < 1, so the loss is not non-negative and is not zero at r = 0. In training the variance is a second output, and the loss is not jointly convex in mean and variance. As a log score it is a proper scoring rule for the predictive distribution; the class-probability flag stays false.',
  },
  typicalTask: 'Regression that predicts its own uncertainty (a mean and a variance per input).',
  outputActivation: 'identity',
  summary:
    'Squared error weighted by a predicted variance, plus a penalty for claiming large variance.',
  whenToUse: [
    'The noise level varies across inputs and the model should report it.',
    'You want a likelihood you can compare across models.',
  ],
  whenNotToUse: [
    'You only need a point prediction: MSE gives the same mean without the extra output.',
    'Residuals are heavy-tailed; a Gaussian likelihood punishes them quadratically.',
  ],
  minimizer: 'mean (and, when σ² is learned, the residual variance)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.GaussianNLLLoss',
      call: 'torch.nn.functional.gaussian_nll_loss(input, target, var)',
      notes: [
        'var is the variance, not the standard deviation; it is clamped at eps = 1e-6.',
        'full=False (the default) drops the constant ½ log 2π.',
      ],
    },
    keras: {
      name: null,
      call: 'keras.ops.mean(0.5 * (keras.ops.log(var) + keras.ops.square(y_true - y_pred) / var))',
      notes: ['No built-in; predict log σ² or pass σ² through softplus to keep it positive.'],
    },
    optax: {
      name: null,
      call: '(0.5 * (jnp.log(var) + (predictions - targets) ** 2 / var)).mean()',
      notes: ['No built-in in optax.losses.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS, 'custom-losses'],
  references: [
    'Nix & Weigend, “Estimating the mean and variance of the target probability distribution” (1994).',
  ],
});

/** Poisson negative log-likelihood in the log-rate x = log λ̂, as torch.nn.PoissonNLLLoss. */
export const poissonNll: LossEntry = createLossEntry({
  id: 'poisson-nll',
  name: 'Poisson negative log-likelihood',
  shortName: 'Poisson NLL',
  family: 'regression',
  variable: 'logits',
  domain: {
    variable: 'log-rate',
    symbol: 'x',
    label: 'Log-rate x',
    description: 'x = log λ̂, the raw model output before exp (PyTorch’s log_input=True).',
    min: -3,
    max: 3,
    initial: 0,
  },
  kinks: [],
  subgradientNote: 'Differentiable everywhere, so no subgradient choice is needed.',
  params: [
    {
      id: 'target',
      symbol: 'y',
      label: 'y (observed count)',
      default: 3,
      min: 0,
      max: 10,
      step: 1,
      description: 'The observed count the predicted rate is compared with.',
    },
  ],
  value: (x, { target }) => Math.exp(x) - target * x,
  derivative: (x, { target }) => Math.exp(x) - target,
  perfectPrediction: () => null,
  latex: {
    value: String.raw`\ell(x) = e^{x} - y\,x`,
    derivative: String.raw`\ell'(x) = e^{x} - y`,
  },
  properties: {
    convex: true,
    differentiable: true,
    nonNegative: false,
    robustToOutliers: false,
    boundedGradient: false,
    calibratedProbabilities: false,
    notes:
      'A function of the log-rate, not of a residual: its minimum, at x = log y, is y − y log y, which is negative for y > e because PyTorch drops the log y! term (full=False). The gradient e^x − y grows without bound as x rises.',
  },
  typicalTask: 'Count regression: events per interval, clicks, arrivals.',
  outputActivation: 'exp',
  summary:
    'The negative log-likelihood of a count under a Poisson rate e^x predicted by the model.',
  whenToUse: ['Targets are non-negative counts whose spread grows with their mean.'],
  whenNotToUse: [
    'Counts are over-dispersed (variance far above the mean): consider a negative binomial.',
    'Targets can be negative or are not counts.',
  ],
  minimizer: 'mean count (x = log of the mean)',
  frameworks: {
    pytorch: {
      name: 'torch.nn.PoissonNLLLoss',
      call: 'torch.nn.functional.poisson_nll_loss(input, target)',
      notes: [
        'log_input=True (the default) expects the log-rate; with log_input=False it takes the rate and adds eps = 1e-8 inside the log.',
        'full=False omits the Stirling term for log y!.',
      ],
    },
    keras: {
      name: 'keras.losses.Poisson',
      call: 'keras.losses.Poisson()(y_true, y_pred)',
      notes: [
        'Expects the rate y_pred = exp(x), not the log-rate: computes y_pred − y_true·log(y_pred + ε).',
      ],
    },
    optax: {
      name: null,
      call: '(jnp.exp(log_rate) - targets * log_rate).mean()',
      notes: ['No built-in in optax.losses.'],
    },
  },
  relatedChapters: [...REGRESSION_CHAPTERS],
  references: ['McCullagh & Nelder, Generalized Linear Models (1989), Poisson regression.'],
});

/** The regression entries, in catalog order. */
export const regressionLosses: readonly LossEntry[] = [
  mse,
  mae,
  huber,
  smoothL1,
  logCosh,
  quantile,
  gaussianNll,
  poissonNll,
];
