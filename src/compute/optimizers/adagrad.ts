import type { Optimizer, OptimizerOptions, OptimizerState } from '../types';
import { checkRange, checkShapes } from './validate';

/** Adagrad's options with every default filled in. */
export type AdagradOptions = Required<
  Pick<OptimizerOptions, 'lr' | 'lrDecay' | 'weightDecay' | 'initialAccumulatorValue' | 'eps'>
>;

/** torch.optim.Adagrad's defaults (note eps = 1e-10, not Adam's 1e-8). */
export const adagradDefaults: Readonly<AdagradOptions> = Object.freeze({
  lr: 0.01,
  lrDecay: 0,
  weightDecay: 0,
  initialAccumulatorValue: 0,
  eps: 1e-10,
});

/**
 * Adagrad (Duchi, Hazan & Singer 2011), as torch.optim.Adagrad applies it: the rate decays as
 * lr / (1 + (t − 1)·lrDecay) and eps is added after the square root of the running sum.
 */
export function createAdagrad(options: OptimizerOptions = {}): Optimizer {
  const name = 'Adagrad';
  const d = adagradDefaults;
  const opts: AdagradOptions = Object.freeze({
    lr: checkRange(name, 'lr', options.lr ?? d.lr, 0),
    lrDecay: checkRange(name, 'lrDecay', options.lrDecay ?? d.lrDecay, 0),
    weightDecay: checkRange(name, 'weightDecay', options.weightDecay ?? d.weightDecay, 0),
    initialAccumulatorValue: checkRange(
      name,
      'initialAccumulatorValue',
      options.initialAccumulatorValue ?? d.initialAccumulatorValue,
      0,
    ),
    eps: checkRange(name, 'eps', options.eps ?? d.eps, 0),
  });
  const { lr, lrDecay, weightDecay: wd, initialAccumulatorValue, eps } = opts;
  let t = 0;
  let sum: number[] | undefined;

  return {
    kind: 'adagrad',
    options: opts,
    step(params, grad) {
      checkShapes(name, params, grad, sum?.length);
      const n = params.length;
      sum ??= new Array<number>(n).fill(initialAccumulatorValue);
      t += 1;
      const clr = lr / (1 + (t - 1) * lrDecay);
      const next = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const p = params[i] as number;
        let g = grad[i] as number;
        if (wd !== 0) g += wd * p;
        const s = (sum[i] as number) + g * g;
        sum[i] = s;
        next[i] = p - clr * (g / (Math.sqrt(s) + eps));
      }
      return next;
    },
    state(): OptimizerState {
      return { step: t, buffers: { sum: sum ? [...sum] : [] } };
    },
    reset() {
      t = 0;
      sum = undefined;
    },
  };
}
