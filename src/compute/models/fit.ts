/** Trains a model by full-batch, mini-batch or stochastic gradient descent, epoch by epoch. */
import { randomLcg } from 'd3-random';
import { miniBatches } from '../data/shuffle';
import type { LossParams, Optimizer } from '../types';
import type { Dataset, FitLoss, Model } from './types';

/** Options of `fit`. */
export interface FitOptions {
  readonly model: Model;
  readonly data: Dataset;
  /** The pointwise loss (optional for softmax regression, whose default is cross-entropy). */
  readonly loss?: FitLoss;
  readonly lossParams?: LossParams;
  /** A fresh optimizer (its state carries over between calls, so `reset()` it to start over). */
  readonly optimizer: Optimizer;
  readonly epochs: number;
  /** 'full' (default): one step per epoch on all rows; a number: shuffled mini-batches of that size. */
  readonly batchSize?: 'full' | number;
  /** Seed of the d3 `randomLcg` that shuffles the mini-batches (default 1). */
  readonly seed?: number;
  /** Data to report the held-out loss on, never trained on. */
  readonly heldOut?: Dataset;
  /** Starting parameters (default the model's zeros). */
  readonly initialParams?: readonly number[];
  /** A training loss above this counts as diverged (default 1e10 × max(1, initial loss)). */
  readonly divergeAbove?: number;
}

/** The state after an epoch (epoch 0 is the starting point). */
export interface EpochRecord {
  readonly epoch: number;
  readonly params: number[];
  /** Mean loss over the whole training set at `params`. */
  readonly trainLoss: number;
  /** Mean loss over `heldOut` at `params`, when held-out data was given. */
  readonly heldOutLoss?: number;
  /** Euclidean norm of the full training gradient at `params`. */
  readonly gradNorm: number;
}

/** Why training stopped. */
export type FitStop = 'done' | 'diverged';

/** A training run: every epoch's record (all finite), the last params, and how it ended. */
export interface FitResult {
  readonly trace: EpochRecord[];
  /** The parameters of the last record. */
  readonly params: number[];
  readonly stop: FitStop;
  /** A plain-English sentence on how the run ended. */
  readonly message: string;
}

function norm(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

function allFinite(v: readonly number[]): boolean {
  for (const x of v) if (!Number.isFinite(x)) return false;
  return true;
}

/**
 * Runs `epochs` epochs of gradient descent with `optimizer`, recording after each epoch the full
 * training loss, held-out loss and gradient norm. Never returns NaN: when the loss, a gradient or
 * a parameter becomes non-finite, or the loss exceeds `divergeAbove`, it stops with 'diverged',
 * a message, and the trace up to the last finite epoch. Deterministic for a given seed.
 */
export function fit({
  model,
  data,
  loss,
  lossParams,
  optimizer,
  epochs,
  batchSize = 'full',
  seed = 1,
  heldOut,
  initialParams,
  divergeAbove,
}: FitOptions): FitResult {
  const n = data.y.length;
  if (n === 0 || data.x.length !== n) {
    throw new RangeError(
      `fit: data needs as many inputs as targets and at least one row (got ${data.x.length} and ${n}).`,
    );
  }
  if (!(Number.isInteger(epochs) && epochs >= 0)) {
    throw new RangeError(`fit: epochs must be a whole number, got ${epochs}`);
  }
  if (batchSize !== 'full' && !(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new RangeError(`fit: batchSize must be 'full' or a positive integer, got ${batchSize}`);
  }
  let params = initialParams ? initialParams.slice() : model.initialParams();
  if (params.length !== model.nParams) {
    throw new RangeError(`fit: the model has ${model.nParams} parameters, got ${params.length}`);
  }
  const random = randomLcg(seed);
  const full = batchSize === 'full' || batchSize >= n;
  const trace: EpochRecord[] = [];
  let limit = divergeAbove ?? Infinity;

  const diverged = (epoch: number, what: string): FitResult => ({
    trace,
    params: trace.length > 0 ? (trace[trace.length - 1] as EpochRecord).params : params,
    stop: 'diverged',
    message:
      `Training diverged in epoch ${epoch}: ${what}. ` +
      'The steps overshoot the minimum by more each time; try a smaller learning rate.',
  });

  for (let epoch = 0; ; epoch++) {
    const { loss: trainLoss, grad } = model.lossAndGrad(params, data, loss, lossParams);
    if (!Number.isFinite(trainLoss) || !allFinite(grad)) {
      return diverged(epoch, 'the loss or its gradient is no longer a finite number');
    }
    if (epoch === 0 && divergeAbove === undefined) limit = 1e10 * Math.max(1, trainLoss);
    if (trainLoss > limit) {
      return diverged(epoch, `the training loss reached ${trainLoss.toExponential(2)}`);
    }
    let heldOutLoss: number | undefined;
    if (heldOut !== undefined && heldOut.y.length > 0) {
      heldOutLoss = model.lossAndGrad(params, heldOut, loss, lossParams).loss;
      if (!Number.isFinite(heldOutLoss)) {
        return diverged(epoch, 'the held-out loss is no longer a finite number');
      }
    }
    trace.push({
      epoch,
      params,
      trainLoss,
      ...(heldOutLoss === undefined ? {} : { heldOutLoss }),
      gradNorm: norm(grad),
    });
    if (epoch === epochs) break;

    if (full) {
      params = optimizer.step(params, grad);
    } else {
      for (const batch of miniBatches(n, batchSize, random)) {
        const step = model.lossAndGrad(params, data, loss, lossParams, batch);
        if (!allFinite(step.grad)) {
          return diverged(epoch + 1, 'a mini-batch gradient is no longer a finite number');
        }
        params = optimizer.step(params, step.grad);
        if (!allFinite(params)) break;
      }
    }
    if (!allFinite(params)) {
      return diverged(epoch + 1, 'the parameters are no longer finite numbers');
    }
  }
  return {
    trace,
    params,
    stop: 'done',
    message: `Finished ${epochs} epoch${epochs === 1 ? '' : 's'}; final training loss ${(trace[trace.length - 1] as EpochRecord).trainLoss.toPrecision(4)}.`,
  };
}
