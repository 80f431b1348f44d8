import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { LandscapeDescent } from '~/widgets/LandscapeDescent/LandscapeDescent';
import { timed } from './benchTiming';

// Budgets (happy-dom here; a browser's DOM is faster): a race frame (one Player step with four
// optimizers: readouts re-rendered, four paths re-sliced) p95 ≤ 16 ms; other input events ≤ 8 ms
// where they can be (a landscape switch rebuilds the shaded contours and reruns every descent).

describe('LandscapeDescent per input event', () => {
  render(<LandscapeDescent id="bench" optimizers={['sgd', 'momentum', 'adam', 'rmsprop']} />);
  const step = screen.getByRole('button', { name: 'Step' });
  const restart = screen.getByRole('button', { name: 'Restart' });
  const select = screen.getByRole('combobox', { name: 'Landscape' });
  const chart = screen.getByRole('group', { name: /^Chart of/ });
  const lr = screen.getByRole('slider', { name: 'Learning rate η (Adam)' });
  act(() => {
    fireEvent.click(restart);
  });
  let n = 0;
  let k = 0;
  let j = 0;

  const frame = 'main control, a race frame: Player "Step" → 4 readout cards + 4 paths redrawn';
  bench(
    frame,
    timed(frame, () => {
      act(() => {
        fireEvent.click(++n % 300 === 0 ? restart : step);
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );

  const move = 'start moved (arrow key) → 4 descents of 300 steps rerun + paths';
  bench(
    move,
    timed(move, () => {
      act(() => {
        fireEvent.keyDown(chart, { key: ++j % 40 < 20 ? 'ArrowRight' : 'ArrowLeft' });
      });
    }),
    { time: 3000, warmupIterations: 10 },
  );

  const rate = 'learning-rate slider (Adam) → its descent rerun + paths';
  bench(
    rate,
    timed(rate, () => {
      act(() => {
        fireEvent.input(lr, { target: { value: String(8 + (++k % 6)) } });
      });
    }),
    { time: 3000, warmupIterations: 10 },
  );

  const ids = ['beale', 'himmelblau', 'bowl', 'saddle', 'rosenbrock'];
  let m = 0;
  const main = 'Landscape select → grid, contours, chart rebuilt, descents rerun';
  bench(
    main,
    timed(main, () => {
      act(() => {
        fireEvent.change(select, { target: { value: ids[m++ % ids.length] } });
      });
    }),
    { time: 4000, warmupIterations: 5 },
  );
});
