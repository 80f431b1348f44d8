/**
 * State of the LandscapeDescent race: which landscape and its parameters, the start point, which
 * optimizers race with which hyperparameters, the Player's step; the URL schema; and the race
 * itself (every path computed once by `descend`), all numbers from src/compute. Pure: no DOM.
 */

import {
  createLandscape,
  createOptimizer,
  descend,
  landscapeIds,
  optimizerDefaults,
  type DescendResult,
  type Landscape,
  type LandscapeId,
  type OptimizerKind,
  type OptimizerOptions,
  type OptimizerState,
  type Point,
} from '~/compute';
import type { PathMarker } from '~/charts/landscapePaths';
import { fmtSig } from '~/lib/format';
import {
  parseUrlState,
  serializeUrlState,
  snapToField,
  type NumberField,
  type UrlSchema,
  type UrlStateOf,
} from '../kit/urlState';

/** The racers on offer: torch.optim's optimizers, with momentum and Nesterov as SGD variants. */
export type RacerId = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw';

/** A hyperparameter a racer exposes besides its learning rate. */
export interface HyperParameter {
  /** The createOptimizer option it sets. */
  readonly key: 'momentum' | 'alpha' | 'beta1' | 'beta2' | 'weightDecay';
  /** Visible label (also the start of the slider's accessible name). */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
}

/** A racer: how it maps to createOptimizer, its defaults, and how it is drawn. */
export interface Racer {
  readonly id: RacerId;
  readonly name: string;
  readonly kind: OptimizerKind;
  /** Options fixed by the variant (momentum's μ default, Nesterov's flag). */
  readonly fixed: OptimizerOptions;
  readonly lr: number;
  readonly hyper: readonly HyperParameter[];
  /** A CSS colour: a widget variable with a fallback, colour-blind safe (Okabe–Ito based). */
  readonly color: string;
  /** stroke-dasharray of its path ('' = solid). */
  readonly dash: string;
  readonly marker: PathMarker;
}

/** Learning rates on offer (the slider moves along this list; the URL holds the value). */
export const LR_CHOICES = [
  0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 1,
] as const;

const mu: HyperParameter = {
  key: 'momentum',
  label: 'Momentum μ',
  min: 0,
  max: 0.99,
  step: 0.01,
  default: 0.9,
};
const beta1: HyperParameter = {
  key: 'beta1',
  label: 'β₁',
  min: 0,
  max: 0.99,
  step: 0.01,
  default: optimizerDefaults.adam.beta1 ?? 0.9,
};
const beta2: HyperParameter = {
  key: 'beta2',
  label: 'β₂',
  min: 0.9,
  max: 0.9999,
  step: 0.0001,
  default: optimizerDefaults.adam.beta2 ?? 0.999,
};

/** Every racer, in the order the site lists them. */
export const RACERS: readonly Racer[] = [
  {
    id: 'sgd',
    name: 'SGD',
    kind: 'sgd',
    fixed: {},
    lr: 0.002,
    hyper: [],
    color: 'var(--ld-sgd, #0072b2)',
    dash: '',
    marker: 'circle',
  },
  {
    id: 'momentum',
    name: 'SGD + momentum',
    kind: 'sgd',
    fixed: {},
    lr: 0.002,
    hyper: [mu],
    color: 'var(--ld-momentum, #c65300)',
    dash: '8 4',
    marker: 'square',
  },
  {
    id: 'nesterov',
    name: 'SGD + Nesterov',
    kind: 'sgd',
    fixed: { nesterov: true },
    lr: 0.002,
    hyper: [mu],
    color: 'var(--ld-nesterov, #a6477f)',
    dash: '2 3',
    marker: 'diamond',
  },
  {
    id: 'adagrad',
    name: 'AdaGrad',
    kind: 'adagrad',
    fixed: {},
    lr: 0.5,
    hyper: [],
    color: 'var(--ld-adagrad, #007a5a)',
    dash: '10 3 2 3',
    marker: 'triangle',
  },
  {
    id: 'rmsprop',
    name: 'RMSprop',
    kind: 'rmsprop',
    fixed: {},
    lr: 0.01,
    hyper: [
      {
        key: 'alpha',
        label: 'Smoothing α',
        min: 0.5,
        max: 0.999,
        step: 0.001,
        default: optimizerDefaults.rmsprop.alpha ?? 0.99,
      },
    ],
    color: 'var(--ld-rmsprop, #8f6a00)',
    dash: '4 2',
    marker: 'triangle-down',
  },
  {
    id: 'adam',
    name: 'Adam',
    kind: 'adam',
    fixed: {},
    lr: 0.1,
    hyper: [beta1, beta2],
    color: 'var(--ld-adam, #5e3fb5)',
    dash: '12 4',
    marker: 'star',
  },
  {
    id: 'adamw',
    name: 'AdamW',
    kind: 'adamw',
    fixed: {},
    lr: 0.1,
    hyper: [
      beta1,
      beta2,
      {
        key: 'weightDecay',
        label: 'Weight decay λ',
        min: 0,
        max: 0.5,
        step: 0.01,
        default: optimizerDefaults.adamw.weightDecay ?? 0.01,
      },
    ],
    color: 'var(--ld-adamw, #7a5230)',
    dash: '1 3',
    marker: 'cross',
  },
];

/** The racer with an id. */
export function racerOf(id: RacerId): Racer {
  return RACERS.find((r) => r.id === id) ?? RACERS[0]!;
}

/** Whether a string names a racer. */
export function isRacerId(id: string): id is RacerId {
  return RACERS.some((r) => r.id === id);
}

/** Number of steps each race runs (the Player's last step). */
export const RACE_STEPS = 300;

/** Step of the start point's coordinates (arrow keys move it by this; Shift by 5×). */
export const START_STEP = 0.05;

/** Grid resolution of the shaded landscape. */
export const GRID_SIZE = 81;

/** One racer's settings: on or off, learning rate and its other hyperparameters. */
export interface RacerSettings {
  readonly on: boolean;
  readonly lr: number;
  readonly hyper: Readonly<Record<string, number>>;
}

/** The widget's settings. */
export interface LandscapeDescentState {
  readonly landscape: LandscapeId;
  /** The landscape's parameters (a, b; κ, angle), for the current landscape only. */
  readonly params: Readonly<Record<string, number>>;
  readonly start: Point;
  readonly racers: Readonly<Record<RacerId, RacerSettings>>;
  /** The Player's step, 0 … RACE_STEPS (0 at first: the Player never autoplays). */
  readonly step: number;
}

/** The landscape choices, in the site's order, with their names. */
export function landscapeMenu(): { value: LandscapeId; label: string }[] {
  return landscapeIds.map((id) => ({ value: id, label: createLandscape(id).name }));
}

/** A landscape id from text, or `fallback`. */
export function maybeLandscape(id: string | undefined, fallback: LandscapeId = 'rosenbrock') {
  return landscapeIds.find((l) => l === id) ?? fallback;
}

/** The racer ids from a list of names (unknown ones dropped, order of RACERS kept). */
export function maybeRacers(ids: readonly string[] | undefined): RacerId[] {
  const wanted = new Set(ids ?? ['sgd', 'momentum', 'adam', 'rmsprop']);
  return RACERS.filter((r) => wanted.has(r.id)).map((r) => r.id);
}

/** A racer's default settings. */
export function defaultRacerSettings(racer: Racer, on: boolean): RacerSettings {
  return {
    on,
    lr: racer.lr,
    hyper: Object.fromEntries(racer.hyper.map((h) => [h.key, h.default])),
  };
}

/** The default state for a landscape and the racers switched on. */
export function initialState(
  landscape: LandscapeId,
  on: readonly RacerId[],
): LandscapeDescentState {
  const l = createLandscape(landscape);
  return {
    landscape,
    params: { ...l.params },
    start: l.defaultStart,
    racers: Object.fromEntries(
      RACERS.map((r) => [r.id, defaultRacerSettings(r, on.includes(r.id))]),
    ) as Record<RacerId, RacerSettings>,
    step: 0,
  };
}

/** Clamps landscape parameters to their ranges and steps (unknown ones dropped). */
export function clampLandscapeParams(
  id: LandscapeId,
  params: Readonly<Record<string, number>>,
): Record<string, number> {
  const defs = createLandscape(id).parameters;
  return Object.fromEntries(
    defs.map((p) => {
      const v = params[p.id];
      const field: NumberField = { kind: 'number', label: p.name, ...p };
      return [
        p.id,
        typeof v === 'number' && Number.isFinite(v) ? snapToField(field, v) : p.default,
      ];
    }),
  );
}

/** The landscape of a state (parameters clamped first, so it never throws). */
export function landscapeOf(state: Pick<LandscapeDescentState, 'landscape' | 'params'>): Landscape {
  return createLandscape(state.landscape, clampLandscapeParams(state.landscape, state.params));
}

/** The URL field of a start coordinate: the landscape's domain on the START_STEP/5 grid. */
function startField(l: Landscape, axis: 0 | 1): NumberField {
  const [min, max] = axis === 0 ? l.domain.x : l.domain.y;
  return {
    kind: 'number',
    label: axis === 0 ? 'start w₁' : 'start w₂',
    default: l.defaultStart[axis],
    min,
    max,
    step: 0.01,
  };
}

/** Clamps a start point to the landscape's domain, on a 0.01 grid. */
export function clampStart(l: Landscape, p: readonly [number, number]): Point {
  const x = Number.isFinite(p[0]) ? p[0] : l.defaultStart[0];
  const y = Number.isFinite(p[1]) ? p[1] : l.defaultStart[1];
  return [snapToField(startField(l, 0), x), snapToField(startField(l, 1), y)];
}

/** Switches the landscape: its default parameters and start; racers and step kept. */
export function withLandscape(
  state: LandscapeDescentState,
  id: LandscapeId,
): LandscapeDescentState {
  const l = createLandscape(id);
  return { ...state, landscape: id, params: { ...l.params }, start: l.defaultStart };
}

/** Sets one landscape parameter (clamped). The start stays where it was. */
export function withParam(
  state: LandscapeDescentState,
  key: string,
  value: number,
): LandscapeDescentState {
  return {
    ...state,
    params: clampLandscapeParams(state.landscape, { ...state.params, [key]: value }),
  };
}

/** Sets one racer's settings (learning rate snapped to LR_CHOICES, hyperparameters clamped). */
export function withRacer(
  state: LandscapeDescentState,
  id: RacerId,
  change: Partial<RacerSettings>,
): LandscapeDescentState {
  const racer = racerOf(id);
  const now = state.racers[id];
  const lr = nearestLr(change.lr ?? now.lr);
  const hyper: Record<string, number> = {};
  for (const h of racer.hyper) {
    const v = change.hyper?.[h.key] ?? now.hyper[h.key] ?? h.default;
    hyper[h.key] = snapToField({ kind: 'number', ...h }, Number.isFinite(v) ? v : h.default);
  }
  return {
    ...state,
    racers: { ...state.racers, [id]: { on: change.on ?? now.on, lr, hyper } },
  };
}

/** The LR_CHOICES entry nearest to lr on a log scale. */
export function nearestLr(lr: number): number {
  if (!(lr > 0) || !Number.isFinite(lr)) return LR_CHOICES[0];
  let best: number = LR_CHOICES[0];
  for (const c of LR_CHOICES) {
    if (Math.abs(Math.log(c / lr)) < Math.abs(Math.log(best / lr))) best = c;
  }
  return best;
}

/** The createOptimizer options of a racer's settings (momentum / Nesterov as SGD variants). */
export function optimizerOptions(racer: Racer, settings: RacerSettings): OptimizerOptions {
  return { ...racer.fixed, ...settings.hyper, lr: settings.lr };
}

/** One racer's run: descend's path and verdict. */
export interface RacerRun {
  readonly racer: Racer;
  readonly settings: RacerSettings;
  readonly result: DescendResult;
  /** The path's points (w₁, w₂), for the chart. */
  readonly points: readonly Point[];
}

/**
 * Runs every racer that is on, from `start`, for RACE_STEPS steps (descend stops early on
 * convergence, divergence or a non-finite number, with its message). Call once per settings
 * change; the Player only picks a step of these paths.
 */
export function runRace(
  landscape: Landscape,
  start: Point,
  racers: Readonly<Record<RacerId, RacerSettings>>,
  steps = RACE_STEPS,
): RacerRun[] {
  return RACERS.filter((r) => racers[r.id].on).map((racer) => {
    const settings = racers[racer.id];
    const result = descend(
      landscape,
      start,
      createOptimizer(racer.kind, optimizerOptions(racer, settings)),
      steps,
    );
    return { racer, settings, result, points: result.path.map((p) => p.params) };
  });
}

/** What a racer shows at the Player's step. */
export interface RacerView {
  /** The step shown: the Player's, or the last one the run reached. */
  readonly step: number;
  readonly w1: number;
  readonly w2: number;
  readonly loss: number;
  readonly state: OptimizerState;
  /** descend's sentence once the Player reaches the run's end, else ''. */
  readonly message: string;
  readonly stopped: DescendResult['stopped'] | 'running';
  /** Whether the point lies outside the plotted domain. */
  readonly offPlot: boolean;
}

/** A racer's point, state and (at its end) verdict at a Player step. */
export function racerAt(
  run: RacerRun,
  step: number,
  landscape: Landscape,
  maxStep = RACE_STEPS,
): RacerView {
  const path = run.result.path;
  const k = Math.min(path.length - 1, Math.max(0, Math.floor(step)));
  const p = path[k]!;
  const atEnd = step >= path.length - 1 && (run.result.stopped !== 'max-steps' || step >= maxStep);
  const { x, y } = landscape.domain;
  return {
    step: p.step,
    w1: p.params[0],
    w2: p.params[1],
    loss: p.value,
    state: p.state,
    message: atEnd ? run.result.message : '',
    stopped: atEnd ? run.result.stopped : 'running',
    offPlot: p.params[0] < x[0] || p.params[0] > x[1] || p.params[1] < y[0] || p.params[1] > y[1],
  };
}

/** Names of optimizer state buffers, as a reader would say them. */
const BUFFER_NAMES: Readonly<Record<string, string>> = {
  momentumBuffer: 'Velocity b',
  sum: 'Sum of squared gradients G',
  squareAvg: 'Squared-gradient average v',
  gradAvg: 'Gradient average g',
  expAvg: 'First moment m',
  expAvgSq: 'Second moment v',
};

/** A state buffer as a labelled pair, e.g. { label: 'Velocity b', text: '(0.12, −3.4)' }. */
export interface StateLine {
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

/** Formats a pair as '(0.1234, −3.456)' with fmtSig (never NaN). */
export function formatPair(v: readonly number[]): string {
  return `(${fmtSig(v[0] ?? 0, 4)}, ${fmtSig(v[1] ?? 0, 4)})`;
}

/**
 * The optimizer's internal state in words: one line per buffer from `state()`, 'not yet set'
 * before the first step; plain SGD keeps none.
 */
export function stateLines(state: OptimizerState): StateLine[] {
  const keys = Object.keys(state.buffers);
  if (keys.length === 0) return [];
  return keys.map((key) => {
    const v = state.buffers[key] ?? [];
    return {
      key,
      label: BUFFER_NAMES[key] ?? key,
      text: v.length === 0 ? 'not set until the first step' : formatPair(v),
    };
  });
}

/** Why a racer keeps no state, for the readout (plain SGD). */
export const NO_STATE_TEXT = 'none: plain SGD keeps no state between steps';

// ——— URL ———

/** URL key of a racer's "on" switch, learning rate and hyperparameters. */
export const racerKey = (id: RacerId, part?: string) => (part ? `${id}.${part}` : id);

/** The URL schema for a landscape: landscape, its parameters, start, racers, step. */
export function urlSchema(
  id: LandscapeId,
  defaultLandscape: LandscapeId,
  defaultOn: readonly RacerId[],
): UrlSchema {
  const l = createLandscape(id);
  const schema: Record<string, UrlSchema[string]> = {
    landscape: {
      kind: 'enum',
      label: 'landscape',
      values: [...landscapeIds],
      default: defaultLandscape,
    },
  };
  for (const p of l.parameters) {
    schema[p.id] = {
      kind: 'number',
      label: p.name,
      default: p.default,
      min: p.min,
      max: p.max,
      step: p.step,
    };
  }
  schema['x'] = startField(l, 0);
  schema['y'] = startField(l, 1);
  for (const r of RACERS) {
    schema[racerKey(r.id)] = {
      kind: 'boolean',
      label: `${r.name} switch`,
      default: defaultOn.includes(r.id),
    };
    schema[racerKey(r.id, 'lr')] = {
      kind: 'enum',
      label: `${r.name} learning rate`,
      values: LR_CHOICES.map(String),
      default: String(r.lr),
    };
    for (const h of r.hyper) {
      schema[racerKey(r.id, h.key)] = {
        kind: 'number',
        label: `${r.name} ${h.label}`,
        default: h.default,
        min: h.min,
        max: h.max,
        step: h.step,
      };
    }
  }
  schema['step'] = {
    kind: 'number',
    label: 'step',
    default: 0,
    min: 0,
    max: RACE_STEPS,
    step: 1,
  };
  return schema;
}

/** Flattens a state into the URL schema's shape. */
export function toFlat(state: LandscapeDescentState): UrlStateOf<UrlSchema> {
  const flat: Record<string, string | number | boolean> = {
    landscape: state.landscape,
    ...state.params,
    x: state.start[0],
    y: state.start[1],
    step: state.step,
  };
  for (const r of RACERS) {
    const s = state.racers[r.id];
    flat[racerKey(r.id)] = s.on;
    flat[racerKey(r.id, 'lr')] = String(s.lr);
    for (const h of r.hyper) flat[racerKey(r.id, h.key)] = s.hyper[h.key] ?? h.default;
  }
  return flat;
}

/**
 * Reads the state from URL parameters `<prefix>…`: first the landscape, then the rest of that
 * landscape's schema. Anything malformed falls back with a notice; never throws.
 */
export function stateFromUrl(
  params: URLSearchParams,
  prefix: string,
  defaultLandscape: LandscapeId,
  defaultOn: readonly RacerId[],
): { state: LandscapeDescentState; notices: string[] } {
  const first = urlSchema(defaultLandscape, defaultLandscape, defaultOn);
  const which = parseUrlState({ landscape: first['landscape']! }, params, prefix);
  const id = maybeLandscape(String(which.state['landscape']), defaultLandscape);
  const schema = urlSchema(id, defaultLandscape, defaultOn);
  const { state: flat, notices } = parseUrlState(schema, params, prefix);
  const l = createLandscape(id);
  const num = (k: string, d: number) => (typeof flat[k] === 'number' ? (flat[k] as number) : d);
  let state: LandscapeDescentState = {
    landscape: id,
    params: clampLandscapeParams(
      id,
      Object.fromEntries(l.parameters.map((p) => [p.id, num(p.id, p.default)])),
    ),
    start: clampStart(l, [num('x', l.defaultStart[0]), num('y', l.defaultStart[1])]),
    racers: initialState(id, defaultOn).racers,
    step: Math.round(num('step', 0)),
  };
  for (const r of RACERS) {
    state = withRacer(state, r.id, {
      on: flat[racerKey(r.id)] === true,
      lr: Number(flat[racerKey(r.id, 'lr')] ?? r.lr),
      hyper: Object.fromEntries(r.hyper.map((h) => [h.key, num(racerKey(r.id, h.key), h.default)])),
    });
  }
  return { state, notices };
}

/** The state's non-default settings as URL parameters, other parameters of `base` kept. */
export function stateToUrl(
  state: LandscapeDescentState,
  prefix: string,
  defaultLandscape: LandscapeId,
  defaultOn: readonly RacerId[],
  base?: URLSearchParams,
): URLSearchParams {
  return serializeUrlState(
    urlSchema(state.landscape, defaultLandscape, defaultOn),
    toFlat(state),
    prefix,
    base,
  );
}
