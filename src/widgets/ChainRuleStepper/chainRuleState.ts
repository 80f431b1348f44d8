/**
 * State of the ChainRuleStepper: weight w, bias b, the step of the walk through the graph
 * w → ŷ → L, and the sample i whose path is followed; the URL schema; and every number the
 * widget shows, from `mseLinear1D` on the site's canonical dataset. Pure: no DOM, no Preact.
 */

import { lineData, mseLinear1D } from '~/compute';
import { parseUrlState, snapToField, type NumberField, type UrlStateOf } from '../kit/urlState';

/** The dataset of the chain-rule chapter: N = 20, y = 2x + noise (σ = 1), seed 1. */
export const CHAIN_DATA = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });

/** Number of samples N. */
export const N = CHAIN_DATA.x.length;

/** Step h of the centred finite difference. */
export const FD_H = 1e-3;

/** Number of steps of the walk (0 … STEP_COUNT − 1). */
export const STEP_COUNT = 4;

/** The "Weight w" field (the chapter's worked example starts at w = 1). */
export const W_FIELD: NumberField = {
  kind: 'number',
  label: 'Weight w',
  default: 1,
  min: -1,
  max: 5,
  step: 0.01,
};

/** The "Bias b" field. */
export const B_FIELD: NumberField = {
  kind: 'number',
  label: 'Bias b',
  default: 0,
  min: -3,
  max: 3,
  step: 0.01,
};

/** The step of the walk, 0 to 3. */
export const STEP_FIELD: NumberField = {
  kind: 'number',
  label: 'step',
  default: 0,
  min: 0,
  max: STEP_COUNT - 1,
  step: 1,
};

/** The "Sample i" field, 1-based as the chapter counts (default: the point with the largest x). */
export const SAMPLE_FIELD: NumberField = {
  kind: 'number',
  label: 'Sample i',
  default: N,
  min: 1,
  max: N,
  step: 1,
};

/** The URL schema: `<id>.w`, `<id>.b`, `<id>.step`, `<id>.sample`. */
export const CHAIN_URL_SCHEMA = {
  w: W_FIELD,
  b: B_FIELD,
  step: STEP_FIELD,
  sample: SAMPLE_FIELD,
} as const;

/** The stepper's settings. */
export interface ChainRuleState {
  readonly w: number;
  readonly b: number;
  /** 0 … 3. */
  readonly step: number;
  /** 1 … N. */
  readonly sample: number;
}

/** The default state. */
export const initialChainState: ChainRuleState = {
  w: W_FIELD.default,
  b: B_FIELD.default,
  step: STEP_FIELD.default,
  sample: SAMPLE_FIELD.default,
};

/** A value for a field, clamped and snapped to its grid; a non-finite value gives the default. */
export function clampField(field: NumberField, x: number): number {
  return Number.isFinite(x) ? snapToField(field, x) : field.default;
}

/** Reads the state from the URL; malformed values fall back with notices. Never throws. */
export function chainStateFromUrl(
  params: URLSearchParams,
  prefix: string,
): { state: ChainRuleState; notices: string[] } {
  const { state, notices } = parseUrlState(CHAIN_URL_SCHEMA, params, prefix);
  return { state: { ...state }, notices };
}

/** The state in the URL schema's shape. */
export function chainUrlFlat(state: ChainRuleState): UrlStateOf<typeof CHAIN_URL_SCHEMA> {
  return { w: state.w, b: state.b, step: state.step, sample: state.sample };
}

/** Every number the widget shows, for one state. */
export interface ChainRuleView {
  /** L = (1/N) Σ (ŷᵢ − yᵢ)². */
  readonly loss: number;
  /** ∂L/∂w from `mseLinear1D`. */
  readonly dLdw: number;
  /** mean(ŷ − y) over the N samples. */
  readonly meanResidual: number;
  /** Predictions ŷᵢ for every sample (for the chart). */
  readonly predictions: readonly number[];
  /** The followed sample (0-based index) and its pieces. */
  readonly i: number;
  readonly xi: number;
  readonly yi: number;
  readonly yhati: number;
  /** The residual rᵢ = ŷᵢ − yᵢ. */
  readonly ri: number;
  /** ∂L/∂ŷᵢ = (2/N)(ŷᵢ − yᵢ), from `mseLoss` via `mseLinear1D`. */
  readonly dLdyhati: number;
  /** ∂ŷᵢ/∂w = xᵢ. */
  readonly dyhatdwi: number;
  /** This sample's path: ∂L/∂ŷᵢ · ∂ŷᵢ/∂w. */
  readonly pathi: number;
  /** (L(w + h) − L(w − h)) / 2h with h = FD_H, both losses from `mseLinear1D`. */
  readonly finiteDifference: number;
  /** |finite difference − ∂L/∂w|. */
  readonly fdGap: number;
}

/** Computes the view from `mseLinear1D` (the forward and backward pass) on the dataset. */
export function chainRuleView(state: ChainRuleState): ChainRuleView {
  const { w, b } = state;
  const fit = mseLinear1D(w, b, CHAIN_DATA);
  const i = Math.min(N - 1, Math.max(0, Math.round(state.sample) - 1));
  const plus = mseLinear1D(w + FD_H, b, CHAIN_DATA).loss;
  const minus = mseLinear1D(w - FD_H, b, CHAIN_DATA).loss;
  const finiteDifference = (plus - minus) / (2 * FD_H);
  let sum = 0;
  for (const r of fit.residuals) sum += r;
  const xi = CHAIN_DATA.x[i]!;
  const dLdyhati = fit.dLdyhat[i]!;
  return {
    loss: fit.loss,
    dLdw: fit.dLdw,
    meanResidual: sum / N,
    predictions: fit.predictions,
    i,
    xi,
    yi: CHAIN_DATA.y[i]!,
    yhati: fit.predictions[i]!,
    ri: fit.residuals[i]!,
    dLdyhati,
    dyhatdwi: xi,
    pathi: dLdyhati * xi,
    finiteDifference,
    fdGap: Math.abs(finiteDifference - fit.dLdw),
  };
}

/** Which parts of the graph a step lights up: the edge w → ŷ, the edge ŷ → L, all N paths. */
export interface StepHighlight {
  readonly modelEdge: boolean;
  readonly lossEdge: boolean;
  readonly allPaths: boolean;
}

/** The steps of the walk, backwards from L as backpropagation goes. */
export const STEPS: readonly { readonly title: string; readonly highlight: StepHighlight }[] = [
  {
    title: 'The loss’s local derivative ∂L/∂ŷᵢ',
    highlight: { modelEdge: false, lossEdge: true, allPaths: false },
  },
  {
    title: 'The model’s local derivative ∂ŷᵢ/∂w',
    highlight: { modelEdge: true, lossEdge: false, allPaths: false },
  },
  {
    title: 'One path: multiply along it',
    highlight: { modelEdge: true, lossEdge: true, allPaths: false },
  },
  {
    title: 'All N paths: add them up to get ∂L/∂w',
    highlight: { modelEdge: true, lossEdge: true, allPaths: true },
  },
];

/** Below this |∂L/∂w| the slope counts as flat for the words under the readouts. */
export const FLAT_GRADIENT = 5e-3;

/** What gradient descent would do to w, in words. */
export function gradientText(view: ChainRuleView): string {
  if (Math.abs(view.dLdw) < FLAT_GRADIENT) {
    return '∂L/∂w is about 0: for this bias, this w is (close to) the best slope, and a gradient step would barely move it.';
  }
  const dir = view.dLdw < 0 ? 'increase' : 'decrease';
  const why =
    view.dLdw < 0
      ? 'the line is shallower than the best slope for this bias'
      : 'the line is steeper than the best slope for this bias';
  return `∂L/∂w is ${view.dLdw < 0 ? 'negative' : 'positive'}, so gradient descent would ${dir} w: ${why}.`;
}

/** How the finite difference agrees with ∂L/∂w, in words. */
export function agreementText(view: ChainRuleView): string {
  const scale = Math.max(1, Math.abs(view.dLdw));
  if (view.fdGap <= 1e-6 * scale) {
    return 'It agrees with ∂L/∂w to rounding error: L is a quadratic in w, and the centred difference of a quadratic is exact.';
  }
  return 'It differs from ∂L/∂w by more than rounding error would explain.';
}
