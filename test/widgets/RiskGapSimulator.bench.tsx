import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { RiskGapSimulator } from '~/widgets/RiskGapSimulator/RiskGapSimulator';
import { gapCurve, riskFit } from '~/widgets/RiskGapSimulator/riskGapState';
import { timed } from './benchTiming';

// One input event: state update, fit + exact risk from compute, Preact re-render and the charts'
// cheap layers redrawn (happy-dom; a browser's DOM is faster). Budget: p95 ≤ 8 ms.

describe('RiskGapSimulator per input event', () => {
  render(<RiskGapSimulator id="bench" />);
  const n = screen.getByRole('slider', { name: 'Training set size' });
  const degree = screen.getByRole('slider', { name: 'Model complexity' });
  const lambda = screen.getByRole('slider', { name: 'Regularization λ' });
  const resample = screen.getByRole('button', { name: 'Resample' });
  let i = 0;
  let j = 0;
  let k = 0;

  const main = 'main slider "Training set size" → fit + risk + readouts + both charts’ layers';
  bench(
    main,
    timed(main, () => {
      i = (i + 1) % 298;
      act(() => {
        fireEvent.input(n, { target: { value: String(3 + i) } });
      });
    }),
    { time: 3000, warmupIterations: 20 },
  );

  const deg = '"Model complexity" → gap-vs-N curves recomputed (70 fits) + that chart rebuilt';
  bench(
    deg,
    timed(deg, () => {
      j = (j + 1) % 16;
      act(() => {
        fireEvent.input(degree, { target: { value: String(j) } });
      });
    }),
    { time: 3000, warmupIterations: 5 },
  );

  const lam = '"Regularization λ" → gap-vs-N curves recomputed + that chart rebuilt';
  bench(
    lam,
    timed(lam, () => {
      k = (k + 1) % 21;
      act(() => {
        fireEvent.input(lambda, { target: { value: String(-9 + k / 2) } });
      });
    }),
    { time: 3000, warmupIterations: 5 },
  );

  const res = '"Resample" click → new sample, fit + layers';
  bench(
    res,
    timed(res, () => {
      act(() => {
        fireEvent.click(resample);
      });
    }),
    { time: 2000, warmupIterations: 5 },
  );

  bench('recompute only: riskFit (N = 300, degree 15)', () => {
    riskFit({ n: 300, degree: 15, logLambda: -9, seed: 1 + (i++ % 50) });
  });
  bench('recompute only: gapCurve (degree 9)', () => {
    gapCurve(9, -9 + (i++ % 3));
  });
});
