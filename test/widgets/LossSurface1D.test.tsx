import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOptimizer, lineData, mseLinear1D } from '~/compute';
import { fmt, fmtSig } from '~/lib/format';
import { LossSurface1D } from '~/widgets/LossSurface1D/LossSurface1D';

const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });
const at = (w: number) => mseLinear1D(w, 0, data);
const weight = () => screen.getByRole('slider', { name: 'Weight w' }) as HTMLInputElement;
const rate = () => screen.getByRole('slider', { name: /Learning rate/ }) as HTMLInputElement;
const lossText = () => screen.getByLabelText('Loss L(w)').textContent;
const gradText = () => screen.getByLabelText('Gradient ∂L/∂w').textContent;
const message = () => document.getElementById('ls1-message')!.textContent;
const step = () => fireEvent.click(screen.getByRole('button', { name: 'Take a step' }));
const setSlider = (el: HTMLElement, value: number) =>
  fireEvent.input(el, { target: { value: String(value) } });
/** Sets the learning-rate slider to the position whose value is lr. */
const setRate = (lr: number) => {
  const r = rate();
  for (let i = Number(r.min); i <= Number(r.max); i++) {
    setSlider(r, i);
    if (r.getAttribute('aria-valuetext') === String(lr)) return;
  }
  throw new Error(`no learning rate ${lr}`);
};

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<LossSurface1D id>', () => {
  it('follows the kit conventions and shows the loss and gradient at w = 0 from compute', () => {
    const { container } = render(<LossSurface1D id="ls1" />);
    const root = container.querySelector('[data-widget="LossSurface1D"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(weight());
    expect(screen.getByRole('img', { name: /against the weight w/ })).toBeTruthy();
    expect(lossText()).toBe(fmtSig(at(0).loss, 4));
    expect(gradText()).toBe(fmtSig(at(0).dLdw, 4));
  });

  it('the "Weight w" slider moves the point and the readouts follow', () => {
    render(<LossSurface1D id="ls1" />);
    setSlider(weight(), 3.25);
    expect(lossText()).toBe(fmtSig(at(3.25).loss, 4));
    expect(gradText()).toBe(fmtSig(at(3.25).dLdw, 4));
    expect(screen.getByText(/downhill is to the left/)).toBeTruthy();
  });

  it('"Take a step" applies w − η·∂L/∂w (torch.optim.SGD) and prints the numbers plugged in', () => {
    render(<LossSurface1D id="ls1" />);
    setSlider(weight(), 1.2);
    setRate(0.1);
    step();
    const g = at(1.2).dLdw;
    const w1 = createOptimizer('sgd', { lr: 0.1 }).step([1.2], [g])[0]!;
    expect(screen.getByText(`w ← 1.200 − 0.100 × (${fmt(g, 3)}) = ${fmt(w1, 3)}`)).toBeTruthy();
    expect(lossText()).toBe(fmtSig(at(w1).loss, 4));
    expect(screen.getByLabelText('Steps').textContent).toBe('1');
    expect(message()).toMatch(/^Downhill/);
  });

  it('a large learning rate overshoots, then diverges, then stops outside the range, never NaN', () => {
    const { container } = render(<LossSurface1D id="ls1" />);
    setRate(0.8);
    step();
    expect(message()).toMatch(/Overshot the minimum/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    setRate(1.5);
    step();
    expect(message()).toMatch(/Diverging: the step grows each time/);
    for (let k = 0; k < 10; k++) {
      const button = screen.getByRole('button', { name: 'Take a step' }) as HTMLButtonElement;
      if (button.disabled) break;
      step();
    }
    expect(
      (screen.getByRole('button', { name: 'Take a step' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(message()).toMatch(/Stopped: w = .* outside the range/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(weight().value).toBe('0');
    expect(screen.getByLabelText('Steps').textContent).toBe('0');
  });

  it('arrow keys on the focused chart move w', () => {
    render(<LossSurface1D id="ls1" />);
    const chart = screen.getByRole('group', { name: /Chart of the loss/ });
    fireEvent.keyDown(chart, { key: 'ArrowRight', shiftKey: true });
    expect(weight().value).toBe('0.1');
    expect(lossText()).toBe(fmtSig(at(0.1).loss, 4));
  });

  it('writes w, η and the steps to the URL and reads them back; bad values give a notice', async () => {
    const first = render(<LossSurface1D id="ls1" />);
    setSlider(weight(), 0.5);
    setRate(0.3);
    step();
    step();
    await waitFor(() => expect(window.location.search).toBe('?ls1.w=0.5&ls1.lr=0.3&ls1.n=2'));
    first.unmount();
    render(<LossSurface1D id="ls1" />);
    expect(screen.getByLabelText('Steps').textContent).toBe('2');
    const sgd = createOptimizer('sgd', { lr: 0.3 });
    let w = 0.5;
    for (let k = 0; k < 2; k++) w = sgd.step([w], [at(w).dLdw])[0]!;
    expect(lossText()).toBe(fmtSig(at(w).loss, 4));
    cleanup();
    window.history.replaceState(null, '', '/x/?ls1.w=NaN&ls1.lr=1e999');
    const { container } = render(<LossSurface1D id="ls1" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/start weight w/);
    expect(lossText()).toBe(fmtSig(at(0).loss, 4));
    // The notice quotes the bad value; the outputs and the chart never show one.
    const outputs = [...container.querySelectorAll('output')].map((o) => o.textContent).join(' ');
    expect(outputs).not.toMatch(/NaN|Infinity|undefined/);
    expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
