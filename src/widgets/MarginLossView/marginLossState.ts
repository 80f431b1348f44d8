/**
 * State of the MarginLossView: the margin z and whether the base-2 logistic loss is shown; the
 * URL schema; and the view (curves, the table of values and derivatives, the region, the
 * upper-bound checks) computed from the loss registry. Pure: no DOM, no Preact.
 */

import { evaluateLossCurve, getLoss, type LossEntry } from '~/compute';
import { fmt, fmtSig } from '~/lib/format';
import type { MarginBand, MarginCurve } from '~/charts/marginLossChart';
import {
  parseUrlState,
  snapToField,
  type BooleanField,
  type NumberField,
  type UrlStateOf,
} from '../kit/urlState';

/** The registry losses shown, in the order of the table: the 0/1 loss first. */
export const MARGIN_LOSS_IDS = [
  'zero-one',
  'hinge',
  'squared-hinge',
  'logistic',
  'exponential',
] as const;

/** Id of the extra row and curve: the logistic loss in base-2 logarithms. */
export const LOGISTIC_BASE2 = 'logistic-base2';

/** The widget's settings. */
export interface MarginLossState {
  readonly z: number;
  readonly base2: boolean;
}

const zeroOne = getLoss('zero-one');
const logistic = getLoss('logistic');
const entries: readonly LossEntry[] = MARGIN_LOSS_IDS.map((id) => getLoss(id));

/** The "Margin z" field: the registry's margin domain on a 0.01 grid. */
export const Z_FIELD: NumberField = {
  kind: 'number',
  label: zeroOne.domain.label,
  default: zeroOne.domain.initial,
  min: zeroOne.domain.min,
  max: zeroOne.domain.max,
  step: 0.01,
};

/** The URL schema: `<id>.z` and `<id>.base2`. */
export const MARGIN_URL_SCHEMA = {
  z: Z_FIELD,
  base2: {
    kind: 'boolean',
    label: '“Show base-2 logistic” setting',
    default: false,
  } as BooleanField,
} as const;

/** The default state. */
export const initialMarginState: MarginLossState = { z: Z_FIELD.default, base2: false };

/** Clamps z to the slider's range and snaps it to its grid; a non-finite z gives the default. */
export function clampZ(z: number): number {
  return Number.isFinite(z) ? snapToField(Z_FIELD, z) : Z_FIELD.default;
}

/** Reads the state from `<prefix>z` and `<prefix>base2`; malformed values fall back with notices. */
export function marginStateFromUrl(
  params: URLSearchParams,
  prefix: string,
): { state: MarginLossState; notices: string[] } {
  const { state, notices } = parseUrlState(MARGIN_URL_SCHEMA, params, prefix);
  return { state: { z: state.z, base2: state.base2 }, notices };
}

/** The state in the URL schema's shape. */
export function marginUrlFlat(state: MarginLossState): UrlStateOf<typeof MARGIN_URL_SCHEMA> {
  return { z: state.z, base2: state.base2 };
}

/**
 * The logistic loss in base-2 logarithms, log₂(1 + e^(−z)) = log(1 + e^(−z)) / ln 2, and its
 * derivative. The registry has the natural-log loss only; dividing its numbers by ln 2 is the
 * whole change (a small helper here, since `src/compute` has no base-2 entry).
 */
export function logisticBase2(z: number): { value: number; derivative: number } {
  return { value: logistic.value(z) / Math.LN2, derivative: logistic.derivative(z) / Math.LN2 };
}

/** The three regions of the margin axis. */
export type MarginRegionId = 'wrong-side' | 'inside-margin' | 'confident';

/** A region: its id, its name (as the chart and the key show it) and its z interval [from, to). */
export interface MarginRegion {
  readonly id: MarginRegionId;
  readonly name: string;
  readonly range: string;
  readonly from: number;
  readonly to: number;
  readonly fill: string;
}

/** The regions left to right: z < 0, 0 ≤ z < 1, z ≥ 1. */
export const MARGIN_REGIONS: readonly MarginRegion[] = [
  {
    id: 'wrong-side',
    name: 'wrong side',
    range: 'z < 0',
    from: -Infinity,
    to: 0,
    fill: 'var(--bad-soft)',
  },
  {
    id: 'inside-margin',
    name: 'inside the margin',
    range: '0 ≤ z < 1',
    from: 0,
    to: 1,
    fill: 'var(--warn-soft)',
  },
  {
    id: 'confident',
    name: 'confident and correct',
    range: 'z ≥ 1',
    from: 1,
    to: Infinity,
    fill: 'var(--good-soft)',
  },
];

/** The region z lies in. */
export function marginRegion(z: number): MarginRegion {
  return MARGIN_REGIONS.find((r) => z >= r.from && z < r.to) ?? MARGIN_REGIONS[2]!;
}

/** The regions as chart bands. */
export function marginBands(): MarginBand[] {
  return MARGIN_REGIONS.map((r) => ({ from: r.from, to: r.to, label: r.name, fill: r.fill }));
}

/** The region in words, for the current z. */
export function regionText(z: number): string {
  const region = marginRegion(z);
  if (region.id === 'wrong-side') {
    return 'Wrong side (z < 0): the score has the wrong sign, so this example is misclassified and the 0/1 loss counts 1.';
  }
  if (region.id === 'inside-margin') {
    if (z === 0) {
      return 'Inside the margin, exactly on the decision boundary (z = 0): a tie, which the 0/1 loss counts as a mistake, so a surrogate bounds it here only if it charges at least 1.';
    }
    return 'Inside the margin (0 ≤ z < 1): the sign is right, so the 0/1 loss is 0, but the score is not yet confident; the hinge still charges 1 − z.';
  }
  return 'Confident and correct (z ≥ 1): right sign with room to spare; the hinge and squared hinge are 0, and only the logistic and exponential losses still push, gently.';
}

/** A curve per loss shown, sampled over the margin domain from the registry. */
export function marginCurves(base2: boolean, samples = 241): MarginCurve[] {
  const curves: MarginCurve[] = entries.map((entry) => ({
    id: entry.id,
    points: evaluateLossCurve(entry, {}, samples).map((p) => ({ u: p.u, value: p.value })),
    ...(entry.id === 'zero-one' && { step: true }),
  }));
  if (base2) {
    curves.push({
      id: LOGISTIC_BASE2,
      points: evaluateLossCurve(logistic, {}, samples).map((p) => ({
        u: p.u,
        value: logisticBase2(p.u).value,
      })),
    });
  }
  return curves;
}

/** Tolerance of the bound check, so that log₂(1 + e⁰) = 1 counts as ≥ 1 whatever the rounding. */
export const BOUND_TOLERANCE = 1e-12;

/** One row of the table: a loss, its value and derivative at z, and the bound check. */
export interface MarginRow {
  readonly id: string;
  readonly name: string;
  /** Short name for the table, e.g. 'Hinge'. */
  readonly shortName: string;
  readonly value: number;
  readonly derivative: number;
  /** ℓ(z) ≥ 1[z ≤ 0] at this z; null for the 0/1 loss itself. */
  readonly bounds: boolean | null;
}

/** The table at z: every loss from the registry, plus the base-2 logistic when asked for. */
export function marginRows(z: number, base2: boolean): MarginRow[] {
  const step = zeroOne.value(z);
  const rows: MarginRow[] = entries.map((entry) => {
    const value = entry.value(z);
    return {
      id: entry.id,
      name: entry.name,
      shortName: entry.id === 'logistic' ? 'Logistic, natural log' : entry.shortName,
      value,
      derivative: entry.derivative(z),
      bounds: entry.id === 'zero-one' ? null : value >= step - BOUND_TOLERANCE,
    };
  });
  if (base2) {
    const b2 = logisticBase2(z);
    const at = rows.findIndex((r) => r.id === 'logistic');
    rows.splice(at + 1, 0, {
      id: LOGISTIC_BASE2,
      name: 'Logistic loss, base 2',
      shortName: 'Logistic, base 2',
      value: b2.value,
      derivative: b2.derivative,
      bounds: b2.value >= step - BOUND_TOLERANCE,
    });
  }
  return rows;
}

/** The bound check at z in one sentence. */
export function boundSummary(z: number, rows: readonly MarginRow[]): string {
  const step = zeroOne.value(z);
  const failing = rows.filter((r) => r.bounds === false);
  if (failing.length === 0) {
    return step === 1
      ? 'Every surrogate shown is at least 1 here, so each one bounds the 0/1 loss at this z.'
      : 'The 0/1 loss is 0 here, so every surrogate (all are non-negative) bounds it at this z.';
  }
  const list = failing.map((r) => `${r.name.toLowerCase()} (${fmtSig(r.value, 3)})`).join(', ');
  const natural = failing.some((r) => r.id === 'logistic');
  return natural
    ? `The ${list} is below 1 here, so it does not bound the 0/1 loss at this z. With natural logarithms it is ln 2 ≈ ${fmt(logistic.value(0), 3)} at z = 0; in base 2 (divided by ln 2) it is 1 there and bounds the 0/1 loss everywhere.`
    : `Below the 0/1 loss here: ${list}.`;
}
