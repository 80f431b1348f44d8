import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { BackpropWalkthrough } from '~/widgets/BackpropWalkthrough/BackpropWalkthrough';
import { timed } from './benchTiming';

// One input event: state update, compute's backpropStep, Preact re-render of the diagram and the
// stage's formulas. Budget: p95 ≤ 8 ms.

describe('BackpropWalkthrough per input event', () => {
  render(<BackpropWalkthrough id="bench" />);
  const step = screen.getByRole('button', { name: 'Step' });
  const restart = screen.getByRole('button', { name: 'Restart' });
  const w11 = screen.getByRole('spinbutton', { name: 'W1[1,1]' });
  let k = 0;
  const main = '"Step" click → next stage (Restart every 10)';
  bench(
    main,
    timed(main, () => {
      k += 1;
      act(() => {
        fireEvent.click(k % 10 === 0 ? restart : step);
      });
    }),
    { time: 2000, warmupIterations: 20 },
  );
  let j = 0;
  const edit = 'weight edit (W1[1,1]) → trace recomputed + diagram';
  bench(
    edit,
    timed(edit, () => {
      j = (j + 1) % 100;
      act(() => {
        fireEvent.change(w11, { target: { value: String(-1 + j / 50) } });
      });
    }),
    { time: 1500, warmupIterations: 10 },
  );
});
