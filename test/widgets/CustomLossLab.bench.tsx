import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, bench, describe } from 'vitest';
import { compileExpression } from '~/compute';
import { CustomLossLab } from '~/widgets/CustomLossLab/CustomLossLab';
import { computeView, variableSpec } from '~/widgets/CustomLossLab/labState';
import { trainWith } from '~/widgets/CustomLossLab/train';
import { customLossPanel } from '~/charts/customLossChart';
import { LossChooser } from '~/widgets/LossChooser/LossChooser';
import { FrameworkTranslator } from '~/widgets/FrameworkTranslator/FrameworkTranslator';

// One input event on the "Loss formula" box: compile, sample 201 points (value + autodiff
// derivative), the built-in, the checklist and the Preact re-render; the two panels are rebuilt one
// animation frame later (measured separately). Budget: p95 ≤ 8 ms. "Train with it" is a click.
const samples = new Map<string, number[]>();
function timed(name: string, run: () => void): () => void {
  const list: number[] = [];
  samples.set(name, list);
  return () => {
    const t0 = performance.now();
    run();
    list.push(performance.now() - t0);
  };
}
const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
afterAll(() => {
  for (const [name, xs] of samples) {
    console.log(
      `${name}: n = ${xs.length}, p50 = ${quantile(xs, 0.5).toFixed(2)} ms, p95 = ${quantile(xs, 0.95).toFixed(2)} ms`,
    );
  }
});

/** What a reader types, keystroke by keystroke: valid and invalid prefixes of formulas. */
const typed = [
  'abs(r) + r^2/10',
  'max(-0.9*r, 0.1*r)',
  'log(1 + r^2)',
  'softplus(r) - r/2',
].flatMap((f) => Array.from({ length: f.length }, (_, i) => f.slice(0, i + 1)));

describe('CustomLossLab per input event', () => {
  render(<CustomLossLab id="bench" />);
  const box = screen.getByRole('textbox', { name: 'Loss formula' });
  let i = 0;
  const main = 'formula keystroke → compile + sample + checks + re-render';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % typed.length;
      act(() => {
        fireEvent.input(box, { target: { value: typed[i] } });
      });
    }),
    { time: 4000, warmupIterations: 20 },
  );

  let j = 0;
  bench('recompute only: computeView (no DOM)', () => {
    j = (j + 1) % typed.length;
    computeView({ variable: 'r', formula: typed[j]!, compare: 'mse' });
  });

  // The deferred part: both panels rebuilt once per animation frame while typing.
  const views = ['abs(r) + r^2/10', 'max(-0.9*r, 0.1*r)', 'log(1 + r^2)'].map((f) => {
    const v = computeView({ variable: 'r', formula: f, compare: 'mse' });
    if (!v.ok) throw new Error(f);
    return v.view;
  });
  const spec = variableSpec('r');
  let m = 0;
  const redraw = 'deferred redraw: both panels rebuilt (next animation frame)';
  bench(
    redraw,
    timed(redraw, () => {
      const v = views[(m = (m + 1) % views.length)]!;
      for (const key of ['value', 'derivative'] as const) {
        customLossPanel({
          curves: [
            { points: v.builtin.map((s) => ({ u: s.u, value: s[key] })), stroke: 'a' },
            { points: v.samples.map((s) => ({ u: s.u, value: s[key] })), stroke: 'b' },
          ],
          domain: { min: spec.min, max: spec.max, label: spec.axis },
          yLabel: key,
          width: 400,
          ariaLabel: 'bench',
          document,
        });
      }
    }),
    { time: 3000, warmupIterations: 10 },
  );

  const compiled = compileExpression('2*max(r, 0)^2 + max(-r, 0)^2', ['r']);
  const train = '"Train with it" (r: two fits of 150 Adam epochs on 20 points)';
  bench(
    train,
    timed(train, () => {
      if (compiled.ok) trainWith(compiled.expression, 'r');
    }),
    { time: 3000, warmupIterations: 3 },
  );
});

describe('LossChooser per input event', () => {
  const { container } = render(<LossChooser id="benchc" />);
  const task = container.querySelector('select')!;
  const tasks = ['binary', 'multiclass', 'regression'];
  let k = 0;
  const main = 'Task select change → recommendation re-rendered';
  bench(
    main,
    timed(main, () => {
      k = (k + 1) % tasks.length;
      act(() => {
        fireEvent.change(task, { target: { value: tasks[k] } });
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );
});

describe('FrameworkTranslator per input event', () => {
  render(<FrameworkTranslator id="bencht" />);
  const loss = screen.getByRole('combobox', { name: 'Loss' });
  const preds = screen.getAllByRole('textbox', { name: 'Predictions' }).at(-1)!;
  const losses = ['mse', 'huber', 'bce', 'cross-entropy', 'kl-div', 'hinge'];
  let k = 0;
  const main = 'Loss select change → batch, all conventions, code';
  bench(
    main,
    timed(main, () => {
      k = (k + 1) % losses.length;
      act(() => {
        fireEvent.change(loss, { target: { value: losses[k] } });
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );
  const typedBatch = '1.5, 2, 0.5; 3, 2, 4'.split('').map((_, i, a) => a.slice(0, i + 1).join(''));
  let b = 0;
  const keys = 'Predictions keystroke → parse + recompute';
  bench(
    keys,
    timed(keys, () => {
      b = (b + 1) % typedBatch.length;
      act(() => {
        fireEvent.input(preds, { target: { value: typedBatch[b] } });
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );
});
