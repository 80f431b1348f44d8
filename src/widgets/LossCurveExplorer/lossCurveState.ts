/**
 * State of the LossCurveExplorer: which loss, its parameters, the point u, whether the derivative
 * is drawn; the URL schema; and the view (curve, current point, readouts) computed from the
 * registry. Pure: no DOM, no Preact.
 */

import {
  clampParams,
  defaultParams,
  evaluateLossCurve,
  findLoss,
  lossFamilies,
  lossRegistry,
  type LossCurvePoint,
  type LossEntry,
  type LossFamily,
} from '~/compute';
import { FLAT_SLOPE, type CurvePoint } from '~/charts';
import {
  parseUrlState,
  serializeUrlState,
  snapToField,
  type NumberField,
  type UrlSchema,
  type UrlStateOf,
} from '../kit/urlState';

/** The explorer's settings. */
export interface LossCurveState {
  readonly lossId: string;
  /** Parameter id → value, for the current loss only. */
  readonly params: Readonly<Record<string, number>>;
  /** The current value of the loss's variable (r, z, p…). */
  readonly u: number;
  readonly showDerivative: boolean;
}

/** Step of the variable's slider and of the arrow keys on the chart. */
export const U_STEP = 0.01;

/** Number of samples of each curve. */
export const CURVE_SAMPLES = 241;

const FAMILY_LABELS: Record<LossFamily, string> = {
  regression: 'Regression (residual)',
  margin: 'Margin (classification)',
  probabilistic: 'Probabilistic',
  multiclass: 'Multiclass',
};

/** The registry entries on offer: `lossIds` in registry order, or every loss; unknown ids dropped. */
export function availableLosses(lossIds?: readonly string[]): LossEntry[] {
  const wanted = lossIds && lossIds.length > 0 ? new Set(lossIds) : undefined;
  const out = lossRegistry.filter((e) => wanted === undefined || wanted.has(e.id));
  return out.length > 0 ? out : [...lossRegistry];
}

/** The "Loss" menu: the available losses grouped by family, families in catalog order. */
export function lossMenu(
  losses: readonly LossEntry[],
): { label: string; options: { value: string; label: string }[] }[] {
  return lossFamilies
    .map((family) => ({
      label: FAMILY_LABELS[family],
      options: losses
        .filter((e) => e.family === family)
        .map((e) => ({ value: e.id, label: e.name })),
    }))
    .filter((g) => g.options.length > 0);
}

/** The field of the variable u for a loss: its plot domain, on the U_STEP grid. */
export function uField(entry: LossEntry): NumberField {
  return {
    kind: 'number',
    label: entry.domain.label,
    default: entry.domain.initial,
    min: entry.domain.min,
    max: entry.domain.max,
    step: U_STEP,
  };
}

/** Clamps u to the loss's domain and snaps it to the slider's grid. */
export function clampU(entry: LossEntry, u: number): number {
  return Number.isFinite(u) ? snapToField(uField(entry), u) : entry.domain.initial;
}

/** The default state for a loss. */
export function initialState(entry: LossEntry): LossCurveState {
  return {
    lossId: entry.id,
    params: defaultParams(entry),
    u: entry.domain.initial,
    showDerivative: false,
  };
}

/** The entry of the state's loss (falls back to the first available one). */
export function entryOf(state: LossCurveState, losses: readonly LossEntry[]): LossEntry {
  return losses.find((e) => e.id === state.lossId) ?? losses[0] ?? lossRegistry[0]!;
}

/**
 * Switches the loss: parameters take the new loss's defaults; u is kept when the variable is the
 * same kind and inside the new domain, else it moves to the new loss's initial point.
 */
export function withLoss(state: LossCurveState, next: LossEntry): LossCurveState {
  const prev = findLoss(state.lossId);
  const keepU =
    prev !== undefined &&
    prev.domain.variable === next.domain.variable &&
    state.u >= next.domain.min &&
    state.u <= next.domain.max;
  return {
    ...state,
    lossId: next.id,
    params: defaultParams(next),
    u: keepU ? clampU(next, state.u) : next.domain.initial,
  };
}

/** Sets one parameter, clamped to its range. */
export function withParam(
  state: LossCurveState,
  entry: LossEntry,
  id: string,
  value: number,
): LossCurveState {
  return { ...state, params: clampParams(entry, { ...state.params, [id]: value }) };
}

/** The URL schema for a loss: loss id, u, the derivative switch and the loss's parameters. */
export function urlSchema(entry: LossEntry, losses: readonly LossEntry[], defaultLoss: string) {
  const schema: Record<string, UrlSchema[string]> = {
    loss: { kind: 'enum', label: 'loss', values: losses.map((e) => e.id), default: defaultLoss },
    [uKey(entry)]: uField(entry),
    deriv: { kind: 'boolean', label: '“Show derivative” setting', default: false },
  };
  for (const p of entry.params) {
    schema[p.id] = {
      kind: 'number',
      label: p.label,
      default: p.default,
      min: p.min,
      max: p.max,
      step: p.step,
    };
  }
  return schema as UrlSchema;
}

/** The URL key of the variable u for a loss: its symbol's letters ('r', 'z', 'p', 'pt'…). */
export function uKey(entry: LossEntry): string {
  return entry.domain.symbol.replace(/[^a-z]/gi, '') || 'u';
}

/** Flattens a state into the URL schema's shape. */
function toFlat(state: LossCurveState, entry: LossEntry): UrlStateOf<UrlSchema> {
  return {
    ...state.params,
    loss: state.lossId,
    [uKey(entry)]: state.u,
    deriv: state.showDerivative,
  };
}

/**
 * Reads the explorer's state from URL parameters `<prefix>…`: first the loss, then u, the
 * switch and that loss's parameters. Anything malformed falls back with a notice; never throws.
 */
export function stateFromUrl(
  params: URLSearchParams,
  prefix: string,
  losses: readonly LossEntry[],
  defaultLoss: string,
): { state: LossCurveState; notices: string[] } {
  const lossOnly = urlSchema(losses[0]!, losses, defaultLoss);
  const first = parseUrlState({ loss: lossOnly['loss']! }, params, prefix);
  const entry = losses.find((e) => e.id === first.state['loss']) ?? losses[0]!;
  const schema = urlSchema(entry, losses, defaultLoss);
  const { state: flat, notices } = parseUrlState(schema, params, prefix);
  const u = flat[uKey(entry)];
  return {
    state: {
      lossId: entry.id,
      params: clampParams(entry, Object.fromEntries(entry.params.map((p) => [p.id, flat[p.id]]))),
      u: typeof u === 'number' ? u : entry.domain.initial,
      showDerivative: flat['deriv'] === true,
    },
    notices,
  };
}

/** The state's non-default settings as URL parameters, other parameters of `base` kept. */
export function stateToUrl(
  state: LossCurveState,
  prefix: string,
  losses: readonly LossEntry[],
  defaultLoss: string,
  base?: URLSearchParams,
): URLSearchParams {
  const entry = entryOf(state, losses);
  return serializeUrlState(
    urlSchema(entry, losses, defaultLoss),
    toFlat(state, entry),
    prefix,
    base,
  );
}

/** The state flattened for `useUrlWriter`, with its schema. */
export function urlBinding(
  state: LossCurveState,
  losses: readonly LossEntry[],
  defaultLoss: string,
) {
  const entry = entryOf(state, losses);
  return { schema: urlSchema(entry, losses, defaultLoss), flat: toFlat(state, entry) };
}

/** Sampled loss and derivative curves of a loss with parameters. */
export interface LossCurves {
  readonly points: CurvePoint[];
  readonly derivativePoints: CurvePoint[];
}

/** Samples the loss and its derivative over the loss's domain (from the registry). */
export function lossCurves(entry: LossEntry, params: Readonly<Record<string, number>>): LossCurves {
  const curve: LossCurvePoint[] = evaluateLossCurve(entry, params, CURVE_SAMPLES);
  return {
    points: curve.map((p) => ({ u: p.u, value: p.value })),
    derivativePoints: curve.map((p) => ({ u: p.u, value: p.derivative })),
  };
}

/** The current point: u, the loss and its derivative there, all from the registry. */
export function currentPoint(
  entry: LossEntry,
  state: LossCurveState,
): { u: number; value: number; slope: number } {
  return {
    u: state.u,
    value: entry.value(state.u, state.params),
    slope: entry.derivative(state.u, state.params),
  };
}

/** The variable's symbol split for display: 'p_t' → { base: 'p', sub: 't' }, 'r' → { base: 'r', sub: '' }. */
export function plainSymbol(entry: LossEntry): { base: string; sub: string } {
  const [base = 'u', sub = ''] = entry.domain.symbol.replace(/[{}\\]/g, '').split('_');
  return { base, sub };
}

/** Whether u sits on one of the loss's kinks (where the derivative is a subgradient). */
export function atKink(entry: LossEntry, u: number): boolean {
  return entry.kinks.some((k) => Math.abs(k - u) < U_STEP / 2);
}

/**
 * The downhill direction in words: where gradient descent moves u, from the sign of ℓ′(u).
 */
export function downhillText(entry: LossEntry, u: number, slope: number, symbol: string): string {
  if (!Number.isFinite(slope)) return 'The slope here is not a finite number.';
  if (Math.abs(slope) < FLAT_SLOPE) {
    const kink = atKink(entry, u) ? ' (a kink: the registry picks the subgradient 0)' : '';
    return `Flat here${kink}: ℓ′ = 0, so gradient descent would not move ${symbol}.`;
  }
  const dir = slope > 0 ? 'decrease' : 'increase';
  const kink = atKink(entry, u) ? ' (at a kink: ℓ′ is the subgradient the registry picks)' : '';
  return `Downhill: gradient descent would ${dir} ${symbol}${kink}.`;
}
