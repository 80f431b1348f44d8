import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, bench, describe } from 'vitest';
import { OptimizationLoop } from '~/widgets/OptimizationLoop/OptimizationLoop';

// One input event: state update, compute (25 turns), Preact re-render of the ring and formulas.
// Budget: p95 ≤ 8 ms.
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
  for (const [name, xs] of samples)
    console.log(
      `${name}: n = ${xs.length}, p50 = ${quantile(xs, 0.5).toFixed(2)} ms, p95 = ${quantile(xs, 0.95).toFixed(2)} ms`,
    );
});

describe('OptimizationLoop per input event', () => {
  render(<OptimizationLoop id="bench" />);
  const step = screen.getByRole('button', { name: 'Step' });
  const restart = screen.getByRole('button', { name: 'Restart' });
  const rate = screen.getByRole('combobox', { name: 'Learning rate η' });
  let k = 0;
  const main = '"Step" click → next phase (Restart every 40)';
  bench(
    main,
    timed(main, () => {
      k += 1;
      act(() => {
        fireEvent.click(k % 40 === 0 ? restart : step);
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );
  const rates = ['0.01', '0.05', '0.125', '0.3'];
  let j = 0;
  const lr = '"Learning rate η" change → run recomputed';
  bench(
    lr,
    timed(lr, () => {
      j = (j + 1) % rates.length;
      act(() => {
        fireEvent.change(rate, { target: { value: rates[j] } });
      });
    }),
    { time: 1500, warmupIterations: 10 },
  );
});
