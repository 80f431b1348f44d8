import { describe, expect, it } from 'vitest';
import { descend, type DescendResult } from '~/compute/descend';
import { createLandscape } from '~/compute/landscapes';
import { createOptimizer, optimizerKinds } from '~/compute/optimizers';
import { assertInDelta } from '../helpers/assert';

/** Every number in a descent's path is finite. */
function expectAllFinite(result: DescendResult): void {
  for (const p of result.path) {
    const numbers = [p.value, ...p.params, ...p.grad, ...Object.values(p.state.buffers).flat()];
    expect(numbers.every(Number.isFinite), `step ${p.step}`).toBe(true);
  }
}

describe('descend(landscape, start, optimizer, steps, opts?)', () => {
  const rosenbrock = createLandscape('rosenbrock');
  const bowl = createLandscape('bowl', { kappa: 10 });

  it.each([0.01, 0.1, 1, 1e3, 1e12])(
    'descend(rosenbrock, start, sgd({ lr: %s }), 500) stops with "diverged", never NaN',
    (lr) => {
      const r = descend(rosenbrock, rosenbrock.defaultStart, createOptimizer('sgd', { lr }), 500);
      expect(r.stopped).toBe('diverged');
      expect(r.message).toMatch(/^Diverged at step \d+: .*smaller learning rate\.$/);
      expect(r.path.length).toBeLessThan(501);
      expectAllFinite(r);
    },
  );

  it('descend(rosenbrock, start, sgd({ lr: 1 }), 10) leaves on step 1 with the start alone in the path', () => {
    // g(−1.2, 1) = (−2·2.2 − 400·(−1.2)·(1 − 1.44), 200·(1 − 1.44)) = (−215.6, −88), so one step
    // of lr 1 lands at (214.4, 89), beyond 10× the domain's half-width (x ∈ [−20, 20]).
    const r = descend(rosenbrock, [-1.2, 1], createOptimizer('sgd', { lr: 1 }), 10);
    expect(r.stopped).toBe('diverged');
    expect(r.path.map((p) => p.step)).toEqual([0]);
    assertInDelta(r.path[0]?.grad ?? [], [-215.6, -88], 1e-9);
    expect(r.message).toContain('(214.4, 89)');
  });

  it('descend(rosenbrock, start, sgd, steps, { maxValue }) stops when the loss passes maxValue', () => {
    const r = descend(rosenbrock, [-1.2, 1], createOptimizer('sgd', { lr: 0.01 }), 100, {
      maxValue: 1000,
    });
    expect(r.stopped).toBe('diverged');
    expect(r.message).toMatch(/the loss reached/);
    for (const p of r.path) expect(Math.abs(p.value)).toBeLessThanOrEqual(1000);
  });

  it('descend(bowl, start, sgd({ lr: 0.1 }), 1000) stops with "converged" near the minimum', () => {
    const r = descend(bowl, bowl.defaultStart, createOptimizer('sgd', { lr: 0.1 }), 1000);
    expect(r.stopped).toBe('converged');
    const last = r.path[r.path.length - 1];
    expect(Math.hypot(...(last?.grad ?? [1, 1]))).toBeLessThan(1e-6);
    assertInDelta(last?.params ?? [], [0, 0], 1e-6);
    expect(r.path.map((p) => p.step)).toEqual(r.path.map((_, i) => i));
    expect(r.message).toMatch(/^Converged after \d+ steps: the gradient norm fell below 1e-6 at /);
  });

  it('descend(bowl, start, optimizer, 0) returns the start only, with "max-steps"', () => {
    const r = descend(bowl, [1, 1], createOptimizer('adam'), 0);
    expect(r.stopped).toBe('max-steps');
    expect(r.path).toHaveLength(1);
    expect(r.path[0]).toMatchObject({ step: 0, params: [1, 1], value: 5.5, grad: [1, 10] });
  });

  it('descend(rosenbrock, start, adam(), 10) records the state after every step', () => {
    const r = descend(rosenbrock, [-1.2, 1], createOptimizer('adam'), 10);
    expect(r.stopped).toBe('max-steps');
    expect(r.message).toMatch(/^Ran all 10 steps without converging/);
    expect(r.path).toHaveLength(11);
    r.path.forEach((p, k) => expect(p.state.step).toBe(k));
    expect(r.path[0]?.state.buffers).toEqual({ expAvg: [], expAvgSq: [] });
    // After one step m = 0.1·g0 = (−21.56, −8.8).
    assertInDelta(r.path[1]?.state.buffers['expAvg'] as number[], [-21.56, -8.8], 1e-9);
    expect(r.path[2]?.state.buffers['expAvg']).not.toEqual(r.path[1]?.state.buffers['expAvg']);
    expectAllFinite(r);
  });

  it('descend(landscape, start, optimizer, steps) resets the optimizer, so runs repeat exactly', () => {
    const opt = createOptimizer('rmsprop', { momentum: 0.9 });
    const a = descend(rosenbrock, [-1.2, 1], opt, 50);
    const b = descend(rosenbrock, [-1.2, 1], opt, 50);
    expect(b).toEqual(a);
  });

  it('descend(saddle, start off the axis, sgd, 500) slides off: "diverged", the saddle has no minimum', () => {
    const saddle = createLandscape('saddle');
    const r = descend(saddle, saddle.defaultStart, createOptimizer('sgd', { lr: 0.1 }), 500);
    expect(r.stopped).toBe('diverged');
    expect(r.message).toMatch(/has no minimum/);
    expectAllFinite(r);
  });

  it('descend(saddle, start on the x axis, sgd, 500) converges to the stationary point, not a minimum', () => {
    const saddle = createLandscape('saddle');
    const r = descend(saddle, [-1.8, 0], createOptimizer('sgd', { lr: 0.1 }), 500);
    expect(r.stopped).toBe('converged');
    expect(r.message).toMatch(/stationary point .* which is not a minimum/);
  });

  it('descend(bowl, minimum, adam({ eps: 0 }), 5, { tol: 0 }) stops with "non-finite" instead of 0/0', () => {
    // At the minimum g = 0, so m̂ = v̂ = 0 and the Adam step is 0/(0 + 0) = NaN.
    const r = descend(bowl, [0, 0], createOptimizer('adam', { eps: 0 }), 5, { tol: 0 });
    expect(r.stopped).toBe('non-finite');
    expect(r.path).toHaveLength(1);
    expect(r.message).toMatch(/^Stopped at step 1: /);
  });

  it.each(optimizerKinds)('descend(rosenbrock, start, %s(), 500) stays finite', (kind) => {
    expectAllFinite(descend(rosenbrock, [-1.2, 1], createOptimizer(kind), 500));
  });

  it('descend(landscape, start, optimizer, -1 | 1.5) throws a RangeError, and so does a NaN start', () => {
    const opt = createOptimizer('sgd');
    expect(() => descend(bowl, [0, 0], opt, -1)).toThrow(RangeError);
    expect(() => descend(bowl, [0, 0], opt, 1.5)).toThrow(RangeError);
    expect(() => descend(bowl, [NaN, 0], opt, 1)).toThrow(RangeError);
  });

  it('descend(landscape, start, optimizer, steps) does not mutate start', () => {
    const start = Object.freeze([-1.2, 1] as const);
    descend(rosenbrock, start, createOptimizer('sgd', { lr: 1e-3 }), 5);
    expect(start).toEqual([-1.2, 1]);
  });
});
