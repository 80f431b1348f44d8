import type { Optimizer, OptimizerOptions, OptimizerState } from '../types';
import { checkRange, checkShapes } from './validate';

/** Adam's and AdamW's options with every default filled in. */
export type AdamOptions = Required<
  Pick<OptimizerOptions, 'lr' | 'beta1' | 'beta2' | 'eps' | 'weightDecay'>
>;

/** torch.optim.Adam's defaults. */
export const adamDefaults: Readonly<AdamOptions> = Object.freeze({
  lr: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0,
});

/** torch.optim.AdamW's defaults (as Adam's, but weight decay 0.01). */
export const adamwDefaults: Readonly<AdamOptions> = Object.freeze({
  ...adamDefaults,
  weightDecay: 0.01,
});

/** Adam update (Kingma & Ba 2015, Algorithm 1), as torch.optim.Adam applies it (L2 decay in g). */
export function createAdam(options: OptimizerOptions = {}): Optimizer {
  return createAdamFamily('adam', options);
}

/**
 * AdamW update (Loshchilov & Hutter 2019), as torch.optim.AdamW applies it: p ← p·(1 − lr·λ),
 * then the Adam step on the undecayed gradient.
 */
export function createAdamW(options: OptimizerOptions = {}): Optimizer {
  return createAdamFamily('adamw', options);
}

function createAdamFamily(kind: 'adam' | 'adamw', options: OptimizerOptions): Optimizer {
  const name = kind === 'adam' ? 'Adam' : 'AdamW';
  const d = kind === 'adam' ? adamDefaults : adamwDefaults;
  const opts: AdamOptions = Object.freeze({
    lr: checkRange(name, 'lr', options.lr ?? d.lr, 0),
    beta1: checkRange(name, 'beta1', options.beta1 ?? d.beta1, 0, 1, true),
    beta2: checkRange(name, 'beta2', options.beta2 ?? d.beta2, 0, 1, true),
    eps: checkRange(name, 'eps', options.eps ?? d.eps, 0),
    weightDecay: checkRange(name, 'weightDecay', options.weightDecay ?? d.weightDecay, 0),
  });
  const { lr, beta1, beta2, eps, weightDecay: wd } = opts;
  const decoupled = kind === 'adamw';
  let t = 0;
  let expAvg: number[] | undefined;
  let expAvgSq: number[] | undefined;

  return {
    kind,
    options: opts,
    step(params, grad) {
      checkShapes(name, params, grad, expAvg?.length);
      const n = params.length;
      const m = (expAvg ??= new Array<number>(n).fill(0));
      const v = (expAvgSq ??= new Array<number>(n).fill(0));
      t += 1;
      // torch: step_size = lr / (1 − β1^t); denom = √v / √(1 − β2^t) + eps.
      const stepSize = lr / (1 - beta1 ** t);
      const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
      const next = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        let p = params[i] as number;
        let g = grad[i] as number;
        if (wd !== 0) {
          if (decoupled) p *= 1 - lr * wd;
          else g += wd * p;
        }
        const mi = beta1 * (m[i] as number) + (1 - beta1) * g;
        const vi = beta2 * (v[i] as number) + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        next[i] = p - stepSize * (mi / (Math.sqrt(vi) / bc2Sqrt + eps));
      }
      return next;
    },
    state(): OptimizerState {
      return {
        step: t,
        buffers: { expAvg: expAvg ? [...expAvg] : [], expAvgSq: expAvgSq ? [...expAvgSq] : [] },
      };
    },
    reset() {
      t = 0;
      expAvg = undefined;
      expAvgSq = undefined;
    },
  };
}
