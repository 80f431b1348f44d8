import type { Optimizer, OptimizerOptions, OptimizerState } from '../types';
import { checkRange, checkShapes } from './validate';

/** RMSprop's options with every default filled in. */
export type RmspropOptions = Required<
  Pick<OptimizerOptions, 'lr' | 'alpha' | 'eps' | 'weightDecay' | 'momentum' | 'centered'>
>;

/** torch.optim.RMSprop's defaults. */
export const rmspropDefaults: Readonly<RmspropOptions> = Object.freeze({
  lr: 0.01,
  alpha: 0.99,
  eps: 1e-8,
  weightDecay: 0,
  momentum: 0,
  centered: false,
});

/**
 * RMSprop (Hinton, Coursera lecture 6e; centered form after Graves 2013), as
 * torch.optim.RMSprop applies it: eps is added after the square root, and momentum accumulates
 * the normalized step g / (√ṽ + eps).
 */
export function createRmsprop(options: OptimizerOptions = {}): Optimizer {
  const name = 'RMSprop';
  const d = rmspropDefaults;
  const opts: RmspropOptions = Object.freeze({
    lr: checkRange(name, 'lr', options.lr ?? d.lr, 0),
    // torch only checks alpha ≥ 0; alpha > 1 would make the squared average negative.
    alpha: checkRange(name, 'alpha', options.alpha ?? d.alpha, 0, 1),
    eps: checkRange(name, 'eps', options.eps ?? d.eps, 0),
    weightDecay: checkRange(name, 'weightDecay', options.weightDecay ?? d.weightDecay, 0),
    momentum: checkRange(name, 'momentum', options.momentum ?? d.momentum, 0),
    centered: options.centered ?? d.centered,
  });
  const { lr, alpha, eps, weightDecay: wd, momentum: mu, centered } = opts;
  let t = 0;
  let squareAvg: number[] | undefined;
  let gradAvg: number[] | undefined;
  let momentumBuffer: number[] | undefined;

  return {
    kind: 'rmsprop',
    options: opts,
    step(params, grad) {
      checkShapes(name, params, grad, squareAvg?.length);
      const n = params.length;
      const v = (squareAvg ??= new Array<number>(n).fill(0));
      if (centered) gradAvg ??= new Array<number>(n).fill(0);
      if (mu > 0) momentumBuffer ??= new Array<number>(n).fill(0);
      t += 1;
      const next = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const p = params[i] as number;
        let g = grad[i] as number;
        if (wd !== 0) g += wd * p;
        const vi = alpha * (v[i] as number) + (1 - alpha) * g * g;
        v[i] = vi;
        let avg: number;
        if (gradAvg !== undefined) {
          const gi = alpha * (gradAvg[i] as number) + (1 - alpha) * g;
          gradAvg[i] = gi;
          avg = Math.sqrt(vi - gi * gi) + eps;
        } else {
          avg = Math.sqrt(vi) + eps;
        }
        if (momentumBuffer !== undefined) {
          const b = mu * (momentumBuffer[i] as number) + g / avg;
          momentumBuffer[i] = b;
          next[i] = p - lr * b;
        } else {
          next[i] = p - lr * (g / avg);
        }
      }
      return next;
    },
    state(): OptimizerState {
      const buffers: Record<string, number[]> = { squareAvg: squareAvg ? [...squareAvg] : [] };
      if (centered) buffers['gradAvg'] = gradAvg ? [...gradAvg] : [];
      if (mu > 0) buffers['momentumBuffer'] = momentumBuffer ? [...momentumBuffer] : [];
      return { step: t, buffers };
    },
    reset() {
      t = 0;
      squareAvg = undefined;
      gradAvg = undefined;
      momentumBuffer = undefined;
    },
  };
}
