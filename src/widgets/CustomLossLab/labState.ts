/**
 * State of the CustomLossLab: the variable (r, z or p), the typed formula, the built-in to
 * compare with; compiling and sampling the formula, the checklist (non-negative, zero at a
 * perfect prediction, convex, bounded gradient), training with it, and the URL. Pure: no DOM,
 * no Preact. Every number comes from src/compute (the expression parser and its autodiff, the
 * registry, the data generators, the models and `fit`).
 */

import {
  checkFinite,
  compileExpression,
  findLoss,
  getLoss,
  lossRegistry,
  EXPRESSION_LIMITS,
  type CompiledExpression,
  type ExpressionError,
  type LossEntry,
} from '~/compute';
import { parseUrlState, serializeUrlState, type UrlSchema } from '../kit/urlState';

/** The three variables a formula can be written in. */
export type LabVariable = 'r' | 'z' | 'p';

/** What each variable means, its plotted range and where a perfect prediction sits. */
export interface VariableSpec {
  readonly id: LabVariable;
  /** The registry's `domain.variable` of the built-ins to compare with. */
  readonly registryVariable: 'residual' | 'margin' | 'probability';
  /** Menu label. */
  readonly label: string;
  /** Axis label, e.g. 'Residual r'. */
  readonly axis: string;
  /** One sentence defining the variable. */
  readonly definition: string;
  readonly min: number;
  readonly max: number;
  /** The point where a perfect prediction puts the variable. */
  readonly perfect: number;
  /** Words for that point. */
  readonly perfectWords: string;
  /**
   * How close to 0 the loss must be there: exactly 0 for r and p; for z a loss may only tend to
   * 0 as the margin grows (the logistic loss), so within this tolerance at z = 3 counts.
   */
  readonly perfectTolerance: number;
  /** The built-in compared by default. */
  readonly defaultCompare: string;
  /** What "Train with it" fits, in words. */
  readonly trainWords: string;
}

/** The variables, in menu order. */
export const VARIABLES: readonly VariableSpec[] = [
  {
    id: 'r',
    registryVariable: 'residual',
    label: 'Residual r = ŷ − y',
    axis: 'Residual r',
    definition:
      'r = ŷ − y, the prediction minus the target: r > 0 over-predicts, r < 0 under-predicts.',
    min: -6,
    max: 6,
    perfect: 0,
    perfectWords: 'r = 0 (the prediction equals the target)',
    perfectTolerance: 1e-9,
    defaultCompare: 'mse',
    trainWords:
      'a line ŷ = w·x + b on 20 points about y = 2x with 3 outliers moved up by 10, against the MSE fit',
  },
  {
    id: 'z',
    registryVariable: 'margin',
    label: 'Margin z = y·s',
    axis: 'Margin z',
    definition:
      'z = y·s, the label (±1) times the score: z > 0 is a correct side, larger z a more confident one.',
    min: -3,
    max: 3,
    perfect: 3,
    perfectWords: 'z = 3 (a confident, correct prediction, the right edge)',
    perfectTolerance: 0.05,
    defaultCompare: 'hinge',
    trainWords:
      'a linear classifier on two Gaussian blobs (60 points), against the logistic-loss fit',
  },
  {
    id: 'p',
    registryVariable: 'probability',
    label: 'Probability p of the true class',
    axis: 'Probability p',
    definition: 'p = σ(y·s), the probability the model gives to the true class.',
    min: 0.01,
    max: 1,
    perfect: 1,
    perfectWords: 'p = 1 (all probability on the true class)',
    perfectTolerance: 1e-9,
    defaultCompare: 'bce',
    trainWords:
      'a linear classifier on two Gaussian blobs (60 points), against the binary cross-entropy fit',
  },
];

/** The spec of a variable. */
export function variableSpec(id: LabVariable): VariableSpec {
  return VARIABLES.find((v) => v.id === id) ?? VARIABLES[0]!;
}

/** A preset formula. */
export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly variable: LabVariable;
  readonly formula: string;
  /** Which built-in it is best compared with. */
  readonly compare: string;
  /** One sentence on what it is, with its sign convention. */
  readonly note: string;
}

/** Tukey's biweight constant (95 % efficiency under Gaussian noise). */
const TUKEY_C = 4.685;

/** The presets, in menu order; the first is the default. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'asymmetric',
    label: 'Asymmetric squared loss',
    variable: 'r',
    formula: '2*max(r, 0)^2 + max(-r, 0)^2',
    compare: 'mse',
    note: 'Over-predicting (r > 0) costs twice as much as under-predicting, so the fit sits below the mean.',
  },
  {
    id: 'tukey',
    label: 'Tukey’s biweight (c = 4.685)',
    variable: 'r',
    formula: `${TUKEY_C}^2/6 * (1 - (1 - (min(abs(r), ${TUKEY_C})/${TUKEY_C})^2)^3)`,
    compare: 'huber',
    note: 'Flat at c²/6 beyond |r| = c: a far outlier exerts no pull at all (and the loss is not convex).',
  },
  {
    id: 'pinball',
    label: 'Pinball loss, τ = 0.9',
    variable: 'r',
    formula: 'max(-0.9*r, 0.1*r)',
    compare: 'quantile',
    note: 'With r = ŷ − y, under-predicting (r < 0) costs 0.9 per unit and over-predicting 0.1, so the fit estimates the 90th percentile. Written in e = y − ŷ it reads max(0.9·e, −0.1·e).',
  },
  {
    id: 'smooth-hinge',
    label: 'Smoothed hinge (softplus)',
    variable: 'z',
    formula: 'softplus(4*(1 - z))/4',
    compare: 'hinge',
    note: 'A soft version of max(0, 1 − z): differentiable everywhere, tending to the hinge as the 4 grows.',
  },
  {
    id: 'focal-like',
    label: 'Focal-style −(1 − p)²·log p',
    variable: 'p',
    formula: '-(1 - p)^2 * log(p)',
    compare: 'bce',
    note: 'Cross-entropy scaled down where the model is already right (p near 1), as the focal loss does with γ = 2.',
  },
];

/** Id of the "no preset" menu entry (the formula was typed). */
export const CUSTOM_PRESET = 'custom';

/** The lab's settings. */
export interface LabState {
  readonly variable: LabVariable;
  /** The formula in the text box, as typed. */
  readonly formula: string;
  /** Registry id of the built-in shown beside it. */
  readonly compare: string;
}

/** The default state: the first preset. */
export function initialLabState(): LabState {
  const p = PRESETS[0]!;
  return { variable: p.variable, formula: p.formula, compare: p.compare };
}

/** The preset whose variable and formula the state has, or CUSTOM_PRESET. */
export function presetOf(state: LabState): string {
  return (
    PRESETS.find((p) => p.variable === state.variable && p.formula === state.formula)?.id ??
    CUSTOM_PRESET
  );
}

/** The registry losses of a variable, for the "Compare with" menu (kl-div reads another p). */
export function compareLosses(variable: LabVariable): LossEntry[] {
  const v = variableSpec(variable).registryVariable;
  return lossRegistry.filter((e) => e.domain.variable === v && e.id !== 'kl-div');
}

/** The built-in compared with, for a variable: `id` if it reads that variable, else the default. */
export function compareEntry(variable: LabVariable, id: string): LossEntry {
  const ok = compareLosses(variable).find((e) => e.id === id);
  return ok ?? getLoss(variableSpec(variable).defaultCompare);
}

/** The outcome of compiling a typed formula: never throws, whatever the text. */
export type Compiled =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly error: ExpressionError };

/** Compiles a formula in one variable; any failure (even an unexpected throw) is an error. */
export function compileFormula(formula: string, variable: LabVariable): Compiled {
  try {
    if (formula.length > EXPRESSION_LIMITS.maxLength) {
      return {
        ok: false,
        error: {
          message: `The formula is longer than ${EXPRESSION_LIMITS.maxLength} characters`,
          index: EXPRESSION_LIMITS.maxLength,
        },
      };
    }
    return compileExpression(formula, [variable]);
  } catch (e) {
    return {
      ok: false,
      error: { message: `The formula could not be read (${String(e)})`, index: 0 },
    };
  }
}

/** Number of samples of each curve. */
export const LAB_SAMPLES = 201;

/** One sample: the variable, the loss and its derivative there (either may be non-finite). */
export interface LabSample {
  readonly u: number;
  readonly value: number;
  readonly derivative: number;
}

/** `n` evenly spaced points over [min, max], both ends included. */
export function labGrid(spec: VariableSpec, n = LAB_SAMPLES): number[] {
  return Array.from({ length: n }, (_, i) => spec.min + ((spec.max - spec.min) * i) / (n - 1));
}

/** Value and autodiff derivative of the formula at every grid point; a throw becomes NaN. */
export function sampleFormula(expression: CompiledExpression, spec: VariableSpec): LabSample[] {
  const name = spec.id;
  return labGrid(spec).map((u) => {
    const vars = { [name]: u };
    let value = Number.NaN;
    let derivative = Number.NaN;
    try {
      value = expression.evaluate(vars);
      derivative = expression.derivative(vars, name);
    } catch {
      // Left NaN: reported in words and skipped in the plot.
    }
    return { u, value, derivative };
  });
}

/** The registry loss (default parameters) and its derivative on the same grid. */
export function sampleBuiltin(entry: LossEntry, spec: VariableSpec): LabSample[] {
  return labGrid(spec).map((u) => ({ u, value: entry.value(u), derivative: entry.derivative(u) }));
}

/** One line of the checklist. */
export interface Check {
  readonly id: 'nonNegative' | 'zeroAtPerfect' | 'convex' | 'boundedGradient';
  readonly label: string;
  readonly pass: boolean;
  /** Why, in words, with the numbers. */
  readonly reason: string;
}

/** Above this max |ℓ′| on the plotted range the gradient does not count as bounded. */
export const GRADIENT_LIMIT = 10;
/** A second difference may dip this far (× max(1, loss range)) below 0 and still count as convex. */
export const CONVEX_TOLERANCE = 1e-6;

const num = (x: number): string => {
  if (x === 0) return '0';
  const a = Math.abs(x);
  const s = a >= 1e-3 && a < 1e6 ? String(Number(a.toPrecision(4))) : a.toExponential(2);
  return (x < 0 ? '−' : '') + s;
};

/** The checklist over the finite samples of a formula, each with a reason in words. */
export function checklist(samples: readonly LabSample[], spec: VariableSpec): Check[] {
  const name = spec.id;
  const finite = samples.filter((s) => Number.isFinite(s.value) && Number.isFinite(s.derivative));
  const few = finite.length < 3;
  const tooFew = 'too few points of the range have a finite value to judge';
  // Non-negative.
  let lowest = finite[0];
  for (const s of finite) if (lowest === undefined || s.value < lowest.value) lowest = s;
  const nonNegative: Check =
    few || lowest === undefined
      ? { id: 'nonNegative', label: 'Non-negative', pass: false, reason: tooFew }
      : lowest.value >= -1e-12
        ? {
            id: 'nonNegative',
            label: 'Non-negative',
            pass: true,
            reason: `the smallest value on the range is ${num(lowest.value)} (at ${name} = ${num(lowest.u)}).`,
          }
        : {
            id: 'nonNegative',
            label: 'Non-negative',
            pass: false,
            reason: `it goes down to ${num(lowest.value)} at ${name} = ${num(lowest.u)}.`,
          };

  // Zero at a perfect prediction: the sample nearest the perfect point.
  let nearest = samples[0];
  for (const s of samples) {
    if (nearest === undefined || Math.abs(s.u - spec.perfect) < Math.abs(nearest.u - spec.perfect))
      nearest = s;
  }
  let zeroAtPerfect: Check;
  if (nearest === undefined || !Number.isFinite(nearest.value)) {
    zeroAtPerfect = {
      id: 'zeroAtPerfect',
      label: 'Zero at a perfect prediction',
      pass: false,
      reason: `at ${spec.perfectWords} the loss is ${checkFinite(nearest?.value ?? Number.NaN).finite ? '' : 'not a finite number'}.`,
    };
  } else {
    const v = nearest.value;
    const exact = Math.abs(v) <= 1e-9;
    const pass = Math.abs(v) <= spec.perfectTolerance;
    zeroAtPerfect = {
      id: 'zeroAtPerfect',
      label: 'Zero at a perfect prediction',
      pass,
      reason: exact
        ? `ℓ = 0 at ${spec.perfectWords}.`
        : pass
          ? `ℓ = ${num(v)} at ${spec.perfectWords}, within the ${spec.perfectTolerance} tolerance: it tends to 0.`
          : `ℓ = ${num(v)} at ${spec.perfectWords}, not 0${spec.perfectTolerance > 1e-9 ? ` (tolerance ${spec.perfectTolerance})` : ''}.`,
    };
  }

  // Convex: second differences on the grid.
  let range = 0;
  for (const s of finite) range = Math.max(range, Math.abs(s.value));
  const tol = CONVEX_TOLERANCE * Math.max(1, range);
  let worst: { u: number; d2: number } | undefined;
  let triples = 0;
  for (let i = 1; i + 1 < samples.length; i++) {
    const a = samples[i - 1]!.value;
    const b = samples[i]!.value;
    const c = samples[i + 1]!.value;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) continue;
    const d2 = a - 2 * b + c;
    // Near ±1e308 the difference itself overflows; such a triple says nothing either way.
    if (!Number.isFinite(d2)) continue;
    triples++;
    if (worst === undefined || d2 < worst.d2) worst = { u: samples[i]!.u, d2 };
  }
  const convex: Check =
    worst === undefined || triples < 1
      ? { id: 'convex', label: 'Convex', pass: false, reason: tooFew }
      : worst.d2 >= -tol
        ? {
            id: 'convex',
            label: 'Convex',
            pass: true,
            reason: `every second difference on the grid is ≥ −${num(tol)} (the smallest is ${num(worst.d2)}): it never bends down.`,
          }
        : {
            id: 'convex',
            label: 'Convex',
            pass: false,
            reason: `it bends down near ${name} = ${num(worst.u)} (second difference ${num(worst.d2)}): a loss can then have several basins.`,
          };

  // Bounded gradient: max |ℓ′| below the limit, and not growing toward the edges.
  let maxSlope: LabSample | undefined;
  let innerMax = 0;
  const mid = (spec.min + spec.max) / 2;
  const quarter = (spec.max - spec.min) / 4;
  for (const s of finite) {
    const a = Math.abs(s.derivative);
    if (maxSlope === undefined || a > Math.abs(maxSlope.derivative)) maxSlope = s;
    if (Math.abs(s.u - mid) <= quarter) innerMax = Math.max(innerMax, a);
  }
  const edges = [finite[0], finite[finite.length - 1]].filter(
    (s): s is LabSample => s !== undefined,
  );
  const edgeMax = Math.max(0, ...edges.map((s) => Math.abs(s.derivative)));
  const growing = edgeMax > 1.05 * innerMax + 1e-9;
  let boundedGradient: Check;
  if (few || maxSlope === undefined) {
    boundedGradient = {
      id: 'boundedGradient',
      label: 'Bounded gradient',
      pass: false,
      reason: tooFew,
    };
  } else {
    const top = Math.abs(maxSlope.derivative);
    const where = `max |ℓ′| = ${num(top)} at ${name} = ${num(maxSlope.u)}`;
    boundedGradient =
      top > GRADIENT_LIMIT
        ? {
            id: 'boundedGradient',
            label: 'Bounded gradient',
            pass: false,
            reason: `${where}, above the limit ${GRADIENT_LIMIT}: a far point pulls hard.`,
          }
        : growing
          ? {
              id: 'boundedGradient',
              label: 'Bounded gradient',
              pass: false,
              reason: `${where} (under ${GRADIENT_LIMIT}), but |ℓ′| still grows toward the edges (${num(edgeMax)} there against ${num(innerMax)} in the middle half), so it is unbounded beyond the range.`,
            }
          : {
              id: 'boundedGradient',
              label: 'Bounded gradient',
              pass: true,
              reason: `${where}, under the limit ${GRADIENT_LIMIT}, and it does not grow toward the edges.`,
            };
  }
  return [nonNegative, zeroAtPerfect, convex, boundedGradient];
}

/** Words on the samples that are not finite numbers (left out of the plot), or ''. */
export function nonFiniteNote(samples: readonly LabSample[], spec: VariableSpec): string {
  const bad = samples.filter((s) => !Number.isFinite(s.value) || !Number.isFinite(s.derivative));
  if (bad.length === 0) return '';
  const first = bad[0]!;
  const what = checkFinite(Number.isFinite(first.value) ? first.derivative : first.value);
  const which = Number.isFinite(first.value) ? 'its derivative' : 'the loss';
  const why = what.finite ? 'not finite' : what.message;
  return `At ${bad.length} of ${samples.length} points ${which} is ${why} (first at ${spec.id} = ${num(first.u)}); they are left out of the plot and of the checks.`;
}

/** Whether at least two samples have a finite value (something to draw). */
export function hasCurve(samples: readonly LabSample[]): boolean {
  let n = 0;
  for (const s of samples) if (Number.isFinite(s.value) && ++n >= 2) return true;
  return false;
}

/** Everything the lab shows for a formula that compiled and has a curve. */
export interface LabView {
  readonly state: LabState;
  readonly expression: CompiledExpression;
  readonly samples: LabSample[];
  readonly builtin: LabSample[];
  readonly compare: LossEntry;
  readonly checks: Check[];
  readonly note: string;
}

/**
 * The view of a state, or the error to show: a parse error, or a formula that is not finite
 * anywhere on the range (then the last good view stays on screen).
 */
export function computeView(
  state: LabState,
): { ok: true; view: LabView } | { ok: false; error: ExpressionError; parse: boolean } {
  const spec = variableSpec(state.variable);
  const compiled = compileFormula(state.formula, state.variable);
  if (!compiled.ok) return { ok: false, error: compiled.error, parse: true };
  const samples = sampleFormula(compiled.expression, spec);
  if (!hasCurve(samples)) {
    return {
      ok: false,
      parse: false,
      error: {
        message: `The loss is not a finite number anywhere on ${num(spec.min)} ≤ ${spec.id} ≤ ${num(spec.max)}`,
        index: 0,
      },
    };
  }
  const compare = compareEntry(state.variable, state.compare);
  return {
    ok: true,
    view: {
      state,
      expression: compiled.expression,
      samples,
      builtin: sampleBuiltin(compare, spec),
      compare,
      checks: checklist(samples, spec),
      note: nonFiniteNote(samples, spec),
    },
  };
}

// URL: the variable and the built-in through the kit's schema; the formula by hand, since it is
// free text longer than the kit's 40 characters.

/** Longest formula read from or written to a link. */
export const MAX_URL_FORMULA = 200;

/** The URL schema of the enumerated settings. */
export function labUrlSchema(variable: LabVariable) {
  const spec = variableSpec(variable);
  return {
    v: {
      kind: 'enum',
      label: 'variable',
      values: VARIABLES.map((v) => v.id),
      default: 'r',
    },
    cmp: {
      kind: 'enum',
      label: 'built-in to compare with',
      values: compareLosses(variable).map((e) => e.id),
      default: spec.defaultCompare,
    },
  } as const satisfies UrlSchema;
}

/** Reads the lab's state from `<prefix>v`, `<prefix>cmp` and `<prefix>f`; never throws. */
export function labStateFromUrl(
  params: URLSearchParams,
  prefix: string,
): { state: LabState; notices: string[] } {
  const first = parseUrlState({ v: labUrlSchema('r').v }, params, prefix);
  const variable = first.state.v as LabVariable;
  const parsed = parseUrlState(labUrlSchema(variable), params, prefix);
  const notices = [...parsed.notices];
  const defaults = initialLabState();
  const preset = PRESETS.find((p) => p.variable === variable);
  let formula = variable === defaults.variable ? defaults.formula : (preset?.formula ?? variable);
  const raw = params.get(`${prefix}f`);
  if (raw !== null) {
    if (raw.length > MAX_URL_FORMULA) {
      notices.push(
        `The link’s formula is longer than ${MAX_URL_FORMULA} characters; using the default.`,
      );
    } else {
      const compiled = compileFormula(raw, variable);
      if (compiled.ok) formula = raw;
      else {
        const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
        notices.push(
          `The link’s formula “${shown.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?')}” could not be read (${compiled.error.message}); using the default.`,
        );
      }
    }
  }
  const cmp = parsed.state.cmp;
  return {
    state: {
      variable,
      formula,
      compare: compareEntry(variable, typeof cmp === 'string' ? cmp : '').id,
    },
    notices,
  };
}

/** The state's non-default settings as URL parameters, other parameters of `base` kept. */
export function labStateToUrl(
  state: LabState,
  prefix: string,
  base?: URLSearchParams,
): URLSearchParams {
  const schema = labUrlSchema(state.variable);
  const out = serializeUrlState(schema, { v: state.variable, cmp: state.compare }, prefix, base);
  out.delete(`${prefix}f`);
  const defaults = initialLabState();
  const isDefault = state.variable === defaults.variable && state.formula === defaults.formula;
  if (!isDefault && state.formula.length <= MAX_URL_FORMULA) out.set(`${prefix}f`, state.formula);
  return out;
}

/** The page's URL with the lab's state written in (what "Copy link" copies). */
export function labUrl(href: string, state: LabState, prefix: string): string {
  const url = new URL(href);
  const search = labStateToUrl(state, prefix, url.searchParams).toString();
  url.search = search === '' ? '' : `?${search}`;
  return url.toString();
}

/** Switches the variable: the first preset in it, and its default built-in. */
export function withVariable(state: LabState, variable: LabVariable): LabState {
  if (variable === state.variable) return state;
  const preset = PRESETS.find((p) => p.variable === variable);
  return {
    variable,
    formula: preset?.formula ?? variable,
    compare: preset?.compare ?? variableSpec(variable).defaultCompare,
  };
}

/** Applies a preset (its variable, formula and built-in). */
export function withPreset(state: LabState, presetId: string): LabState {
  const p = PRESETS.find((x) => x.id === presetId);
  return p ? { variable: p.variable, formula: p.formula, compare: p.compare } : state;
}

/** The registry's name of a loss id, for messages. */
export function lossName(id: string): string {
  return findLoss(id)?.name ?? id;
}
