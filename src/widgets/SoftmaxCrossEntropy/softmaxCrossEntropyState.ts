/**
 * State of the SoftmaxCrossEntropy widget: K logits, the true class, the temperature T and the
 * label smoothing ε; the URL schema; and the view — softmax(z / T), the smoothed target, the loss
 * and gradient from crossEntropy. Pure: no DOM, no Preact.
 */

import { crossEntropy, softmax } from '~/compute';
import { parseUrlState, type NumberField, type UrlSchema, type UrlStateOf } from '../kit/urlState';

/** Fewest and most classes offered. */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 6;

/** The logit sliders span [−10, 10]; the number boxes (and the URL) reach ±LOGIT_LIMIT. */
export const LOGIT_SLIDER = { min: -10, max: 10, step: 0.1 } as const;
export const LOGIT_LIMIT = 1000;
/** Step of typed logits and of logits in a link. */
export const LOGIT_STEP = 0.01;

/** Temperature T and label smoothing ε ranges. */
export const TEMPERATURE = { min: 0.1, max: 5, step: 0.05, default: 1 } as const;
export const SMOOTHING = { min: 0, max: 0.5, step: 0.01, default: 0 } as const;

/** The logits a reader starts from (the first K are used). */
export const DEFAULT_LOGITS: readonly number[] = [2, 0, -1, 0.5, -0.5, 1];

/** The widget's settings. */
export interface SoftmaxState {
  /** Number of classes K, 2 to 6. */
  readonly classes: number;
  /** MAX_CLASSES logits; the first `classes` are used (the rest are kept for when K grows). */
  readonly logits: readonly number[];
  /** Index of the true class, 0-based (shown 1-based). */
  readonly trueClass: number;
  readonly temperature: number;
  readonly smoothing: number;
}

/** Defaults of the widget's props. */
export interface SoftmaxDefaults {
  readonly classes?: number;
  readonly logits?: readonly number[];
  /** 1-based, as shown. */
  readonly trueClass?: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Snaps a value to a grid from `min` in `step`s, within [min, max]. */
function snap(x: number, min: number, max: number, step: number): number {
  const k = Math.round((clamp(x, min, max) - min) / step);
  return clamp(Number((min + k * step).toFixed(6)), min, max);
}

/** A logit kept finite and within ±LOGIT_LIMIT, on the LOGIT_STEP grid. */
export function clampLogit(z: number, fallback = 0): number {
  if (!Number.isFinite(z)) return fallback;
  return snap(z, -LOGIT_LIMIT, LOGIT_LIMIT, LOGIT_STEP);
}

/** The default state for the props. */
export function initialSoftmaxState(defaults: SoftmaxDefaults = {}): SoftmaxState {
  const classes = Math.round(clamp(defaults.classes ?? 3, MIN_CLASSES, MAX_CLASSES));
  const logits = DEFAULT_LOGITS.map((z, i) => clampLogit(defaults.logits?.[i] ?? z, z));
  const trueClass = Math.round(clamp((defaults.trueClass ?? 2) - 1, 0, classes - 1));
  return {
    classes,
    logits,
    trueClass,
    temperature: TEMPERATURE.default,
    smoothing: SMOOTHING.default,
  };
}

/** Sets the number of classes; the true class moves to the last one if it no longer exists. */
export function withClasses(state: SoftmaxState, classes: number): SoftmaxState {
  const k = Math.round(clamp(classes, MIN_CLASSES, MAX_CLASSES));
  return { ...state, classes: k, trueClass: Math.min(state.trueClass, k - 1) };
}

/** Sets logit j (0-based). */
export function withLogit(state: SoftmaxState, j: number, z: number): SoftmaxState {
  const logits = [...state.logits];
  logits[j] = clampLogit(z, state.logits[j] ?? 0);
  return { ...state, logits };
}

/** Sets the temperature, clamped to its range. */
export function withTemperature(state: SoftmaxState, t: number): SoftmaxState {
  if (!Number.isFinite(t)) return state;
  return { ...state, temperature: snap(t, TEMPERATURE.min, TEMPERATURE.max, TEMPERATURE.step) };
}

/** Sets the label smoothing, clamped to its range. */
export function withSmoothing(state: SoftmaxState, eps: number): SoftmaxState {
  if (!Number.isFinite(eps)) return state;
  return { ...state, smoothing: snap(eps, SMOOTHING.min, SMOOTHING.max, SMOOTHING.step) };
}

/** The "extreme logits" preset: +1000 for the first class, −1000 for the true class (or the second). */
export function withExtremeLogits(state: SoftmaxState): SoftmaxState {
  const wrong = state.trueClass === 0 ? 1 : state.trueClass;
  const logits = state.logits.map((_z, j) =>
    j === 0 ? LOGIT_LIMIT : j === wrong ? -LOGIT_LIMIT : 0,
  );
  return { ...state, logits };
}

/**
 * The label-smoothed target ỹ = (1 − ε)·onehot(k) + ε/K. A helper of this widget, since
 * src/compute has no function returning it (crossEntropy applies it internally); the tests check
 * that softmax(z/T) − ỹ equals crossEntropy's gradient.
 */
export function smoothedTarget(classes: number, trueClass: number, smoothing: number): number[] {
  return Array.from(
    { length: classes },
    (_, j) => (j === trueClass ? 1 - smoothing : 0) + smoothing / classes,
  );
}

/** Everything the widget shows, every number from src/compute except ỹ (see smoothedTarget). */
export interface SoftmaxView {
  /** The K logits used. */
  readonly logits: number[];
  /** z / T, the input crossEntropy sees. */
  readonly scaled: number[];
  /** softmax(z / T). */
  readonly probabilities: number[];
  /** ỹ. */
  readonly target: number[];
  /** ∂L/∂(z/T) = p − ỹ, crossEntropy's gradient with respect to its logits input. */
  readonly gradScaled: number[];
  /** ∂L/∂z = (p − ỹ) / T, by the chain rule through z / T. */
  readonly gradLogits: number[];
  /** crossEntropy([z / T], [k], { labelSmoothing: ε }).loss. */
  readonly loss: number;
}

/** The view of a state. */
export function softmaxView(state: SoftmaxState): SoftmaxView {
  const { classes, trueClass, temperature: t, smoothing } = state;
  const logits = state.logits.slice(0, classes);
  const scaled = logits.map((z) => z / t);
  const ce = crossEntropy([scaled], [trueClass], { labelSmoothing: smoothing });
  const gradScaled = ce.grad[0] ?? [];
  return {
    logits,
    scaled,
    probabilities: softmax(logits, t),
    target: smoothedTarget(classes, trueClass, smoothing),
    gradScaled,
    gradLogits: gradScaled.map((g) => g / t),
    loss: ce.loss,
  };
}

/** The URL schema: K, the true class (1-based), the six logits, T and ε. */
export function softmaxUrlSchema(defaults: SoftmaxState) {
  const logit = (j: number): NumberField => ({
    kind: 'number',
    label: `logit z${j + 1}`,
    default: defaults.logits[j] ?? 0,
    min: -LOGIT_LIMIT,
    max: LOGIT_LIMIT,
    step: LOGIT_STEP,
  });
  const schema: Record<string, NumberField> = {
    k: {
      kind: 'number',
      label: 'number of classes',
      default: defaults.classes,
      min: MIN_CLASSES,
      max: MAX_CLASSES,
      step: 1,
    },
    y: {
      kind: 'number',
      label: 'true class',
      default: defaults.trueClass + 1,
      min: 1,
      max: MAX_CLASSES,
      step: 1,
    },
  };
  for (let j = 0; j < MAX_CLASSES; j++) schema[`z${j + 1}`] = logit(j);
  schema['t'] = {
    ...TEMPERATURE,
    kind: 'number',
    label: 'temperature',
    default: defaults.temperature,
  };
  schema['eps'] = {
    ...SMOOTHING,
    kind: 'number',
    label: 'label smoothing',
    default: defaults.smoothing,
  };
  return schema as UrlSchema;
}

/** The state flattened for the URL schema. */
export function softmaxToFlat(state: SoftmaxState): UrlStateOf<UrlSchema> {
  const flat: Record<string, number> = {
    k: state.classes,
    y: state.trueClass + 1,
    t: state.temperature,
    eps: state.smoothing,
  };
  state.logits.forEach((z, j) => (flat[`z${j + 1}`] = z));
  return flat;
}

/** Reads the state from the URL; malformed values fall back with a notice, never throws. */
export function softmaxFromUrl(
  params: URLSearchParams,
  prefix: string,
  defaults: SoftmaxState,
): { state: SoftmaxState; notices: string[] } {
  const { state: flat, notices } = parseUrlState(softmaxUrlSchema(defaults), params, prefix);
  const num = (key: string, fallback: number) => {
    const v = flat[key];
    return typeof v === 'number' ? v : fallback;
  };
  const classes = num('k', defaults.classes);
  let trueClass = num('y', defaults.trueClass + 1) - 1;
  if (trueClass >= classes) {
    notices.push(
      `The link’s true class (${trueClass + 1}) is beyond its ${classes} classes; using class ${classes}.`,
    );
    trueClass = classes - 1;
  }
  return {
    state: {
      classes,
      trueClass,
      logits: defaults.logits.map((z, j) => num(`z${j + 1}`, z)),
      temperature: num('t', defaults.temperature),
      smoothing: num('eps', defaults.smoothing),
    },
    notices,
  };
}
