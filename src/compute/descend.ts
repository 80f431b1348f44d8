/** Runs an optimizer down a landscape, stopping with a reason before any number goes bad. */
import type { Landscape, Point } from './landscapes/landscape';
import type { Optimizer, OptimizerState } from './types';

/** Why a descent stopped. */
export type DescendStop = 'converged' | 'diverged' | 'non-finite' | 'max-steps';

/** One point of a descent: the weights after `step` updates, with the optimizer's state then. */
export interface DescendPoint {
  step: number;
  params: [number, number];
  value: number;
  grad: [number, number];
  state: OptimizerState;
}

/** A descent's path (all finite; all but the start inside the bounds) and why it ended. */
export interface DescendResult {
  path: DescendPoint[];
  stopped: DescendStop;
  /** One plain-English sentence saying what happened. */
  message: string;
}

/** Stopping rules of `descend`. */
export interface DescendOptions {
  /** Converged once the gradient norm falls below this (default 1e-6). */
  tol?: number;
  /** Diverged once |loss| exceeds this (default 1e8). */
  maxValue?: number;
  /** Diverged once a weight leaves the domain scaled by this factor about its centre (default 10). */
  boundFactor?: number;
}

function format(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return Number(v.toPrecision(3)).toExponential().replace('e+', 'e');
  return String(Number(v.toPrecision(4)));
}

function formatPoint([x, y]: readonly number[]): string {
  return `(${format(x as number)}, ${format(y as number)})`;
}

/**
 * Runs `optimizer` (reset first) from `start` for at most `steps` updates; stops early when the
 * gradient norm falls below `tol` (converged), when the weights or loss leave the bounds
 * (diverged), or when the optimizer returns NaN or ±Infinity (non-finite).
 */
export function descend(
  landscape: Landscape,
  start: Point,
  optimizer: Optimizer,
  steps: number,
  { tol = 1e-6, maxValue = 1e8, boundFactor = 10 }: DescendOptions = {},
): DescendResult {
  if (!Number.isInteger(steps) || steps < 0) {
    throw new RangeError(`descend: steps must be an integer ≥ 0, got ${steps}.`);
  }
  if (!(tol >= 0) || !(maxValue > 0) || !(boundFactor >= 1)) {
    throw new RangeError('descend: need tol ≥ 0, maxValue > 0 and boundFactor ≥ 1.');
  }
  const [sx, sy] = start;
  const startValue = landscape.value(start);
  const startGrad = landscape.gradient(start);
  if (![sx, sy, startValue, ...startGrad].every(Number.isFinite)) {
    throw new RangeError(
      `descend: the ${landscape.name} is not finite at the start ${formatPoint(start)}.`,
    );
  }
  const { x: dx, y: dy } = landscape.domain;
  const cx = (dx[0] + dx[1]) / 2;
  const cy = (dy[0] + dy[1]) / 2;
  const rx = ((dx[1] - dx[0]) / 2) * boundFactor;
  const ry = ((dy[1] - dy[0]) / 2) * boundFactor;
  const noMinimum = landscape.minima.length === 0;
  const advice = noMinimum
    ? `the ${landscape.name} has no minimum, so descent runs downhill without end`
    : 'try a smaller learning rate';

  optimizer.reset();
  const path: DescendPoint[] = [
    { step: 0, params: [sx, sy], value: startValue, grad: startGrad, state: optimizer.state() },
  ];
  let last = path[0] as DescendPoint;
  for (let k = 1; ; k++) {
    const gradNorm = Math.hypot(last.grad[0], last.grad[1]);
    if (gradNorm < tol) {
      const at = formatPoint(last.params);
      const where = noMinimum
        ? `at the stationary point ${at}, which is not a minimum`
        : `at ${at}, where the loss is ${format(last.value)}`;
      const after = last.step === 1 ? '1 step' : `${last.step} steps`;
      return {
        path,
        stopped: 'converged',
        message: `Converged after ${after}: the gradient norm fell below ${format(tol)} ${where}.`,
      };
    }
    if (k > steps) {
      return {
        path,
        stopped: 'max-steps',
        message: `Ran all ${steps} steps without converging: at ${formatPoint(last.params)} the loss is ${format(last.value)} and the gradient norm ${format(gradNorm)}.`,
      };
    }
    const next = optimizer.step(last.params, last.grad);
    const x = next[0] ?? NaN;
    const y = next[1] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return {
        path,
        stopped: 'non-finite',
        message: `Stopped at step ${k}: the update produced a weight that is not a finite number.`,
      };
    }
    if (Math.abs(x - cx) > rx || Math.abs(y - cy) > ry) {
      return {
        path,
        stopped: 'diverged',
        message: `Diverged at step ${k}: the update threw the weights to ${formatPoint(next)}, far outside the plotted region; ${advice}.`,
      };
    }
    const params: [number, number] = [x, y];
    const value = landscape.value(params);
    const grad = landscape.gradient(params);
    if (!Number.isFinite(value) || !Number.isFinite(grad[0]) || !Number.isFinite(grad[1])) {
      return {
        path,
        stopped: 'non-finite',
        message: `Stopped at step ${k}: the loss or its gradient at ${formatPoint(params)} is not a finite number.`,
      };
    }
    if (Math.abs(value) > maxValue) {
      return {
        path,
        stopped: 'diverged',
        message: `Diverged at step ${k}: the loss reached ${format(value)} at ${formatPoint(params)}; ${advice}.`,
      };
    }
    last = { step: k, params, value, grad, state: optimizer.state() };
    path.push(last);
  }
}
