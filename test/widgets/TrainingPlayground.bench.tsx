import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { TrainingPlayground } from '~/widgets/TrainingPlayground/TrainingPlayground';
import { createData, defaultState, runTraining } from '~/widgets/TrainingPlayground/trainingState';
import { timed } from './benchTiming';

// One input event: the main control ("Loss": one full training run + the loss-curve chart rebuilt
// + the line redrawn) and one Player frame (redraw only). happy-dom; budget p95 ≤ 8 ms.

describe('TrainingPlayground per input event', () => {
  render(<TrainingPlayground id="bench" outliers={3} lossIds={['mse', 'mae', 'huber']} />);
  const loss = screen.getByRole('combobox', { name: 'Loss' });
  const step = screen.getByRole('button', { name: 'Step' });
  const back = screen.getByRole('button', { name: 'Step back' });
  const ids = ['mse', 'mae', 'huber'];
  let i = 0;
  let k = 0;

  const main = 'main control "Loss" → fit (200 epochs) + loss chart rebuilt + line redrawn';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % 3;
      act(() => {
        fireEvent.change(loss, { target: { value: ids[i] } });
      });
    }),
    { time: 3000, warmupIterations: 10 },
  );

  const frame = 'Player frame ("Step back"/"Step") → line + epoch marker redrawn';
  bench(
    frame,
    timed(frame, () => {
      k++;
      act(() => {
        fireEvent.click(k % 2 === 0 ? step : back);
      });
    }),
    { time: 2000, warmupIterations: 10 },
  );

  const state = defaultState('binary');
  const data = createData(state);
  bench('recompute only: runTraining, binary, 60 training points, 100 epochs, full batch', () => {
    runTraining({ ...state, seed: 1 + (i++ % 5) }, data);
  });
  bench('recompute only: runTraining, binary, single-example batches (6 000 steps)', () => {
    runTraining({ ...state, batch: 'single' }, data);
  });
});
