/**
 * State of the RiskGapSimulator: training set size, polynomial degree, ridge λ and the sample's
 * seed; the URL schema; and the view (the fit, its training and expected loss, the gap-versus-N
 * curves) computed from `src/compute`. Pure: no DOM, no Preact.
 */

import {
  createRiskDistribution,
  fitRidgePolynomial,
  type PolynomialFit,
  type RiskDistribution,
  type RiskSample,
} from '~/compute';
import { snapToField, type UrlSchema, type UrlStateOf } from '../kit/urlState';

/** The simulator's settings. */
export interface RiskGapState {
  /** Training set size N. */
  readonly n: number;
  /** Polynomial degree d. */
  readonly degree: number;
  /** log₁₀ λ, or LAMBDA_OFF for λ = 0. */
  readonly logLambda: number;
  /** Seed of the training sample ("Resample" moves it on). */
  readonly seed: number;
}

/** The distribution the simulator draws from: y = sin(πx) + ε, σ = 0.3 (as the chapter). */
export const riskDistribution: RiskDistribution = createRiskDistribution({
  target: 'sine',
  noise: 0.3,
});

/** Range of the "Training set size" slider. */
export const N_MIN = 3;
export const N_MAX = 300;
/** Highest degree on offer (fitRidgePolynomial is accurate to about 15 without a penalty). */
export const DEGREE_MAX = 15;
/** The λ slider runs over log₁₀ λ in [LAMBDA_OFF, LOG_LAMBDA_MAX]; its lowest stop means λ = 0. */
export const LAMBDA_OFF = -9;
export const LOG_LAMBDA_MAX = 1;
export const LOG_LAMBDA_STEP = 0.5;
export const SEED_MAX = 9999;

/** The URL schema: n, degree, log10 λ ('lambda'), seed. */
export const riskUrlSchema = {
  n: { kind: 'number', label: 'training set size', default: 10, min: N_MIN, max: N_MAX, step: 1 },
  degree: {
    kind: 'number',
    label: 'model complexity (degree)',
    default: 3,
    min: 0,
    max: DEGREE_MAX,
    step: 1,
  },
  lambda: {
    kind: 'number',
    label: 'regularization (log₁₀ λ)',
    default: LAMBDA_OFF,
    min: LAMBDA_OFF,
    max: LOG_LAMBDA_MAX,
    step: LOG_LAMBDA_STEP,
  },
  seed: { kind: 'number', label: 'sample seed', default: 8, min: 1, max: SEED_MAX, step: 1 },
} as const satisfies UrlSchema;

/** The default state (N = 10, degree 3, λ = 0, seed 8: the chapter's own example). */
export const initialRiskState: RiskGapState = {
  n: riskUrlSchema.n.default,
  degree: riskUrlSchema.degree.default,
  logLambda: riskUrlSchema.lambda.default,
  seed: riskUrlSchema.seed.default,
};

/** λ for a slider position: 0 at LAMBDA_OFF, else 10^logLambda. */
export function lambdaOf(logLambda: number): number {
  return logLambda <= LAMBDA_OFF ? 0 : 10 ** logLambda;
}

/** λ in words for the slider's output: '0 (off)', '10⁻³', '0.32'. */
export function formatLambda(logLambda: number): string {
  if (logLambda <= LAMBDA_OFF) return '0 (off)';
  if (Number.isInteger(logLambda)) {
    const sup = String(logLambda).replace(
      /[-0-9]/g,
      (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!,
    );
    return `10${sup}`;
  }
  const lambda = 10 ** logLambda;
  return lambda >= 0.01 ? String(Number(lambda.toPrecision(2))) : lambda.toExponential(1);
}

/** Sets one field, snapped to its slider's grid. */
export function withRisk<K extends keyof RiskGapState>(
  state: RiskGapState,
  key: K,
  value: number,
): RiskGapState {
  const field = {
    n: riskUrlSchema.n,
    degree: riskUrlSchema.degree,
    logLambda: riskUrlSchema.lambda,
    seed: riskUrlSchema.seed,
  }[key];
  if (!Number.isFinite(value)) return state;
  return { ...state, [key]: snapToField(field, value) };
}

/** The next seed ("Resample"): seed + 1, wrapping to 1 after SEED_MAX. */
export function nextSeed(seed: number): number {
  return seed >= SEED_MAX ? 1 : seed + 1;
}

/** The state flattened for the URL. */
export function riskToFlat(state: RiskGapState): UrlStateOf<typeof riskUrlSchema> {
  return { n: state.n, degree: state.degree, lambda: state.logLambda, seed: state.seed };
}

/** The state from a parsed URL. */
export function riskFromFlat(flat: UrlStateOf<typeof riskUrlSchema>): RiskGapState {
  return { n: flat.n, degree: flat.degree, logLambda: flat.lambda, seed: flat.seed };
}

/** One fit: the sample, the fitted polynomial, its training loss, exact risk and gap. */
export interface RiskFitView {
  readonly sample: RiskSample;
  readonly fit: PolynomialFit;
  readonly trainLoss: number;
  readonly expectedLoss: number;
  /** expectedLoss − trainLoss. */
  readonly gap: number;
}

/** Fits the state's sample and measures its training and expected loss (every number from compute). */
export function riskFit(
  state: RiskGapState,
  dist: RiskDistribution = riskDistribution,
): RiskFitView {
  const sample = dist.sample(state.n, state.seed);
  const fit = fitRidgePolynomial(sample.x, sample.y, {
    degree: state.degree,
    lambda: lambdaOf(state.logLambda),
  });
  const expectedLoss = dist.expectedRisk(fit.predict);
  return { sample, fit, trainLoss: fit.trainLoss, expectedLoss, gap: expectedLoss - fit.trainLoss };
}

/** Training set sizes of the gap-versus-N chart (within the slider's range). */
export const GAP_NS: readonly number[] = [3, 4, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300];

/** Seeds averaged (by the median) at each N of the gap-versus-N chart. */
export const GAP_SEEDS: readonly number[] = [1, 2, 3, 4, 5];

/** One point of the gap-versus-N curves: medians over GAP_SEEDS. */
export interface GapPoint {
  readonly n: number;
  readonly trainLoss: number;
  readonly expectedLoss: number;
  readonly gap: number;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * The median training loss, expected loss and gap over GAP_SEEDS at each N of GAP_NS, for a degree
 * and λ (the median, because a single unlucky sample with N near d + 1 has an astronomical risk).
 */
export function gapCurve(
  degree: number,
  logLambda: number,
  dist: RiskDistribution = riskDistribution,
): GapPoint[] {
  return GAP_NS.map((n) => {
    const runs = GAP_SEEDS.map((seed) => riskFit({ n, degree, logLambda, seed }, dist));
    return {
      n,
      trainLoss: median(runs.map((r) => r.trainLoss)),
      expectedLoss: median(runs.map((r) => r.expectedLoss)),
      gap: median(runs.map((r) => r.gap)),
    };
  });
}

/** Expected loss above this many times the noise floor σ² counts as "huge" and is said in words. */
export const HUGE_RISK_FACTOR = 10;

/** A sentence on the fit: what the gap means here, and a warning when the risk is huge. */
export function riskSummary(state: RiskGapState, view: RiskFitView, swings: boolean): string {
  const p = state.degree + 1;
  const floor = riskDistribution.bayesRisk;
  const parts: string[] = [];
  if (state.n <= state.degree && lambdaOf(state.logLambda) === 0) {
    parts.push(
      `With N = ${state.n} points and ${p} coefficients the polynomial can pass through every point: the training loss is (close to) zero.`,
    );
  }
  if (swings || view.expectedLoss > HUGE_RISK_FACTOR * floor) {
    parts.push(
      'The curve swings wildly between the training points, so the expected loss is huge even where the training loss is small.',
    );
  } else if (view.gap < 0) {
    parts.push('This sample’s gap is negative: the gap is random, only its average is ≥ 0.');
  } else {
    parts.push(`No predictor does better than the noise floor σ² = ${floor.toFixed(2)}.`);
  }
  return parts.join(' ');
}

/** A function sampled at `count` evenly spaced x over [−1, 1] (for the charts). */
export function sampleOnDomain(
  f: (x: number) => number,
  count = 161,
): { u: number; value: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const u = -1 + (2 * i) / (count - 1);
    return { u, value: f(u) };
  });
}
