import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOptimizer, mseLinear1D } from '~/compute';
import { fmt } from '~/lib/format';
import { LoopRing } from '~/widgets/OptimizationLoop/LoopRing';
import { OptimizationLoop } from '~/widgets/OptimizationLoop/OptimizationLoop';
import { loopTurns, phaseOf } from '~/widgets/OptimizationLoop/loopState';
import { expectGolden } from '../charts/golden';

// The widget's example, stated in its text: x = 2, y = 3, w0 = 0.5, ŷ = w·x, squared error.
const example = { x: [2], y: [3] };
const at = (w: number) => mseLinear1D(w, 0, example);
const stepButton = () => screen.getByRole('button', { name: 'Step' });
const formulas = () => [...document.querySelectorAll('.loop-formula')].map((e) => e.textContent);

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<OptimizationLoop id>', () => {
  it('follows the kit conventions; "Step" is the main control; the ring highlights "predict"', () => {
    const { container } = render(<OptimizationLoop id="loop" />);
    const root = container.querySelector('[data-widget="OptimizationLoop"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(stepButton());
    expect(container.querySelector('[data-active="true"]')!.getAttribute('data-phase')).toBe(
      'predict',
    );
    expect(formulas()).toEqual([`ŷ = w · x = 0.500 × 2 = ${fmt(at(0.5).predictions[0]!, 3)}`]);
  });

  it('"Step" walks predict → loss → gradient → update with numbers from compute', () => {
    const { container } = render(<OptimizationLoop id="loop" />);
    for (let k = 0; k < 3; k++) fireEvent.click(stepButton());
    const r = at(0.5);
    const w1 = createOptimizer('sgd', { lr: 0.05 }).step([0.5], [r.dLdw])[0]!;
    expect(formulas()).toEqual([
      `ŷ = w · x = 0.500 × 2 = ${fmt(r.predictions[0]!, 3)}`,
      `L = (ŷ − y)² = (${fmt(r.predictions[0]!, 3)} − 3)² = ${fmt(r.loss, 3)}`,
      `∂L/∂w = 2(ŷ − y) · x = 2 × (${fmt(r.predictions[0]! - 3, 3)}) × 2 = ${fmt(r.dLdw, 3)}`,
      `w ← w − η · ∂L/∂w = 0.500 − 0.050 × (${fmt(r.dLdw, 3)}) = ${fmt(w1, 3)}`,
    ]);
    expect(container.querySelector('[data-active="true"]')!.getAttribute('data-phase')).toBe(
      'update',
    );
    expect(screen.getByRole('list', { name: 'Weight after each turn' }).textContent).toContain(
      fmt(w1, 4),
    );
    // The next step starts turn 2 from the new weight.
    fireEvent.click(stepButton());
    expect(formulas()[0]).toBe(`ŷ = w · x = ${fmt(w1, 3)} × 2 = ${fmt(at(w1).predictions[0]!, 3)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(formulas()).toHaveLength(4);
  });

  it('a large "Learning rate η" says the run diverges; "Reset" goes back to the start', () => {
    const { container } = render(<OptimizationLoop id="loop" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Learning rate η' }), {
      target: { value: '0.3' },
    });
    for (let k = 0; k < 8; k++) fireEvent.click(stepButton());
    expect(document.getElementById('loop-message')!.textContent).toMatch(/^Diverging/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(formulas()).toHaveLength(1);
    expect(
      (screen.getByRole('combobox', { name: 'Learning rate η' }) as HTMLSelectElement).value,
    ).toBe('0.05');
  });

  it('writes the learning rate and step to the URL and reads them back; junk falls back', async () => {
    const first = render(<OptimizationLoop id="loop" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Learning rate η' }), {
      target: { value: '0.1' },
    });
    for (let k = 0; k < 5; k++) fireEvent.click(stepButton());
    await waitFor(() => expect(window.location.search).toBe('?loop.lr=0.1&loop.s=5'));
    first.unmount();
    render(<OptimizationLoop id="loop" />);
    const turn2 = loopTurns(0.1)[1]!;
    expect(formulas()[1]).toBe(
      `L = (ŷ − y)² = (${fmt(turn2.prediction, 3)} − 3)² = ${fmt(at(turn2.w).loss, 3)}`,
    );
    cleanup();
    window.history.replaceState(null, '', '/x/?loop.lr=abc&loop.s=9999');
    render(<OptimizationLoop id="loop" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/learning rate/);
    expect(formulas()).toHaveLength(1);
  });
});

describe('<LoopRing> golden SVG', () => {
  it('LoopRing(turn 1 at "gradient")', () => {
    const turn = loopTurns(0.05)[0]!;
    const { container } = render(
      <LoopRing id="golden" turn={turn} turnNumber={1} phase={phaseOf(2).phase} />,
    );
    expectGolden('optimization-loop-ring-gradient', container.querySelector('svg')!);
  });
});
