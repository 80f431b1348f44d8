import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { applySoftmaxBars, softmaxBarsBase } from '~/charts/softmaxBarsChart';
import { SoftmaxCrossEntropy } from '~/widgets/SoftmaxCrossEntropy/SoftmaxCrossEntropy';
import {
  initialSoftmaxState,
  softmaxView,
} from '~/widgets/SoftmaxCrossEntropy/softmaxCrossEntropyState';
import { timed } from './benchTiming';

// One input event on the main control: state update, recompute from src/compute, Preact
// re-render and the chart's cheap per-event layer (happy-dom; a browser's DOM is faster).
// Budget: p95 ≤ 8 ms.

describe('SoftmaxCrossEntropy per input event', () => {
  render(<SoftmaxCrossEntropy id="bench" />);
  const main = screen.getByRole('slider', { name: 'Logit z1' });
  let i = 0;
  const name = 'SoftmaxCrossEntropy main control input → readouts + chart update';
  bench(
    name,
    timed(name, () => {
      i++;
      act(() => {
        fireEvent.input(main, { target: { value: String(-10 + (i % 200) / 10) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );

  const state = initialSoftmaxState();
  bench('recompute only: softmaxView (softmax + crossEntropy)', () => {
    i++;
    softmaxView({ ...state, logits: [-10 + (i % 200) / 10, 0, -1, 0, 0, 0] });
  });
  const svg = softmaxBarsBase({ classes: 3, trueClass: 1 });
  bench('applySoftmaxBars only (the per-event chart update)', () => {
    i++;
    const v = softmaxView({ ...state, logits: [-10 + (i % 200) / 10, 0, -1, 0, 0, 0] });
    applySoftmaxBars(svg, {
      probabilities: v.probabilities,
      target: v.target,
      gradient: v.gradScaled,
    });
  });
});
