import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { ChainRuleStepper } from '~/widgets/ChainRuleStepper/ChainRuleStepper';
import { timed } from './benchTiming';

// One input event on the main slider ("Weight w"): state update, mseLinear1D three times (the
// fit and the two finite-difference losses), Preact re-render of the graph, step panel and
// readouts, and the chart's line layer redrawn (happy-dom). Budget: p95 ≤ 8 ms.

describe('ChainRuleStepper per input event', () => {
  render(<ChainRuleStepper id="bench" />);
  const weight = screen.getByRole('slider', { name: 'Weight w' });
  const sample = screen.getByRole('slider', { name: 'Sample i' });
  const next = screen.getByRole('button', { name: 'Next step' });
  const prev = screen.getByRole('button', { name: 'Previous step' });
  let i = 0;
  let j = 0;
  let k = 0;

  const main = 'Weight w slider input → readouts + graph + line layer';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % 600;
      act(() => {
        fireEvent.input(weight, { target: { value: String(-1 + i / 100) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );

  const s = 'Sample i slider input';
  bench(
    s,
    timed(s, () => {
      j = (j % 20) + 1;
      act(() => {
        fireEvent.input(sample, { target: { value: String(j) } });
      });
    }),
    { time: 2000, warmupIterations: 10 },
  );

  const step = 'Next / Previous step click';
  bench(
    step,
    timed(step, () => {
      k += 1;
      act(() => {
        fireEvent.click(k % 6 < 3 ? next : prev);
      });
    }),
    { time: 2000, warmupIterations: 10 },
  );
});
