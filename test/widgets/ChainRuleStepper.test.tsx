import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineData, mseLinear1D } from '~/compute';
import { fmtSig } from '~/lib/format';
import { ChainRuleStepper } from '~/widgets/ChainRuleStepper/ChainRuleStepper';

const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });
const h = 1e-3;
const weight = () => screen.getByRole('slider', { name: 'Weight w' }) as HTMLInputElement;
const bias = () => screen.getByRole('slider', { name: 'Bias b' }) as HTMLInputElement;
const sample = () => screen.getByRole('slider', { name: 'Sample i' }) as HTMLInputElement;
const set = (el: HTMLElement, v: number) => fireEvent.input(el, { target: { value: String(v) } });
const readout = (label: RegExp) => screen.getByLabelText(label).textContent;

/** What src/compute gives at (w, b) for sample i (1-based), formatted as the readouts are. */
function expected(w: number, b: number, i: number) {
  const fit = mseLinear1D(w, b, data);
  const fd = (mseLinear1D(w + h, b, data).loss - mseLinear1D(w - h, b, data).loss) / (2 * h);
  const mean = fit.residuals.reduce((a, r) => a + r, 0) / data.x.length;
  return {
    loss: fmtSig(fit.loss, 4),
    mean: fmtSig(mean, 4),
    dLdyhat: fmtSig(fit.dLdyhat[i - 1]!, 4),
    dyhatdw: fmtSig(data.x[i - 1]!, 4),
    dLdw: fmtSig(fit.dLdw, 4),
    fd: fmtSig(fd, 4),
  };
}

function expectReadouts(w: number, b: number, i: number) {
  const e = expected(w, b, i);
  expect(readout(/^Loss L/)).toBe(e.loss);
  expect(readout(/^mean\(ŷ − y\)/)).toBe(e.mean);
  expect(readout(/^∂L\/∂ŷi/)).toBe(e.dLdyhat);
  expect(readout(/^∂ŷi\/∂w = xi/)).toBe(e.dyhatdw);
  expect(readout(/^∂L\/∂w$/)).toBe(e.dLdw);
  expect(readout(/^Finite difference/)).toBe(e.fd);
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<ChainRuleStepper id>', () => {
  it('follows the kit conventions: data-widget, class "widget", "Weight w" is the main control', () => {
    const { container } = render(<ChainRuleStepper id="crs" />);
    const root = container.querySelector('[data-widget="ChainRuleStepper"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(weight());
    expect(screen.getByRole('img', { name: /20 data points and the line/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Computation graph/ })).toBeTruthy();
  });

  it('shows mseLinear1D’s numbers at w = 1, b = 0, sample 20, then as the sliders move', () => {
    render(<ChainRuleStepper id="crs" />);
    expect([weight().value, bias().value, sample().value]).toEqual(['1', '0', '20']);
    expectReadouts(1, 0, 20);
    set(weight(), 2.37);
    expectReadouts(2.37, 0, 20);
    set(bias(), -1.5);
    expectReadouts(2.37, -1.5, 20);
    set(sample(), 3);
    expectReadouts(2.37, -1.5, 3);
  });

  it('"Next step" / "Previous step" walk steps 1 to 4, each with its local derivative', () => {
    const { container } = render(<ChainRuleStepper id="crs" />);
    const next = screen.getByRole('button', { name: 'Next step' });
    const prev = screen.getByRole('button', { name: 'Previous step' });
    const title = () => container.querySelector('.crs-step-title')!.textContent;
    const lit = () =>
      [...container.querySelectorAll('.crs-edge')].map((e) => e.classList.contains('on'));
    const fit = mseLinear1D(1, 0, data);
    expect(prev.getAttribute('aria-disabled')).toBe('true');
    expect(title()).toMatch(/^Step 1 of 4: .*∂L\/∂ŷᵢ/);
    expect(lit()).toEqual([false, true]);
    expect(container.querySelector('.crs-formula strong')!.textContent).toBe(
      fmtSig(fit.dLdyhat[19]!, 4),
    );
    fireEvent.click(next);
    expect(title()).toMatch(/^Step 2 of 4: .*∂ŷᵢ\/∂w/);
    expect(lit()).toEqual([true, false]);
    expect(container.querySelector('.crs-formula strong')!.textContent).toBe(
      fmtSig(data.x[19]!, 4),
    );
    fireEvent.click(next);
    expect(lit()).toEqual([true, true]);
    expect(container.querySelector('.crs-formula strong')!.textContent).toBe(
      fmtSig(fit.dLdyhat[19]! * data.x[19]!, 4),
    );
    fireEvent.click(next);
    expect(title()).toMatch(/^Step 4 of 4/);
    expect(container.querySelector('.crs-formula strong')!.textContent).toBe(fmtSig(fit.dLdw, 4));
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(title()).toMatch(/^Step 4 of 4/);
    fireEvent.click(prev);
    expect(title()).toMatch(/^Step 3 of 4/);
  });

  it('writes w, b, step and sample to the URL (debounced) and reads them back', async () => {
    const first = render(<ChainRuleStepper id="crs" />);
    set(weight(), 3.1);
    set(bias(), 0.5);
    set(sample(), 4);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() =>
      expect(window.location.search).toBe('?crs.w=3.1&crs.b=0.5&crs.step=1&crs.sample=4'),
    );
    first.unmount();
    const { container } = render(<ChainRuleStepper id="crs" />);
    expectReadouts(3.1, 0.5, 4);
    expect(container.querySelector('.crs-step-title')!.textContent).toMatch(/^Step 2 of 4/);
  });

  it('a malformed link falls back with a notice; no NaN or Infinity anywhere else', () => {
    window.history.replaceState(null, '', '/x/?crs.w=1e999&crs.sample=abc&crs.step=2.5');
    const { container } = render(<ChainRuleStepper id="crs" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/Weight w/);
    expectReadouts(1, 0, 20);
    const shown = [...container.querySelectorAll('output, p:not(.widget-notice), svg')];
    for (const el of shown) expect(el.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('at the extremes (w = 5, b = 3) every number is finite and the words say where descent goes', () => {
    const { container } = render(<ChainRuleStepper id="crs" />);
    set(weight(), 5);
    set(bias(), 3);
    expectReadouts(5, 3, 20);
    expect(screen.getByText(/gradient descent would decrease w/)).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
