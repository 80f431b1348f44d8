import type { Optimizer, OptimizerOptions, OptimizerState } from '../types';
import { checkRange, checkShapes } from './validate';

/** SGD's options with every default filled in. */
export type SgdOptions = Required<
  Pick<OptimizerOptions, 'lr' | 'momentum' | 'dampening' | 'nesterov' | 'weightDecay'>
>;

/**
 * torch.optim.SGD's defaults. torch requires lr; the site uses 0.01 when none is given.
 */
export const sgdDefaults: Readonly<SgdOptions> = Object.freeze({
  lr: 0.01,
  momentum: 0,
  dampening: 0,
  nesterov: false,
  weightDecay: 0,
});

/**
 * SGD with optional momentum, dampening, Nesterov momentum and L2 weight decay, as
 * torch.optim.SGD applies it (PyTorch 1.13 docs, algorithm box; Nesterov as in Sutskever et al.
 * 2013, in torch's form g + μ·b). The momentum buffer starts at the first gradient.
 */
export function createSgd(options: OptimizerOptions = {}): Optimizer {
  const name = 'SGD';
  const opts: SgdOptions = Object.freeze({
    lr: checkRange(name, 'lr', options.lr ?? sgdDefaults.lr, 0),
    momentum: checkRange(name, 'momentum', options.momentum ?? sgdDefaults.momentum, 0),
    dampening: checkRange(name, 'dampening', options.dampening ?? sgdDefaults.dampening, -Infinity),
    nesterov: options.nesterov ?? sgdDefaults.nesterov,
    weightDecay: checkRange(name, 'weightDecay', options.weightDecay ?? sgdDefaults.weightDecay, 0),
  });
  if (opts.nesterov && (opts.momentum <= 0 || opts.dampening !== 0)) {
    throw new RangeError(`${name}: Nesterov momentum requires a momentum > 0 and zero dampening.`);
  }
  const { lr, momentum: mu, dampening, nesterov, weightDecay: wd } = opts;
  let t = 0;
  let buf: number[] | undefined;

  return {
    kind: 'sgd',
    options: opts,
    step(params, grad) {
      checkShapes(name, params, grad, buf?.length);
      t += 1;
      const n = params.length;
      const next = new Array<number>(n);
      if (mu !== 0 && buf === undefined) buf = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) {
        const p = params[i] as number;
        let g = grad[i] as number;
        if (wd !== 0) g += wd * p;
        if (buf !== undefined) {
          // t = 1: b = g (torch clones the gradient); later b = μ·b + (1 − τ)·g.
          const b = t === 1 ? g : mu * (buf[i] as number) + (1 - dampening) * g;
          buf[i] = b;
          g = nesterov ? g + mu * b : b;
        }
        next[i] = p - lr * g;
      }
      return next;
    },
    state(): OptimizerState {
      return { step: t, buffers: mu !== 0 ? { momentumBuffer: buf ? [...buf] : [] } : {} };
    },
    reset() {
      t = 0;
      buf = undefined;
    },
  };
}
