/** optimizers, "Three steps of momentum": SGD with momentum and a constant gradient. */
import { createSgd } from '../../optimizers/sgd';
import { defineProblem, pickFrom, pickSign, pickStep } from '../variant';

/** Learning rate η, momentum μ and the gradient g received three times, from w = 0. */
export interface OpP1Params {
  readonly lr: number;
  readonly mu: number;
  readonly g: number;
}

/** Three steps of `createSgd(options)` on the gradient g: each step's weight and buffer. */
function trace(options: { lr: number; momentum?: number }, g: number) {
  const sgd = createSgd(options);
  let w = [0];
  return [g, g, g].map((gt) => {
    w = sgd.step(w, [gt]);
    return { w: w[0]!, buffer: sgd.state().buffers['momentumBuffer']?.[0] ?? 0 };
  });
}

export const problem = defineProblem<OpP1Params>({
  id: 'op-p1',
  base: { lr: 0.1, mu: 0.9, g: 2 },
  draw(random) {
    return {
      lr: pickFrom(random, [0.05, 0.1, 0.2]),
      mu: pickFrom(random, [0.5, 0.8, 0.9]),
      g: pickSign(random) * pickStep(random, 0.5, 3, 0.5),
    };
  },
  solve({ lr, mu, g }) {
    const steps = trace({ lr, momentum: mu }, g);
    const plain = trace({ lr }, g);
    return {
      answer: steps[2]!.w,
      values: {
        lr,
        mu,
        g,
        buffers: steps.map((s) => s.buffer),
        weights: steps.map((s) => s.w),
        plain: plain[2]!.w,
        limit: g / (1 - mu),
      },
    };
  },
});
