/**
 * State of LossSurface1D: the start weight, the learning rate and the number of steps taken; the
 * descent path they imply (each step from the site's SGD optimizer, each loss and gradient from
 * `mseLinear1D`), what happened in words, and the URL schema. Pure: no DOM, no Preact.
 */

import { createOptimizer, lineData, lossCurveInW, mseLinear1D, type LineData } from '~/compute';
import type { CurvePoint } from '~/charts';
import { fmt } from '~/lib/format';
import {
  parseUrlState,
  snapToField,
  type NumberField,
  type UrlSchema,
  type UrlStateOf,
} from '../kit/urlState';

/** The data: the site's 20 points about y = 2x (σ = 1, seed 1); the model is ŷ = w·x (no bias). */
export const LS_DATA: LineData = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });

/** The weights the widget explores (the chart's range); a step that leaves it stops the walk. */
export const W_MIN = -2;
export const W_MAX = 6;
export const W_STEP = 0.01;
export const W_DEFAULT = 0;

/** The learning rates on offer, roughly logarithmic, finer where the behaviour changes. */
export const LEARNING_RATES = [
  0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1,
  1.2, 1.5,
] as const;
export const LR_DEFAULT = 0.1;

/** Most steps one walk takes. */
export const MAX_STEPS = 60;

/** The widget's settings. */
export interface LossSurfaceSettings {
  /** The start weight (set with the "Weight w" slider). */
  readonly w0: number;
  readonly lr: number;
  /** Steps taken since the start (reset to 0 when w or η changes). */
  readonly steps: number;
}

/** The default settings. */
export const LS_DEFAULTS: LossSurfaceSettings = { w0: W_DEFAULT, lr: LR_DEFAULT, steps: 0 };

/** The loss and its gradient at w, from compute. */
export function lossAt(w: number): { w: number; loss: number; slope: number } {
  const r = mseLinear1D(w, 0, LS_DATA);
  return { w, loss: r.loss, slope: r.dLdw };
}

/** L(w) sampled over [W_MIN, W_MAX] for the chart. */
export function lossSurfaceCurve(n = 161): CurvePoint[] {
  return lossCurveInW(LS_DATA, 0, [W_MIN, W_MAX], n).map((s) => ({ u: s.w, value: s.loss }));
}

/**
 * Where ∂L/∂w changes sign on a sampled curve, interpolated linearly between the two samples
 * (exact for MSE, whose gradient is linear in w); undefined when it does not.
 */
export function minimumFromSamples(
  samples: readonly { readonly w: number; readonly dLdw: number }[],
): number | undefined {
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (a.dLdw === 0) return a.w;
    if (a.dLdw < 0 && b.dLdw >= 0) return a.w + ((b.w - a.w) * -a.dLdw) / (b.dLdw - a.dLdw);
  }
  return undefined;
}

/** The minimum of L(w) on the explored range (from compute's gradient samples). */
export const W_MINIMUM = minimumFromSamples(lossCurveInW(LS_DATA, 0, [W_MIN, W_MAX], 81));

/** The index of the learning rate closest to lr (on a log scale). */
export function lrIndex(lr: number): number {
  let best = 0;
  for (let i = 1; i < LEARNING_RATES.length; i++) {
    const d = Math.abs(Math.log(LEARNING_RATES[i]!) - Math.log(lr));
    if (d < Math.abs(Math.log(LEARNING_RATES[best]!) - Math.log(lr))) best = i;
  }
  return best;
}

/** Snaps a learning rate to the nearest one on offer. */
export function snapLr(lr: number): number {
  return Number.isFinite(lr) && lr > 0 ? LEARNING_RATES[lrIndex(lr)]! : LR_DEFAULT;
}

const W_FIELD: NumberField = {
  kind: 'number',
  label: 'start weight w',
  default: W_DEFAULT,
  min: W_MIN,
  max: W_MAX,
  step: W_STEP,
};

/** Clamps a weight to the slider's range and grid. */
export function clampW(w: number): number {
  return Number.isFinite(w) ? snapToField(W_FIELD, w) : W_DEFAULT;
}

/** The URL schema: w (start), lr, n (steps). */
export const LS_SCHEMA = {
  w: W_FIELD,
  lr: { kind: 'number', label: 'learning rate', default: LR_DEFAULT, min: 0.001, max: 1.5 },
  n: { kind: 'number', label: 'number of steps', default: 0, min: 0, max: MAX_STEPS, step: 1 },
} as const satisfies UrlSchema;

/** Settings → the URL schema's flat shape. */
export function toUrl(s: LossSurfaceSettings): UrlStateOf<typeof LS_SCHEMA> {
  return { w: s.w0, lr: s.lr, n: s.steps };
}

/** Reads the settings from URL parameters `<prefix>…`; malformed values fall back with a notice. */
export function settingsFromUrl(
  params: URLSearchParams,
  prefix: string,
): { settings: LossSurfaceSettings; notices: string[] } {
  const { state, notices } = parseUrlState(LS_SCHEMA, params, prefix);
  const lr = snapLr(state.lr);
  // Steps past where the walk stops are dropped by `descentPath`; keep the count consistent.
  const steps = descentPath(state.w, lr, state.n).steps.length;
  return { settings: { w0: state.w, lr, steps }, notices };
}

/** One step: w ← w − η·∂L/∂w, every number kept for display. */
export interface DescentStep {
  readonly from: number;
  readonly lossFrom: number;
  readonly grad: number;
  readonly to: number;
  readonly lossTo: number;
}

/** The walk: the steps taken, and why no further step is on offer (if so). */
export interface DescentPath {
  readonly start: { w: number; loss: number; slope: number };
  readonly steps: readonly DescentStep[];
  /** 'left' when the last step left [W_MIN, W_MAX]; 'max' after MAX_STEPS steps. */
  readonly stopped: 'left' | 'max' | null;
}

/** Whether w is inside the range the widget explores. */
export function inRange(w: number): boolean {
  return Number.isFinite(w) && w >= W_MIN - 1e-9 && w <= W_MAX + 1e-9;
}

/**
 * Takes `count` steps of SGD (the site's optimizer, torch.optim.SGD's rule) from w0 with learning
 * rate lr, stopping early when a step leaves the explored range.
 */
export function descentPath(w0: number, lr: number, count: number): DescentPath {
  const start = lossAt(w0);
  const steps: DescentStep[] = [];
  const optimizer = createOptimizer('sgd', { lr });
  let here = start;
  const n = Math.max(0, Math.min(MAX_STEPS, Math.floor(count)));
  let stopped: DescentPath['stopped'] = null;
  for (let k = 0; k < n; k++) {
    const to = optimizer.step([here.w], [here.slope])[0]!;
    const next = lossAt(to);
    steps.push({ from: here.w, lossFrom: here.loss, grad: here.slope, to, lossTo: next.loss });
    here = next;
    if (!inRange(to)) {
      stopped = 'left';
      break;
    }
  }
  if (stopped === null && steps.length >= MAX_STEPS) stopped = 'max';
  return { start, steps, stopped };
}

/** The current point of a walk: where the last step landed, or the start. */
export function currentOf(path: DescentPath): { w: number; loss: number; slope: number } {
  const last = path.steps[path.steps.length - 1];
  return last ? lossAt(last.to) : path.start;
}

/** Where one SGD step from `here` with learning rate lr lands, with the loss there. */
export function nextPoint(
  here: { readonly w: number; readonly slope: number },
  lr: number,
): { w: number; loss: number; slope: number } {
  return lossAt(createOptimizer('sgd', { lr }).step([here.w], [here.slope])[0]!);
}

/** The update with the numbers plugged in: 'w ← 1.200 − 0.100 × (−3.456) = 1.546'. */
export function formatUpdate(step: { from: number; grad: number; to: number }, lr: number): string {
  return `w ← ${fmt(step.from, 3)} − ${fmt(lr, 3)} × (${fmt(step.grad, 3)}) = ${fmt(step.to, 3)}`;
}

/** Within this relative change two successive step lengths count as equal. */
const SAME = 1e-3;

/** What the last step did, in words (overshoot, divergence, leaving the range, the minimum). */
export function describeWalk(path: DescentPath, lr: number): string {
  const { steps } = path;
  const last = steps[steps.length - 1];
  if (!last) {
    if (Math.abs(path.start.slope) < 1e-9)
      return 'At the minimum: the gradient is 0, so a step would not move w.';
    return 'Press “Take a step” to move w by −η·∂L/∂w.';
  }
  if (path.stopped === 'left') {
    const grew =
      steps.length >= 2 &&
      Math.abs(last.to - last.from) >
        Math.abs(steps[steps.length - 2]!.to - steps[steps.length - 2]!.from);
    return (
      `Stopped: w = ${fmt(last.to, 3)} is outside the range this widget explores (${W_MIN} to ${W_MAX}). ` +
      (grew || last.lossTo > last.lossFrom
        ? 'Diverging: the step grows each time, because η is too large for this curvature. Lower the learning rate and press “Reset”.'
        : 'Press “Reset” to start again.')
    );
  }
  const here = lossAt(last.to);
  const length = Math.abs(last.to - last.from);
  const nextLength = Math.abs(lr * here.slope);
  const crossed = Math.sign(here.slope) !== 0 && Math.sign(here.slope) !== Math.sign(last.grad);
  const fell = `the loss went from ${fmt(last.lossFrom, 3)} to ${fmt(last.lossTo, 3)}`;
  let text: string;
  if (Math.abs(here.slope) < 1e-6)
    text = `Landed on the minimum: ${fell}, and the gradient is now 0.`;
  else if (!crossed) text = `Downhill without crossing the minimum: ${fell}.`;
  else if (last.lossTo < last.lossFrom)
    text = `Overshot the minimum to the other side, but ${fell}: still converging, in a zig-zag.`;
  else text = `Overshot the minimum by more than the distance it started from: ${fell}.`;
  if (nextLength > length * (1 + SAME)) text += ' Diverging: the step grows each time.';
  else if (crossed && nextLength >= length * (1 - SAME))
    text += ' Bouncing: each step is as long as the last.';
  if (path.stopped === 'max')
    text += ` That is ${MAX_STEPS} steps, the most one walk takes; press “Reset”.`;
  return text;
}
