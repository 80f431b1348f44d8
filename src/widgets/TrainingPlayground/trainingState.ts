/**
 * State of the TrainingPlayground: the task, its data, the loss, the optimizer and its settings,
 * and the epoch shown; the URL schema; the training run (one `fit` per settings change, with its
 * per-epoch trace) and what each frame draws. Pure: no DOM, no Preact; every number from compute.
 */

import {
  blobs,
  createLinearRegression,
  createLogisticRegression,
  createOptimizer,
  createSoftmaxRegression,
  defaultParams,
  fit,
  lineData,
  lossRegistry,
  pick,
  predictGrid,
  splitTrainHeldOut,
  type ClassGrid,
  type Dataset,
  type Domain2D,
  type FitResult,
  type LossEntry,
  type Model,
  type Optimizer,
} from '~/compute';
import { snapToField, type UrlSchema, type UrlStateOf } from '../kit/urlState';

/** The learning problems on offer. */
export type Task = 'regression' | 'binary' | 'multiclass';
export const TASKS: readonly Task[] = ['regression', 'binary', 'multiclass'];
export const TASK_LABELS: Readonly<Record<Task, string>> = {
  regression: 'Regression (a line through points)',
  binary: 'Binary classification (2 classes)',
  multiclass: 'Three-class classification',
};

/** The optimizers on offer: torch.optim's, with SGD + momentum 0.9 as its own choice. */
export type OptimizerChoice = 'sgd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw';
export const OPTIMIZERS: readonly { value: OptimizerChoice; label: string }[] = [
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'SGD + momentum 0.9' },
  { value: 'adagrad', label: 'AdaGrad' },
  { value: 'rmsprop', label: 'RMSprop' },
  { value: 'adam', label: 'Adam' },
  { value: 'adamw', label: 'AdamW' },
];

/** Batch sizes: every row per step, mini-batches of MINI_BATCH, or one example per step. */
export type BatchChoice = 'full' | 'mini' | 'single';
export const MINI_BATCH = 8;
export const BATCHES: readonly { value: BatchChoice; label: string }[] = [
  { value: 'full', label: 'Full batch' },
  { value: 'mini', label: `Mini-batch of ${MINI_BATCH}` },
  { value: 'single', label: 'Single example' },
];

/** Learning rates on offer (a menu, so a link always names one exactly). */
export const LEARNING_RATES = ['0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3'] as const;
export type LearningRate = (typeof LEARNING_RATES)[number];

/** Share of the generated points held out (the held-out loss curve). */
export const HELD_OUT_FRACTION = 0.25;

/** The playground's settings (added points are kept apart: they are not in the URL). */
export interface PlaygroundState {
  readonly task: Task;
  readonly loss: string;
  readonly optimizer: OptimizerChoice;
  readonly lr: LearningRate;
  readonly batch: BatchChoice;
  readonly epochs: number;
  readonly points: number;
  readonly noise: number;
  readonly seed: number;
  readonly outliers: number;
  /** The epoch shown (clamped to the run's last epoch). */
  readonly step: number;
}

/** A point added by click or keyboard: (x, y) for regression, (x₁, x₂) and a class otherwise. */
export interface AddedPoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
}

/** Registry losses that fit a task: residual losses; margin and probability losses; cross-entropy. */
export function lossesFor(task: Task): LossEntry[] {
  return lossRegistry.filter((e) => {
    if (task === 'regression') return e.family === 'regression' && e.domain.variable === 'residual';
    if (task === 'multiclass') return e.id === 'cross-entropy';
    // The 0-1 loss has a zero gradient everywhere, so gradient descent cannot train with it.
    return (e.family === 'margin' || e.family === 'probabilistic') && e.id !== 'zero-one';
  });
}

/** The loss a task starts with. */
export const DEFAULT_LOSS: Readonly<Record<Task, string>> = {
  regression: 'mse',
  binary: 'logistic',
  multiclass: 'cross-entropy',
};

/** Per-task defaults of the data and training settings. */
export const TASK_DEFAULTS: Readonly<
  Record<Task, Pick<PlaygroundState, 'lr' | 'epochs' | 'points' | 'noise' | 'outliers'>>
> = {
  regression: { lr: '0.1', epochs: 200, points: 20, noise: 1, outliers: 0 },
  binary: { lr: '0.3', epochs: 100, points: 80, noise: 0.8, outliers: 0 },
  multiclass: { lr: '0.3', epochs: 100, points: 90, noise: 0.8, outliers: 0 },
};

/** Slider ranges. */
export const EPOCHS = { min: 0, max: 300, step: 10 } as const;
export const POINTS = { min: 6, max: 200, step: 1 } as const;
export const NOISE = { min: 0, max: 3, step: 0.1 } as const;
export const SEED = { min: 1, max: 999, step: 1 } as const;
export const OUTLIERS = { min: 0, max: 6, step: 1 } as const;

/** The default state of a widget instance. */
export function defaultState(
  task: Task = 'regression',
  loss?: string,
  outliers?: number,
): PlaygroundState {
  const d = TASK_DEFAULTS[task];
  const lossOk = loss !== undefined && lossesFor(task).some((e) => e.id === loss);
  const out = Math.min(OUTLIERS.max, Math.max(0, Math.round(outliers ?? d.outliers)));
  return {
    task,
    loss: lossOk ? loss : DEFAULT_LOSS[task],
    optimizer: 'sgd',
    lr: d.lr,
    batch: 'full',
    epochs: d.epochs,
    points: d.points,
    noise: d.noise,
    seed: 1,
    outliers: task === 'regression' ? out : 0,
    step: d.epochs,
  };
}

/** The URL schema, whose defaults are the instance's default state. */
export function playgroundSchema(defaults: PlaygroundState) {
  return {
    task: { kind: 'enum', label: 'task', values: TASKS, default: defaults.task },
    loss: {
      kind: 'enum',
      label: 'loss',
      values: lossRegistry.map((e) => e.id),
      default: defaults.loss,
    },
    optimizer: {
      kind: 'enum',
      label: 'optimizer',
      values: OPTIMIZERS.map((o) => o.value),
      default: defaults.optimizer,
    },
    lr: { kind: 'enum', label: 'learning rate', values: LEARNING_RATES, default: defaults.lr },
    batch: {
      kind: 'enum',
      label: 'batch size',
      values: BATCHES.map((b) => b.value),
      default: defaults.batch,
    },
    epochs: { kind: 'number', label: 'epochs', default: defaults.epochs, ...EPOCHS },
    points: { kind: 'number', label: 'points', default: defaults.points, ...POINTS },
    noise: { kind: 'number', label: 'noise', default: defaults.noise, ...NOISE },
    seed: { kind: 'number', label: 'seed', default: defaults.seed, ...SEED },
    outliers: { kind: 'number', label: 'outliers', default: defaults.outliers, ...OUTLIERS },
    step: {
      kind: 'number',
      label: 'epoch shown',
      default: defaults.step,
      min: 0,
      max: 300,
      step: 1,
    },
  } as const satisfies UrlSchema;
}

export type PlaygroundSchema = ReturnType<typeof playgroundSchema>;

/** The state as the URL's flat record. */
export function toFlat(state: PlaygroundState): UrlStateOf<PlaygroundSchema> {
  return { ...state };
}

/**
 * The state from a parsed URL: a loss that does not fit the task falls back to the task's default
 * loss, with a notice when the link named that loss (`lossGiven`).
 */
export function fromFlat(
  flat: UrlStateOf<PlaygroundSchema>,
  lossGiven = true,
): {
  state: PlaygroundState;
  notices: string[];
} {
  const notices: string[] = [];
  let loss = flat.loss;
  if (!lossesFor(flat.task).some((e) => e.id === loss)) {
    loss = DEFAULT_LOSS[flat.task];
    if (lossGiven) notices.push(`The link’s loss does not fit the task; using ${loss}.`);
  }
  return {
    state: {
      ...flat,
      loss,
      lr: flat.lr,
      outliers: flat.task === 'regression' ? flat.outliers : 0,
    },
    notices,
  };
}

/** Switches the task: the data and training settings take that task's defaults. */
export function withTask(state: PlaygroundState, task: Task): PlaygroundState {
  if (task === state.task) return state;
  const next = defaultState(task);
  return { ...next, optimizer: state.optimizer, batch: state.batch, seed: state.seed };
}

/** Sets a numeric setting, snapped to its slider; a new setting shows the run's last epoch. */
export function withNumber(
  state: PlaygroundState,
  key: 'epochs' | 'points' | 'noise' | 'seed' | 'outliers',
  value: number,
): PlaygroundState {
  if (!Number.isFinite(value)) return state;
  const range = { epochs: EPOCHS, points: POINTS, noise: NOISE, seed: SEED, outliers: OUTLIERS }[
    key
  ];
  const v = snapToField({ kind: 'number', label: key, default: range.min, ...range }, value);
  const next = { ...state, [key]: v };
  return { ...next, step: next.epochs };
}

/** The generated data of a task: features, targets, outlier marks, and the held-out split. */
export interface PlaygroundData {
  readonly task: Task;
  /** Every point: x (regression) or [x₁, x₂]; y target or class label. */
  readonly x: readonly (number | readonly [number, number])[];
  readonly y: readonly number[];
  readonly isOutlier: readonly boolean[];
  readonly heldOut: readonly boolean[];
  readonly added: readonly boolean[];
  readonly train: Dataset;
  readonly held: Dataset;
}

/** The dataset of the state (lineData or blobs, seeded), split, with the added points in training. */
export function createData(
  state: PlaygroundState,
  added: readonly AddedPoint[] = [],
): PlaygroundData {
  let x: (number | readonly [number, number])[];
  let y: number[];
  let isOutlier: boolean[];
  if (state.task === 'regression') {
    const d = lineData({
      n: state.points,
      noise: state.noise,
      outliers: state.outliers,
      seed: state.seed,
    });
    x = d.x;
    y = d.y;
    isOutlier = d.isOutlier;
  } else {
    const classes = state.task === 'binary' ? 2 : 3;
    const b = blobs({
      classes,
      nPerClass: Math.max(2, Math.round(state.points / classes)),
      spread: state.noise,
      seed: state.seed,
    });
    x = b.points;
    y = b.labels;
    isOutlier = y.map(() => false);
  }
  const split = splitTrainHeldOut(y.length, {
    heldOutFraction: HELD_OUT_FRACTION,
    seed: state.seed,
  });
  const heldOut = y.map(() => false);
  for (const i of split.heldOut) heldOut[i] = true;
  const addedX = added.map((p) => (state.task === 'regression' ? p.x : ([p.x, p.y] as const)));
  const addedY = added.map((p) => (state.task === 'regression' ? p.y : p.label));
  return {
    task: state.task,
    x: [...x, ...addedX],
    y: [...y, ...addedY],
    isOutlier: [...isOutlier, ...added.map(() => false)],
    heldOut: [...heldOut, ...added.map(() => false)],
    added: [...y.map(() => false), ...added.map(() => true)],
    train: {
      x: [...pick(x, split.train), ...addedX],
      y: [...pick(y, split.train), ...addedY],
    },
    held: { x: pick(x, split.heldOut), y: pick(y, split.heldOut) },
  };
}

/** The model of a task. */
export function createModel(task: Task): Model {
  if (task === 'regression') return createLinearRegression(1);
  if (task === 'binary') return createLogisticRegression(2);
  return createSoftmaxRegression(2, 3);
}

/** A fresh optimizer for the state's choice and learning rate. */
export function createPlaygroundOptimizer(state: PlaygroundState): Optimizer {
  const lr = Number(state.lr);
  if (state.optimizer === 'momentum') return createOptimizer('sgd', { lr, momentum: 0.9 });
  return createOptimizer(state.optimizer, { lr });
}

/** The batch size `fit` takes for a choice. */
export function batchSizeOf(choice: BatchChoice): 'full' | number {
  return choice === 'full' ? 'full' : choice === 'mini' ? MINI_BATCH : 1;
}

/** A training run: the model, the fit (trace per epoch) or, when the loss does not fit, a reason. */
export interface PlaygroundRun {
  readonly model: Model;
  readonly result: FitResult | null;
  /** Why there is no run, in words (null when there is one). */
  readonly error: string | null;
}

/** Trains once on the state's data for every epoch (the Player then only redraws). */
export function runTraining(state: PlaygroundState, data: PlaygroundData): PlaygroundRun {
  const model = createModel(state.task);
  const loss = lossRegistry.find((e) => e.id === state.loss);
  if (!loss || !lossesFor(state.task).includes(loss)) {
    return { model, result: null, error: `The loss ${state.loss} does not fit this task.` };
  }
  try {
    const result = fit({
      model,
      data: data.train,
      loss,
      lossParams: defaultParams(loss),
      optimizer: createPlaygroundOptimizer(state),
      epochs: state.epochs,
      batchSize: batchSizeOf(state.batch),
      seed: state.seed,
      ...(data.held.y.length > 0 && { heldOut: data.held }),
    });
    return { model, result, error: null };
  } catch (e) {
    return { model, result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The last epoch the run reached (0 without a run). */
export function lastEpoch(run: PlaygroundRun): number {
  return Math.max(0, (run.result?.trace.length ?? 1) - 1);
}

/** The input-plane rectangle of a classification chart: the data's extent, padded, at least ±2. */
export function planeDomain(data: PlaygroundData): Domain2D {
  let x0 = -2;
  let x1 = 2;
  let y0 = -2;
  let y1 = 2;
  for (const p of data.x) {
    if (typeof p === 'number') continue;
    x0 = Math.min(x0, p[0] - 0.3);
    x1 = Math.max(x1, p[0] + 0.3);
    y0 = Math.min(y0, p[1] - 0.3);
    y1 = Math.max(y1, p[1] + 0.3);
  }
  return [
    [Math.floor(x0 * 2) / 2, Math.ceil(x1 * 2) / 2],
    [Math.floor(y0 * 2) / 2, Math.ceil(y1 * 2) / 2],
  ];
}

/** The regression chart's ranges: x over the data's range (at least [−2, 2]), y padded. */
export function lineDomain(data: PlaygroundData): Domain2D {
  let x0 = -2;
  let x1 = 2;
  let y0 = -1;
  let y1 = 1;
  data.x.forEach((p, i) => {
    if (typeof p !== 'number') return;
    x0 = Math.min(x0, p);
    x1 = Math.max(x1, p);
    y0 = Math.min(y0, data.y[i] as number);
    y1 = Math.max(y1, data.y[i] as number);
  });
  const pad = 0.08 * (y1 - y0);
  return [
    [Math.floor(x0 * 2) / 2, Math.ceil(x1 * 2) / 2],
    [Math.floor(y0 - pad), Math.ceil(y1 + pad)],
  ];
}

/** Cells of the decision-region grid. */
export const GRID_NX = 56;
export const GRID_NY = 36;

/** The predicted class over the plane at an epoch's parameters (compute's predictGrid). */
export function regionsAt(
  run: PlaygroundRun,
  params: readonly number[],
  domain: Domain2D,
): ClassGrid {
  return predictGrid(run.model, params, domain, GRID_NX, GRID_NY);
}

/** Formats a parameter vector for the readout: 'w = 1.95, b = 0.41' (regression). */
export function describeLine(params: readonly number[]): { w: number; b: number } {
  return { w: params[0] ?? 0, b: params[1] ?? 0 };
}
