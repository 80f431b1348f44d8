import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { OptimizationLoop } from '~/widgets/OptimizationLoop/OptimizationLoop';
import { timed } from './benchTiming';

// One input event: state update, compute (25 turns), Preact re-render of the ring and formulas.
// Budget: p95 ≤ 8 ms.

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
