import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { LossSurface1D } from '~/widgets/LossSurface1D/LossSurface1D';
import { timed } from './benchTiming';

// One input event on a control: state update, compute, Preact re-render and the chart's moving
// layer redrawn (happy-dom here; a browser's DOM is faster). Budget: p95 ≤ 8 ms.

describe('LossSurface1D per input event', () => {
  render(<LossSurface1D id="bench" />);
  const weight = screen.getByRole('slider', { name: 'Weight w' });
  const rate = screen.getByRole('slider', { name: /Learning rate/ });
  const step = screen.getByRole('button', { name: 'Take a step' });
  const reset = screen.getByRole('button', { name: 'Reset' });
  let i = 0;
  let j = 0;

  const main = '"Weight w" slider input → readouts + chart layer';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % 800;
      act(() => {
        fireEvent.input(weight, { target: { value: String(-2 + i / 100) } });
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );

  const lr = '"Learning rate η" slider input → path replayed + chart layer';
  bench(
    lr,
    timed(lr, () => {
      j = (j + 1) % 20;
      act(() => {
        fireEvent.input(rate, { target: { value: String(j) } });
      });
    }),
    { time: 1500, warmupIterations: 10 },
  );

  const take = '"Take a step" click (Reset every 20)';
  let k = 0;
  bench(
    take,
    timed(take, () => {
      k += 1;
      act(() => {
        fireEvent.click(k % 20 === 0 ? reset : step);
      });
    }),
    { time: 1500, warmupIterations: 10 },
  );
});
