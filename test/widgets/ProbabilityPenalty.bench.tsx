import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { ProbabilityPenalty } from '~/widgets/ProbabilityPenalty/ProbabilityPenalty';
import { timed } from './benchTiming';

// One input event on the main control: state update, recompute from src/compute, Preact
// re-render and the chart's cheap per-event layer (happy-dom; a browser's DOM is faster).
// Budget: p95 ≤ 8 ms.

describe('ProbabilityPenalty per input event', () => {
  render(<ProbabilityPenalty id="bench" />);
  const main = screen.getByRole('slider', { name: 'Probability of the true class' });
  let i = 0;
  const name = 'ProbabilityPenalty main control input → readouts + chart update';
  bench(
    name,
    timed(name, () => {
      i++;
      act(() => {
        fireEvent.input(main, { target: { value: String(-3 + (i % 300) / 100) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );
});
