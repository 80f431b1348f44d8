import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { StabilityLab } from '~/widgets/StabilityLab/StabilityLab';
import { timed } from './benchTiming';

// One input event on the main control: state update, recompute from src/compute, Preact
// re-render and the chart's cheap per-event layer (happy-dom; a browser's DOM is faster).
// Budget: p95 ≤ 8 ms.

describe('StabilityLab per input event', () => {
  render(<StabilityLab id="bench" />);
  const main = screen.getByRole('slider', { name: 'Logit' });
  let i = 0;
  const name = 'StabilityLab main control input → readouts + chart update';
  bench(
    name,
    timed(name, () => {
      i++;
      act(() => {
        fireEvent.input(main, { target: { value: String(-280 + (i % 561)) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );
});
