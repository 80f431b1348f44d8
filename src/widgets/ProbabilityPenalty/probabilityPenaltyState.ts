/**
 * State of the ProbabilityPenalty widget: the probability p the model gives the true class, on a
 * logarithmic slider; the verdict in words; the URL schema; and the view (−log p from the
 * registry's cross-entropy entry, (1 − p)² from mseLoss). Pure: no DOM, no Preact.
 */

import { getLoss, mseLoss } from '~/compute';
import type { CurvePoint } from '~/charts';
import { fmt } from '~/lib/format';
import {
  parseUrlState,
  snapToField,
  type BooleanField,
  type NumberField,
  type UrlStateOf,
} from '../kit/urlState';

/** Smallest and largest p offered: log 0 is never evaluated. */
export const P_MIN = 0.001;
export const P_MAX = 1;

/** The slider moves log₁₀ p from −3 to 0 in steps of 0.01 (each step multiplies p by about 1.023). */
export const SLIDER = { min: -3, max: 0, step: 0.01 } as const;

/** Below `wrong` the model is confidently wrong; from `confident` on, confident and correct. */
export const VERDICT_THRESHOLDS = { wrong: 0.1, confident: 0.9 } as const;

/** Number of samples of each curve (log-spaced in p, so the steep part near 0 is smooth). */
export const CURVE_SAMPLES = 161;

/** The widget's settings. */
export interface PenaltyState {
  /** Probability of the true class, in [P_MIN, P_MAX]. */
  readonly p: number;
  /** Whether the squared error (1 − p)² is drawn and read out for comparison. */
  readonly showSquared: boolean;
}

/** The registry's softmax cross-entropy entry: ℓ(p) = −log p. */
export const crossEntropyEntry = getLoss('cross-entropy');

/** Rounds to 3 significant figures, so slider values read (and link) as 0.0501, not 0.050118…. */
function round3(x: number): number {
  return Number(x.toPrecision(3));
}

/** Keeps p in [P_MIN, P_MAX]; a non-finite p becomes `fallback`. */
export function clampP(p: number, fallback = 0.7): number {
  if (!Number.isFinite(p)) return fallback;
  return Math.min(P_MAX, Math.max(P_MIN, p));
}

/** The slider position (log₁₀ p on the slider's grid) that shows p. */
export function pToSlider(p: number): number {
  const s = Math.log10(clampP(p));
  return Number((Math.round(s / SLIDER.step) * SLIDER.step).toFixed(2));
}

/** The p a slider position stands for: 10^position, to 3 significant figures. */
export function sliderToP(position: number): number {
  const s = Math.min(SLIDER.max, Math.max(SLIDER.min, position));
  return clampP(round3(10 ** s));
}

/** The default settings. */
export function initialPenaltyState(p = 0.7): PenaltyState {
  return { p: clampP(p), showSquared: true };
}

/** What the verdict says, and its kind (for colour). */
export interface Verdict {
  readonly kind: 'confidently-wrong' | 'unsure' | 'confident-correct';
  readonly title: string;
  readonly text: string;
}

/** What a tenfold drop in p adds to −log p: ℓ(0.01) − ℓ(0.1) = ln 10, from the registry. */
export function tenfoldStep(): number {
  return crossEntropyEntry.value(0.01, {}) - crossEntropyEntry.value(0.1, {});
}

/** The verdict for p, with the thresholds stated (VERDICT_THRESHOLDS). */
export function verdictFor(p: number): Verdict {
  const { wrong, confident } = VERDICT_THRESHOLDS;
  if (p < wrong) {
    return {
      kind: 'confidently-wrong',
      title: 'Confidently wrong',
      text: `p is below ${wrong}: the model all but ruled out what happened, and each tenfold drop in p adds another ln 10 ≈ ${fmt(tenfoldStep(), 3)} to the loss, without limit.`,
    };
  }
  if (p < confident) {
    return {
      kind: 'unsure',
      title: 'Unsure',
      text:
        p < 0.5
          ? `p is between ${wrong} and ${confident}, leaning against the true class: a moderate loss, and a strong push to raise p.`
          : `p is between ${wrong} and ${confident}, leaning towards the true class: a moderate loss that still pays to lower.`,
    };
  }
  return {
    kind: 'confident-correct',
    title: 'Confident and correct',
    text: `p is at least ${confident}: the loss is small, and raising p further gains little.`,
  };
}

/** The numbers shown for p: the loss −log p, its derivative −1/p, and (1 − p)² for comparison. */
export interface PenaltyView {
  readonly p: number;
  readonly loss: number;
  readonly derivative: number;
  readonly squaredError: number;
}

/** The view at p, every number from src/compute. */
export function penaltyView(p: number): PenaltyView {
  return {
    p,
    loss: crossEntropyEntry.value(p, {}),
    derivative: crossEntropyEntry.derivative(p, {}),
    squaredError: mseLoss([p], [1]).loss,
  };
}

/** The loss at each verdict threshold (for the legend), from the registry. */
export function thresholdLosses(): { wrong: number; confident: number } {
  return {
    wrong: crossEntropyEntry.value(VERDICT_THRESHOLDS.wrong, {}),
    confident: crossEntropyEntry.value(VERDICT_THRESHOLDS.confident, {}),
  };
}

/** −log p and (1 − p)², sampled log-evenly over [P_MIN, P_MAX]. */
export function penaltyCurves(samples = CURVE_SAMPLES): {
  logLoss: CurvePoint[];
  squaredError: CurvePoint[];
} {
  const logLoss: CurvePoint[] = [];
  const squaredError: CurvePoint[] = [];
  const lo = Math.log10(P_MIN);
  for (let i = 0; i < samples; i++) {
    const p = i === samples - 1 ? P_MAX : 10 ** (lo + (-lo * i) / (samples - 1));
    logLoss.push({ u: p, value: crossEntropyEntry.value(p, {}) });
    squaredError.push({ u: p, value: mseLoss([p], [1]).loss });
  }
  return { logLoss, squaredError };
}

/** The URL fields: p (any value in [P_MIN, P_MAX]) and the squared-error switch. */
export function penaltyUrlSchema(defaults: PenaltyState) {
  const p: NumberField = {
    kind: 'number',
    label: 'probability of the true class',
    default: defaults.p,
    min: P_MIN,
    max: P_MAX,
  };
  const sq: BooleanField = {
    kind: 'boolean',
    label: '“Show squared error” setting',
    default: defaults.showSquared,
  };
  return { p, sq };
}

/** The state flattened for the URL schema. */
export function penaltyToFlat(
  state: PenaltyState,
): UrlStateOf<ReturnType<typeof penaltyUrlSchema>> {
  return { p: state.p, sq: state.showSquared };
}

/** Reads the state from `<prefix>p` and `<prefix>sq`; malformed values fall back with a notice. */
export function penaltyFromUrl(
  params: URLSearchParams,
  prefix: string,
  defaults: PenaltyState,
): { state: PenaltyState; notices: string[] } {
  const schema = penaltyUrlSchema(defaults);
  const { state, notices } = parseUrlState(schema, params, prefix);
  return {
    state: { p: clampP(snapToField(schema.p, state.p), defaults.p), showSquared: state.sq },
    notices,
  };
}
