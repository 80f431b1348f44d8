import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { MarginLossView } from '~/widgets/MarginLossView/MarginLossView';
import { timed } from './benchTiming';

// One input event on the main slider ("Margin z"): state update, registry values at z, Preact
// re-render of the table and the chart's current-z layer redrawn (happy-dom). Budget: p95 ≤ 8 ms.

describe('MarginLossView per input event', () => {
  render(<MarginLossView id="bench" />);
  const slider = screen.getByRole('slider', { name: /Margin z/ });
  const toggle = screen.getByRole('checkbox', { name: 'Show base-2 logistic' });
  let i = 0;

  const main = 'Margin z slider input → table + current-z layer';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % 600;
      act(() => {
        fireEvent.input(slider, { target: { value: String(-3 + i / 100) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );

  const base2 = 'Show base-2 logistic toggle → curves resampled + chart rebuilt';
  bench(
    base2,
    timed(base2, () => {
      act(() => {
        fireEvent.click(toggle);
      });
    }),
    { time: 2000, warmupIterations: 5 },
  );
});
