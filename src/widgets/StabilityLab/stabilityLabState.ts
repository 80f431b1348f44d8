/**
 * State of the StabilityLab widget: one logit x (on a slider whose steps grow with |x|, so 0.1 and
 * 1000 are both reachable), the label y for BCE and the form drawn on the chart; the URL schema;
 * and the view — naive and stable log-sigmoid, BCE and log-softmax in float32 from src/compute,
 * each result classified and put into words. Pure: no DOM, no Preact.
 */

import {
  classifyFloat,
  naiveBce32,
  naiveLogSigmoid32,
  naiveLogSoftmax32,
  stableBce32,
  stableLogSigmoid32,
  stableLogSoftmax32,
} from '~/compute';
import { fmtSig } from '~/lib/format';
import { parseUrlState, type EnumField, type NumberField, type UrlStateOf } from '../kit/urlState';

/** The logit reaches ±LOGIT_LIMIT. */
export const LOGIT_LIMIT = 1000;
/** Step of typed logits and of logits in a link. */
export const LOGIT_STEP = 0.01;

/**
 * The slider's non-negative values: 0 to 10 in steps of 0.1, 10 to 100 in steps of 1, 100 to 1000
 * in steps of 10 (the negative side mirrors it). Every value is a round number.
 */
export const LADDER: readonly number[] = (() => {
  const out: number[] = [];
  for (let i = 0; i < 100; i++) out.push(i / 10);
  for (let v = 10; v < 100; v++) out.push(v);
  for (let v = 100; v <= 1000; v += 10) out.push(v);
  return out;
})();

/** The slider runs over positions −POSITIONS..POSITIONS. */
export const POSITIONS = LADDER.length - 1;

/** The logit at a slider position (the ladder, mirrored for negative positions). */
export function positionToLogit(position: number): number {
  const k = Math.round(Math.min(POSITIONS, Math.max(-POSITIONS, position)));
  const v = LADDER[Math.abs(k)] ?? 0;
  return k < 0 ? -v : v;
}

/** The slider position nearest to a logit. */
export function logitToPosition(x: number): number {
  const a = Math.min(LOGIT_LIMIT, Math.abs(Number.isFinite(x) ? x : 0));
  let lo = 0;
  let hi = POSITIONS;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((LADDER[mid] ?? 0) <= a) lo = mid;
    else hi = mid;
  }
  const k = a - (LADDER[lo] ?? 0) <= (LADDER[hi] ?? 0) - a ? lo : hi;
  return x < 0 ? -k : k;
}

/** Keeps a logit finite and within ±LOGIT_LIMIT, on the LOGIT_STEP grid. */
export function clampLogit(x: number, fallback = 0): number {
  if (!Number.isFinite(x)) return fallback;
  const c = Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, x));
  return Number((Math.round(c / LOGIT_STEP) * LOGIT_STEP).toFixed(2)) || 0;
}

/** The forms the chart can draw. */
export const FORMS = ['log-sigmoid', 'bce', 'log-softmax'] as const;
export type FormId = (typeof FORMS)[number];

/** The widget's settings. */
export interface LabState {
  readonly x: number;
  /** Label of the BCE example, 0 or 1. */
  readonly y: 0 | 1;
  /** Which form the chart draws. */
  readonly form: FormId;
}

/** The default settings. */
export function initialLabState(x = 5): LabState {
  return { x: clampLogit(x, 5), y: 1, form: 'bce' };
}

/** One form evaluated at x: its naive and stable float32 results. */
export interface FormResult {
  readonly id: string;
  /** Chart form this row belongs to. */
  readonly form: FormId;
  /** Plain-text name, e.g. 'log σ(x)'. */
  readonly name: string;
  readonly naive: number;
  readonly stable: number;
}

/** Every form at x (and label y), from src/compute's float32 functions. */
export function evaluateForms(x: number, y: 0 | 1): FormResult[] {
  const naiveLs = naiveLogSoftmax32([x, 0]);
  const stableLs = stableLogSoftmax32([x, 0]);
  return [
    {
      id: 'log-sigmoid',
      form: 'log-sigmoid',
      name: 'log σ(x)',
      naive: naiveLogSigmoid32(x),
      stable: stableLogSigmoid32(x),
    },
    {
      id: 'bce',
      form: 'bce',
      name: `BCE(x, y = ${y})`,
      naive: naiveBce32(x, y),
      stable: stableBce32(x, y),
    },
    {
      id: 'log-softmax-1',
      form: 'log-softmax',
      name: 'log softmax(x, 0)₁',
      naive: naiveLs[0] ?? 0,
      stable: stableLs[0] ?? 0,
    },
    {
      id: 'log-softmax-2',
      form: 'log-softmax',
      name: 'log softmax(x, 0)₂',
      naive: naiveLs[1] ?? 0,
      stable: stableLs[1] ?? 0,
    },
  ];
}

/** The value of a form on the chart at x: log σ, BCE with label y, or log softmax(x, 0)₁. */
export function formValues(form: FormId, x: number, y: 0 | 1): { naive: number; stable: number } {
  if (form === 'log-sigmoid') return { naive: naiveLogSigmoid32(x), stable: stableLogSigmoid32(x) };
  if (form === 'bce') return { naive: naiveBce32(x, y), stable: stableBce32(x, y) };
  return { naive: naiveLogSoftmax32([x, 0])[0] ?? 0, stable: stableLogSoftmax32([x, 0])[0] ?? 0 };
}

/** How a naive result compares with the stable one. */
export type ResultStatus = 'agrees' | 'inaccurate' | 'broken';

/** Relative difference above which a finite naive result counts as inaccurate (float32 rounding is ~6·10⁻⁸). */
export const INACCURATE = 1e-5;

/** A float32 number as text: up to 6 significant figures (trailing zeros dropped), −0 as 0. */
export function formatFloat(v: number): string {
  return fmtSig(v === 0 ? 0 : v, 6)
    .replace(/(\.\d*?)0+(?=×|$)/, '$1')
    .replace(/\.(?=×|$)/, '');
}

/** Why a naive form gave a non-finite value, in words (never the strings NaN or Infinity). */
function brokenWords(row: FormResult, v: number, x: number): string {
  const c = classifyFloat(v);
  if (row.form === 'log-sigmoid') {
    return '−∞ (e^−x overflowed, so σ(x) rounded to 0 and log 0 = −∞)';
  }
  if (row.form === 'bce') {
    if (c === 'NaN')
      return 'not a number (σ(x) rounded to exactly 0 or 1, and 0 × log 0 = 0 × (−∞))';
    return `∞ (σ(x) rounded to exactly ${x > 0 ? 1 : 0}, so the log of 0 appears)`;
  }
  if (c === 'NaN') return 'not a number (e^x overflowed to ∞, and ∞ / ∞ has no value)';
  if (x > 0) return '−∞ (e^x overflowed, so e^0 / ∞ = 0 and log 0 = −∞)';
  return '−∞ (e^x underflowed to 0, and log 0 = −∞)';
}

/** A naive result in words, with its status against the stable one. */
export function describeNaive(row: FormResult, x: number): { text: string; status: ResultStatus } {
  const { naive, stable } = row;
  if (classifyFloat(naive) !== 'finite')
    return { text: brokenWords(row, naive, x), status: 'broken' };
  const diff = Math.abs(naive - stable);
  if (diff > INACCURATE * Math.abs(stable) && diff > 0) {
    const rel = Math.abs(stable) > 0 ? diff / Math.abs(stable) : Infinity;
    const how = rel >= 0.5 ? 'all digits lost' : `off by ${fmtSig(100 * rel, 2)} %`;
    return { text: `${formatFloat(naive)} (${how})`, status: 'inaccurate' };
  }
  return { text: formatFloat(naive), status: 'agrees' };
}

/** A stable result in words (finite for finite x; said in words otherwise). */
export function describeStable(v: number): string {
  return classifyFloat(v) === 'finite' ? formatFloat(v) : 'not a finite number';
}

/** A sampled point of the chart: x and both forms' values (non-finite values kept, the chart drops them). */
export interface LabSample {
  readonly x: number;
  readonly naive: number;
  readonly stable: number;
}

/** A form sampled at every slider value from −1000 to 1000 (561 points). */
export function sampleForm(form: FormId, y: 0 | 1): LabSample[] {
  const out: LabSample[] = [];
  for (let k = -POSITIONS; k <= POSITIONS; k++) {
    const x = positionToLogit(k);
    out.push({ x, ...formValues(form, x, y) });
  }
  return out;
}

/** The x ranges (from the samples) where the naive form is not finite. */
export function brokenRanges(samples: readonly LabSample[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start: number | undefined;
  samples.forEach((s, i) => {
    const bad = classifyFloat(s.naive) !== 'finite';
    if (bad && start === undefined) start = i;
    if ((!bad || i === samples.length - 1) && start !== undefined) {
      const end = bad ? i : i - 1;
      out.push({ from: samples[start]!.x, to: samples[end]!.x });
      start = undefined;
    }
  });
  return out;
}

/** The broken ranges in words, e.g. 'x ≤ −89 and x ≥ 17'. */
export function brokenRangesText(ranges: readonly { from: number; to: number }[]): string {
  const part = (r: { from: number; to: number }) => {
    if (r.from <= -LOGIT_LIMIT && r.to >= LOGIT_LIMIT) return 'every x';
    if (r.from <= -LOGIT_LIMIT) return `x ≤ ${formatFloat(r.to)}`;
    if (r.to >= LOGIT_LIMIT) return `x ≥ ${formatFloat(r.from)}`;
    return `${formatFloat(r.from)} ≤ x ≤ ${formatFloat(r.to)}`;
  };
  return ranges.map(part).join(' and ');
}

/** Plain-text names of the chart's forms, for the menu and the chart's label. */
export const FORM_NAMES: Readonly<Record<FormId, string>> = {
  'log-sigmoid': 'log σ(x)',
  bce: 'BCE(x, y)',
  'log-softmax': 'log softmax(x, 0)₁',
};

/** The URL fields: x, y and the charted form. */
export function labUrlSchema(defaults: LabState) {
  const x: NumberField = {
    kind: 'number',
    label: 'logit',
    default: defaults.x,
    min: -LOGIT_LIMIT,
    max: LOGIT_LIMIT,
    step: LOGIT_STEP,
  };
  const y: EnumField<'0' | '1'> = {
    kind: 'enum',
    label: 'label y',
    values: ['0', '1'],
    default: String(defaults.y) as '0' | '1',
  };
  const form: EnumField<FormId> = {
    kind: 'enum',
    label: 'chart form',
    values: FORMS,
    default: defaults.form,
  };
  return { x, y, form };
}

/** The state flattened for the URL schema. */
export function labToFlat(state: LabState): UrlStateOf<ReturnType<typeof labUrlSchema>> {
  return { x: state.x, y: String(state.y) as '0' | '1', form: state.form };
}

/** Reads the state from the URL; malformed values fall back with a notice, never throws. */
export function labFromUrl(
  params: URLSearchParams,
  prefix: string,
  defaults: LabState,
): { state: LabState; notices: string[] } {
  const { state, notices } = parseUrlState(labUrlSchema(defaults), params, prefix);
  return {
    state: { x: clampLogit(state.x, defaults.x), y: state.y === '0' ? 0 : 1, form: state.form },
    notices,
  };
}
