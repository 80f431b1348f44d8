import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, bench, describe } from 'vitest';
import { BackpropWalkthrough } from '~/widgets/BackpropWalkthrough/BackpropWalkthrough';

// One input event: state update, compute's backpropStep, Preact re-render of the diagram and the
// stage's formulas. Budget: p95 ≤ 8 ms.
const samples = new Map<string, number[]>();
function timed(name: string, run: () => void): () => void {
  const list: number[] = [];
  samples.set(name, list);
  return () => {
    const t0 = performance.now();
    run();
    list.push(performance.now() - t0);
  };
}
const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
afterAll(() => {
  for (const [name, xs] of samples)
    console.log(
      `${name}: n = ${xs.length}, p50 = ${quantile(xs, 0.5).toFixed(2)} ms, p95 = ${quantile(xs, 0.95).toFixed(2)} ms`,
    );
});

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
