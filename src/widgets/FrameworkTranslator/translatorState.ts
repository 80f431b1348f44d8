/**
 * State of the FrameworkTranslator: a loss, a framework, a reduction, a small batch typed as text,
 * and the common mistakes. Pure: parses the batch, computes every convention's value with the
 * batch losses of src/compute (per element, then reduced as each framework reduces), and builds
 * the framework call from the registry's `frameworks` fields. No DOM, no Preact.
 */

import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  getLoss,
  hingeLoss,
  huberLoss,
  klDiv,
  l1Loss,
  logSoftmax,
  mseLoss,
  sigmoid,
  smoothL1Loss,
  softmax,
  type LossEntry,
} from '~/compute';
import { parseUrlState, serializeUrlState, type UrlSchema } from '../kit/urlState';

export type Framework = 'pytorch' | 'keras' | 'optax';
export type Reduction = 'mean' | 'sum' | 'none' | 'batchmean' | 'sum_over_batch_size';
export type Mistake =
  'softmax' | 'klProbs' | 'fromLogits' | 'sigmoidTwice' | 'swapHuber' | 'l2Loss';

/** The losses on offer, in menu order. */
export const TRANSLATOR_LOSSES = [
  'mse',
  'mae',
  'huber',
  'smooth-l1',
  'bce',
  'bce-with-logits',
  'hinge',
  'cross-entropy',
  'kl-div',
] as const;
export type TranslatorLoss = (typeof TRANSLATOR_LOSSES)[number];

export const FRAMEWORKS: readonly { id: Framework; label: string }[] = [
  { id: 'pytorch', label: 'PyTorch' },
  { id: 'keras', label: 'Keras' },
  { id: 'optax', label: 'Optax' },
];

/** Keras clips probabilities to [ε, 1 − ε] with this ε (registry note on BinaryCrossentropy). */
export const KERAS_EPSILON = 1e-7;

/** The translator's settings. */
export interface TranslatorState {
  readonly loss: TranslatorLoss;
  readonly framework: Framework;
  readonly reduction: Reduction;
  /** Huber's δ or smooth L1's β. */
  readonly param: number;
  readonly predictions: string;
  readonly targets: string;
  readonly mistakes: readonly Mistake[];
}

/** What the "Predictions" box holds for a loss, in words. */
export function predictionsHint(loss: TranslatorLoss): string {
  switch (loss) {
    case 'bce':
      return 'probabilities in [0, 1]';
    case 'bce-with-logits':
      return 'logits (any real number)';
    case 'hinge':
      return 'scores (any real number)';
    case 'cross-entropy':
    case 'kl-div':
      return 'one row of logits per example';
    default:
      return 'predictions ŷ';
  }
}

/** What the "Targets" box holds for a loss, in words. */
export function targetsHint(loss: TranslatorLoss): string {
  switch (loss) {
    case 'bce':
    case 'bce-with-logits':
      return 'labels in [0, 1], the same shape';
    case 'hinge':
      return 'labels −1 or +1, the same shape';
    case 'cross-entropy':
      return 'one class index per row (0, 1, …)';
    case 'kl-div':
      return 'one row of target probabilities per example, each summing to 1';
    default:
      return 'targets y, the same shape';
  }
}

/** A batch to start from, per loss (the regression one is the chapter's worked example). */
export const DEFAULT_BATCH: Readonly<Record<TranslatorLoss, { p: string; t: string }>> = {
  mse: { p: '1.5, 2, 0.5; 3, 2, 4', t: '1, 2, 1; 2, 2, 2' },
  mae: { p: '1.5, 2, 0.5; 3, 2, 4', t: '1, 2, 1; 2, 2, 2' },
  huber: { p: '3, 0.5; 1.5, -2', t: '0, 0; 1, 0' },
  'smooth-l1': { p: '3, 0.5; 1.5, -2', t: '0, 0; 1, 0' },
  bce: { p: '0.9, 0.2; 0.6, 0.05', t: '1, 0; 1, 1' },
  'bce-with-logits': { p: '2.5, -1; 0.4, -2.5', t: '1, 0; 1, 1' },
  hinge: { p: '0.8, -2; 1.5, 0.3', t: '1, -1; -1, 1' },
  'cross-entropy': { p: '2, 0, -1; 0.5, 1.5, 0.2', t: '0, 1' },
  'kl-div': { p: '2, 0, -1; 0, 1, 0', t: '0.7, 0.2, 0.1; 0.2, 0.5, 0.3' },
};

/** The reductions a framework offers for a loss, the default first. */
export function reductionsFor(loss: TranslatorLoss, framework: Framework): Reduction[] {
  if (framework === 'keras') return ['sum_over_batch_size', 'sum'];
  if (framework === 'pytorch' && loss === 'kl-div') return ['mean', 'batchmean', 'sum', 'none'];
  return ['mean', 'sum', 'none'];
}

/** How a reduction is spelled in a framework. */
export function reductionLabel(r: Reduction, framework: Framework): string {
  if (framework === 'optax') {
    if (r === 'mean') return '.mean() (you call it)';
    if (r === 'sum') return '.sum() (you call it)';
    return 'none: the values as returned';
  }
  if (r === 'none') return "'none' (unreduced)";
  return `'${r}'`;
}

/** The mistakes that apply to a loss in a framework. */
export function mistakesFor(loss: TranslatorLoss, framework: Framework): Mistake[] {
  switch (loss) {
    case 'cross-entropy':
      return ['softmax'];
    case 'kl-div':
      return framework === 'keras' ? [] : ['klProbs'];
    case 'bce':
      return framework === 'keras' ? ['fromLogits'] : [];
    case 'bce-with-logits':
      return framework === 'keras' ? ['fromLogits'] : ['sigmoidTwice'];
    case 'huber':
    case 'smooth-l1':
      return ['swapHuber'];
    case 'mse':
      return framework === 'optax' ? ['l2Loss'] : [];
    default:
      return [];
  }
}

/** The label of a mistake's toggle. */
export function mistakeLabel(m: Mistake, loss: TranslatorLoss): string {
  switch (m) {
    case 'softmax':
      return 'Softmax applied before the loss (probabilities passed as logits)';
    case 'klProbs':
      return 'Probabilities passed where log-probabilities are expected';
    case 'fromLogits':
      return loss === 'bce'
        ? 'from_logits=True set on probabilities'
        : 'from_logits left at False (the default) on logits';
    case 'sigmoidTwice':
      return 'σ(s) passed where logits are expected';
    case 'swapHuber':
      return loss === 'huber'
        ? 'SmoothL1 used where Huber was meant (same β = δ)'
        : 'Huber used where SmoothL1 was meant (same δ = β)';
    case 'l2Loss':
      return 'optax.losses.l2_loss used for MSE';
  }
}

/** Why a mistake changes the number, in words (from the registry notes and the chapter). */
export function mistakeWhy(m: Mistake): string {
  switch (m) {
    case 'softmax':
      return 'The loss applies log-softmax itself, so the probabilities are softmaxed a second time.';
    case 'klProbs':
      return 'kl_div(input, target) reads input as log q; q itself gives a wrong, even negative, number.';
    case 'fromLogits':
      return 'from_logits=False treats the input as probabilities and clips it to [ε, 1 − ε], ε = 1e-7; True treats it as a logit.';
    case 'sigmoidTwice':
      return 'The sigmoid is applied inside: σ(σ(s)) is never below 0.5, so every prediction looks half-right.';
    case 'swapHuber':
      return 'HuberLoss(delta=β) = β · SmoothL1Loss(beta=β): they coincide only at 1.';
    case 'l2Loss':
      return 'l2_loss is ½·squared_error, so its value and gradient are half of MSE’s.';
  }
}

/** A parsed batch: rows of numbers, or what is wrong, in words. */
export type ParsedMatrix = { ok: true; rows: number[][] } | { ok: false; message: string };

/** Most rows and columns a typed batch may have. */
export const MAX_ROWS = 8;
export const MAX_COLS = 8;
/** Longest batch text read from the URL. */
export const MAX_BATCH_TEXT = 200;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Parses "1, 2; 3, 4" (rows split by ';' or new lines, entries by ',') into a matrix. */
export function parseMatrix(text: string, what: string): ParsedMatrix {
  if (text.length > MAX_BATCH_TEXT) {
    return { ok: false, message: `${what}: at most ${MAX_BATCH_TEXT} characters.` };
  }
  const lines = text
    .replace(/−/g, '-')
    .split(/[;\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return { ok: false, message: `${what}: type some numbers.` };
  if (lines.length > MAX_ROWS) return { ok: false, message: `${what}: at most ${MAX_ROWS} rows.` };
  const rows: number[][] = [];
  for (const [i, line] of lines.entries()) {
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length > MAX_COLS) {
      return { ok: false, message: `${what}: at most ${MAX_COLS} numbers per row.` };
    }
    const row: number[] = [];
    for (const c of cells) {
      const x = Number(c);
      if (!NUMBER.test(c) || !Number.isFinite(x)) {
        const shown = c.length > 12 ? `${c.slice(0, 12)}…` : c;
        return { ok: false, message: `${what}: “${shown}” in row ${i + 1} is not a number.` };
      }
      row.push(x);
    }
    rows.push(row);
  }
  const width = rows[0]!.length;
  const bad = rows.findIndex((r) => r.length !== width);
  if (bad >= 0) {
    return {
      ok: false,
      message: `${what}: row ${bad + 1} has ${rows[bad]!.length} numbers but row 1 has ${width}; rows must match.`,
    };
  }
  return { ok: true, rows };
}

/** A validated batch, ready for the losses. */
export interface Batch {
  readonly predictions: number[][];
  /** Element-wise losses and KL: a matrix of the predictions' shape; cross-entropy: one row of indices. */
  readonly targets: number[][];
}

/** Parses and checks both boxes for a loss; the messages say what to fix. */
export function parseBatch(
  loss: TranslatorLoss,
  predictions: string,
  targets: string,
): { ok: true; batch: Batch } | { ok: false; field: 'predictions' | 'targets'; message: string } {
  const p = parseMatrix(predictions, 'Predictions');
  if (!p.ok) return { ok: false, field: 'predictions', message: p.message };
  const t = parseMatrix(targets, 'Targets');
  if (!t.ok) return { ok: false, field: 'targets', message: t.message };
  const n = p.rows.length;
  const c = p.rows[0]!.length;
  const fail = (field: 'predictions' | 'targets', message: string) =>
    ({ ok: false, field, message }) as const;
  if (loss === 'cross-entropy' || loss === 'kl-div') {
    if (c < 2) return fail('predictions', 'Predictions: each row needs at least 2 class logits.');
  }
  if (loss === 'cross-entropy') {
    const idx = t.rows.flat();
    if (idx.length !== n) {
      return fail(
        'targets',
        `Targets: give ${n} class indices, one per row of logits (got ${idx.length}).`,
      );
    }
    const wrong = idx.find((k) => !Number.isInteger(k) || k < 0 || k >= c);
    if (wrong !== undefined) {
      return fail(
        'targets',
        `Targets: class indices are whole numbers from 0 to ${c - 1} (got ${wrong}).`,
      );
    }
    return { ok: true, batch: { predictions: p.rows, targets: [idx] } };
  }
  if (t.rows.length !== n || t.rows[0]!.length !== c) {
    return fail(
      'targets',
      `Targets: ${t.rows.length}×${t.rows[0]!.length} numbers, but the predictions are ${n}×${c}; the shapes must match.`,
    );
  }
  const all = t.rows.flat();
  if (loss === 'bce' && p.rows.flat().some((x) => x < 0 || x > 1)) {
    return fail('predictions', 'Predictions: BCELoss takes probabilities, between 0 and 1.');
  }
  if ((loss === 'bce' || loss === 'bce-with-logits') && all.some((y) => y < 0 || y > 1)) {
    return fail('targets', 'Targets: labels lie between 0 and 1.');
  }
  if (loss === 'hinge' && all.some((y) => y !== 1 && y !== -1)) {
    return fail('targets', 'Targets: the hinge loss takes labels −1 and +1 (not 0 and 1).');
  }
  if (loss === 'kl-div') {
    if (all.some((y) => y < 0)) return fail('targets', 'Targets: probabilities are ≥ 0.');
    const off = t.rows.findIndex((r) => Math.abs(r.reduce((a, b) => a + b, 0) - 1) > 1e-6);
    if (off >= 0) return fail('targets', `Targets: row ${off + 1} does not sum to 1.`);
  }
  return { ok: true, batch: { predictions: p.rows, targets: t.rows } };
}

/**
 * Per-element losses (element-wise losses and KL) or per-row losses (cross-entropy), each from
 * the compute batch loss on that one element or row, with the mistake (if any) applied to the
 * inputs as the wrong call would see them.
 */
export function perElement(
  loss: TranslatorLoss,
  batch: Batch,
  param: number,
  framework: Framework,
  mistake?: Mistake,
): number[][] {
  const clip = (p: number) => Math.min(1 - KERAS_EPSILON, Math.max(KERAS_EPSILON, p));
  const P = batch.predictions;
  const T = batch.targets;
  const each = (f: (a: number, b: number) => number) =>
    P.map((row, i) => row.map((a, j) => f(a, T[i]![j]!)));
  switch (loss) {
    case 'mse':
      return each((a, b) => mseLoss([a], [b]).loss * (mistake === 'l2Loss' ? 0.5 : 1));
    case 'mae':
      return each((a, b) => l1Loss([a], [b]).loss);
    case 'huber':
      return each((a, b) =>
        mistake === 'swapHuber'
          ? smoothL1Loss([a], [b], { beta: param }).loss
          : huberLoss([a], [b], { delta: param }).loss,
      );
    case 'smooth-l1':
      return each((a, b) =>
        mistake === 'swapHuber'
          ? huberLoss([a], [b], { delta: param }).loss
          : smoothL1Loss([a], [b], { beta: param }).loss,
      );
    case 'bce':
      return each((a, b) =>
        mistake === 'fromLogits'
          ? binaryCrossEntropyWithLogits([a], [b]).loss
          : binaryCrossEntropy([framework === 'keras' ? clip(a) : a], [b]).loss,
      );
    case 'bce-with-logits':
      return each((a, b) => {
        if (mistake === 'fromLogits') return binaryCrossEntropy([clip(a)], [b]).loss;
        return binaryCrossEntropyWithLogits([mistake === 'sigmoidTwice' ? sigmoid(a) : a], [b])
          .loss;
      });
    case 'hinge':
      return each((a, b) => hingeLoss([a], [b]).loss);
    case 'cross-entropy':
      return P.map((row, i) => [
        crossEntropy([mistake === 'softmax' ? softmax(row) : row], [T[0]![i]!]).loss,
      ]);
    case 'kl-div':
      return P.map((row, i) => {
        const input = mistake === 'klProbs' ? softmax(row) : logSoftmax(row);
        return input.map((x, c) => klDiv([[x]], [[T[i]![c]!]]).loss);
      });
  }
}

/** A convention's output: one number, or the values it returns unreduced. */
export type ConventionValue =
  { kind: 'scalar'; value: number } | { kind: 'values'; values: number[] };

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Reduces per-element losses as a framework does: PyTorch and Optax over every element (KL's
 * 'batchmean' over rows); Keras first averages over the last axis (KL and cross-entropy give one
 * value per example already), then 'sum_over_batch_size' divides by the number of examples.
 */
export function reduce(
  loss: TranslatorLoss,
  framework: Framework,
  reduction: Reduction,
  elements: readonly (readonly number[])[],
): ConventionValue {
  const flat = elements.flat();
  const n = elements.length;
  const perExampleSum = loss === 'kl-div' || loss === 'cross-entropy';
  if (framework === 'keras') {
    const perSample = elements.map((r) => (perExampleSum ? sum(r) : sum(r) / r.length));
    return reduction === 'sum'
      ? { kind: 'scalar', value: sum(perSample) }
      : { kind: 'scalar', value: sum(perSample) / n };
  }
  // Optax's kl_divergence sums over the last axis: per-example values.
  const values = framework === 'optax' && loss === 'kl-div' ? elements.map((r) => sum(r)) : flat;
  switch (reduction) {
    case 'sum':
      return { kind: 'scalar', value: sum(values) };
    case 'none':
      return { kind: 'values', values };
    case 'batchmean':
      return { kind: 'scalar', value: sum(flat) / n };
    default:
      return { kind: 'scalar', value: sum(values) / values.length };
  }
}

/** The registry entry of a translator loss. */
export function entryOf(loss: TranslatorLoss): LossEntry {
  return getLoss(loss);
}

/** Finds the constructor's closing parenthesis after `open` (an index of '('). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The framework call as code: the registry's call with the parameter and reduction written in. */
export function frameworkCall(state: TranslatorState): string {
  const entry = entryOf(state.loss);
  const ref = entry.frameworks[state.framework];
  const p = String(state.param);
  let call = ref.call
    .replace(/delta=1\.0/g, `delta=${p}`)
    .replace(/beta=1\.0/g, `beta=${p}`)
    .replace(/\bbeta\b(?!=)/g, p)
    .replace(/delta=beta/g, `delta=${p}`);
  const r = state.reduction;
  if (state.framework === 'keras') {
    if (r !== 'sum_over_batch_size') {
      const name = ref.name ?? 'keras.losses.Huber';
      const start = call.indexOf(`${name}(`);
      if (start >= 0) {
        const open = start + name.length;
        const close = closing(call, open);
        if (close > 0) {
          const inside = call.slice(open + 1, close).trim();
          const kw = `reduction='${r}'`;
          call = `${call.slice(0, open + 1)}${inside === '' ? kw : `${inside}, ${kw}`}${call.slice(close)}`;
        }
      }
    }
    return call;
  }
  if (
    state.framework === 'pytorch' &&
    ref.name !== null &&
    call.startsWith('torch.nn.functional.')
  ) {
    if (/reduction='[a-z_]+'/.test(call))
      return call.replace(/reduction='[a-z_]+'/, `reduction='${r}'`);
    if (r === 'mean') return call;
    const close = call.lastIndexOf(')');
    return `${call.slice(0, close)}, reduction='${r}'${call.slice(close)}`;
  }
  // Optax, and calls written by hand: the reduction is the trailing .mean() you call yourself.
  if (r === 'sum') return call.replace('.mean()', '.sum()');
  if (r === 'none') return call.replace('.mean()', '');
  return call;
}

/** Default state: MSE in PyTorch with the chapter's batch. */
export function initialTranslatorState(): TranslatorState {
  return {
    loss: 'mse',
    framework: 'pytorch',
    reduction: 'mean',
    param: 1,
    predictions: DEFAULT_BATCH.mse.p,
    targets: DEFAULT_BATCH.mse.t,
    mistakes: [],
  };
}

/** Switches the loss: its example batch, a reduction it offers, only its mistakes. */
export function withLoss(state: TranslatorState, loss: TranslatorLoss): TranslatorState {
  const reductions = reductionsFor(loss, state.framework);
  return {
    ...state,
    loss,
    reduction: reductions.includes(state.reduction) ? state.reduction : reductions[0]!,
    predictions: DEFAULT_BATCH[loss].p,
    targets: DEFAULT_BATCH[loss].t,
    mistakes: state.mistakes.filter((m) => mistakesFor(loss, state.framework).includes(m)),
  };
}

/** Switches the framework, keeping the reduction when it offers it. */
export function withFramework(state: TranslatorState, framework: Framework): TranslatorState {
  const reductions = reductionsFor(state.loss, framework);
  return {
    ...state,
    framework,
    reduction: reductions.includes(state.reduction) ? state.reduction : reductions[0]!,
    mistakes: state.mistakes.filter((m) => mistakesFor(state.loss, framework).includes(m)),
  };
}

/** One row of the all-conventions table. */
export interface ConventionRow {
  readonly framework: Framework;
  readonly reduction: Reduction;
  readonly value: ConventionValue;
}

/** Every framework × reduction for the batch. */
export function allConventions(loss: TranslatorLoss, batch: Batch, param: number): ConventionRow[] {
  return FRAMEWORKS.flatMap((f) => {
    const elements = perElement(loss, batch, param, f.id);
    return reductionsFor(loss, f.id).map((reduction) => ({
      framework: f.id,
      reduction,
      value: reduce(loss, f.id, reduction, elements),
    }));
  });
}

// URL: the enumerations through the kit; the batch text by hand (it is longer than 40 characters).

const ALL_MISTAKES: readonly Mistake[] = [
  'softmax',
  'klProbs',
  'fromLogits',
  'sigmoidTwice',
  'swapHuber',
  'l2Loss',
];

/** The URL schema of the enumerated settings. */
export function translatorSchema(loss: TranslatorLoss, framework: Framework): UrlSchema {
  const reductions = reductionsFor(loss, framework);
  const schema: Record<string, UrlSchema[string]> = {
    loss: { kind: 'enum', label: 'loss', values: [...TRANSLATOR_LOSSES], default: 'mse' },
    fw: {
      kind: 'enum',
      label: 'framework',
      values: FRAMEWORKS.map((f) => f.id),
      default: 'pytorch',
    },
    red: { kind: 'enum', label: 'reduction', values: reductions, default: reductions[0]! },
    param: {
      kind: 'number',
      label: loss === 'smooth-l1' ? 'β (beta)' : 'δ (delta)',
      default: 1,
      min: 0.1,
      max: 3,
      step: 0.1,
    },
  };
  for (const m of ALL_MISTAKES) {
    schema[m] = { kind: 'boolean', label: `mistake “${m}”`, default: false };
  }
  return schema;
}

/** Reads the state from `<prefix>…`; anything malformed falls back with a notice; never throws. */
export function translatorStateFromUrl(
  params: URLSearchParams,
  prefix: string,
): { state: TranslatorState; notices: string[] } {
  const base = translatorSchema('mse', 'pytorch');
  const first = parseUrlState({ loss: base['loss']!, fw: base['fw']! }, params, prefix);
  const loss = first.state['loss'] as TranslatorLoss;
  const framework = first.state['fw'] as Framework;
  const parsed = parseUrlState(translatorSchema(loss, framework), params, prefix);
  const notices = [...parsed.notices];
  const s = parsed.state;
  const read = (key: 'p' | 't', fallback: string, what: string): string => {
    const raw = params.get(`${prefix}${key}`);
    if (raw === null) return fallback;
    if (raw.length > MAX_BATCH_TEXT) {
      notices.push(
        `The link’s ${what} is longer than ${MAX_BATCH_TEXT} characters; using the example.`,
      );
      return fallback;
    }
    return raw;
  };
  let predictions = read('p', DEFAULT_BATCH[loss].p, 'predictions');
  let targets = read('t', DEFAULT_BATCH[loss].t, 'targets');
  const check = parseBatch(loss, predictions, targets);
  if (!check.ok) {
    notices.push(`The link’s batch could not be used (${check.message}); using the example.`);
    predictions = DEFAULT_BATCH[loss].p;
    targets = DEFAULT_BATCH[loss].t;
  }
  const allowed = mistakesFor(loss, framework);
  return {
    state: {
      loss,
      framework,
      reduction: s['red'] as Reduction,
      param: s['param'] as number,
      predictions,
      targets,
      mistakes: ALL_MISTAKES.filter((m) => s[m] === true && allowed.includes(m)),
    },
    notices,
  };
}

/** The state's non-default settings as URL parameters, other parameters of `base` kept. */
export function translatorStateToUrl(
  state: TranslatorState,
  prefix: string,
  base?: URLSearchParams,
): URLSearchParams {
  const flat: Record<string, string | number | boolean> = {
    loss: state.loss,
    fw: state.framework,
    red: state.reduction,
    param: state.param,
  };
  for (const m of ALL_MISTAKES) flat[m] = state.mistakes.includes(m);
  const out = serializeUrlState(
    translatorSchema(state.loss, state.framework),
    flat as never,
    prefix,
    base,
  );
  out.delete(`${prefix}p`);
  out.delete(`${prefix}t`);
  const d = DEFAULT_BATCH[state.loss];
  if (state.predictions !== d.p && state.predictions.length <= MAX_BATCH_TEXT)
    out.set(`${prefix}p`, state.predictions);
  if (state.targets !== d.t && state.targets.length <= MAX_BATCH_TEXT)
    out.set(`${prefix}t`, state.targets);
  return out;
}

/** The page's URL with the state written in. */
export function translatorUrl(href: string, state: TranslatorState, prefix: string): string {
  const url = new URL(href);
  const search = translatorStateToUrl(state, prefix, url.searchParams).toString();
  url.search = search === '' ? '' : `?${search}`;
  return url.toString();
}
