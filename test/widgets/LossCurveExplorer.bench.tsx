import { act, fireEvent, render, screen } from '@testing-library/preact';
import { bench, describe } from 'vitest';
import { getLoss } from '~/compute';
import { applyLossCurveCurrent, lossCurveBase } from '~/charts';
import { LossCurveExplorer } from '~/widgets/LossCurveExplorer/LossCurveExplorer';
import { currentPoint, initialState, lossCurves } from '~/widgets/LossCurveExplorer/lossCurveState';
import { timed } from './benchTiming';

// One input event on the main slider: state update, registry recompute, Preact re-render and the
// chart's current-point layer redrawn (happy-dom here; a browser's DOM is faster). Budget: p95
// (read the p99 column as an upper bound) ≤ 8 ms.
/** Per-event durations, so the summary can print p50 / p95 (tinybench prints p75 / p99). */

describe('LossCurveExplorer per input event', () => {
  render(<LossCurveExplorer id="bench" initialLoss="huber" />);
  const slider = screen.getByRole('slider', { name: /Residual r/ });
  const delta = screen.getByRole('slider', { name: 'δ (delta)' });
  let i = 0;
  let j = 0;

  const main = 'main slider input → readouts + chart (huber)';
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

  const param = 'parameter slider input → curves resampled + chart rebuilt (huber δ)';
  bench(
    param,
    timed(param, () => {
      j = (j + 1) % 29;
      act(() => {
        fireEvent.input(delta, { target: { value: String(0.1 + j / 10) } });
      });
    }),
    { time: 3000, warmupIterations: 10 },
  );

  const entry = getLoss('huber');
  const state = initialState(entry);
  const curves = lossCurves(entry, state.params);
  const base = () =>
    lossCurveBase({ ...curves, domain: entry.domain, showDerivative: true, width: 640 });

  bench('recompute only: lossCurves (241 samples) + currentPoint', () => {
    lossCurves(entry, { delta: 1 + (i++ % 10) / 10 });
    currentPoint(entry, state);
  });

  bench('lossCurveBase build only (Plot into happy-dom)', () => {
    base();
  });

  const svg = base();
  bench('applyLossCurveCurrent only (the per-event chart update)', () => {
    applyLossCurveCurrent(svg, currentPoint(entry, { ...state, u: -3 + (i++ % 600) / 100 }));
  });
});
