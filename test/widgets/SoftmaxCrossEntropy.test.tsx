import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crossEntropy, softmax } from '~/compute';
import { fmtSig } from '~/lib/format';
import { SoftmaxCrossEntropy } from '~/widgets/SoftmaxCrossEntropy/SoftmaxCrossEntropy';
import {
  smoothedTarget,
  softmaxView,
  initialSoftmaxState,
} from '~/widgets/SoftmaxCrossEntropy/softmaxCrossEntropyState';

const logit = (j: number) =>
  screen.getByRole('slider', { name: `Logit z${j}` }) as HTMLInputElement;
const logitBox = (j: number) =>
  screen.getByRole('spinbutton', { name: new RegExp(`^Logit z${j} \\(exact`) }) as HTMLInputElement;
const lossReadout = () => screen.getByLabelText('Cross-entropy loss L');
const setSlider = (el: HTMLElement, v: number) =>
  fireEvent.input(el, { target: { value: String(v) } });
/** The table's cells of row j (1-based): z, p, ỹ, p − ỹ, ∂L/∂z. */
const row = (j: number) => {
  const table = within(screen.getByRole('region', { name: 'Values per class' }));
  const r = table.getAllByRole('row')[j]!;
  return within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};
const sig = (x: number) => fmtSig(x, 3);

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<SoftmaxCrossEntropy id>', () => {
  it('follows the kit conventions: data-widget, "Logit z1" is the main control, a chart', () => {
    const { container } = render(<SoftmaxCrossEntropy id="sce" />);
    const root = container.querySelector('[data-widget="SoftmaxCrossEntropy"]')!;
    expect(root.querySelector('[data-main-control]')).toBe(logit(1));
    expect(screen.getByRole('img', { name: /Bars of softmax probabilities/ })).toBeTruthy();
    expect(container.querySelectorAll('svg g[data-layer="bars"] rect')).toHaveLength(9);
  });

  it('the loss and the bars’ numbers come from crossEntropy and softmax, and follow "Logit z1"', () => {
    render(<SoftmaxCrossEntropy id="sce" />);
    expect(lossReadout().textContent).toBe(fmtSig(crossEntropy([[2, 0, -1]], [1]).loss, 4));
    setSlider(logit(1), -3.5);
    const ce = crossEntropy([[-3.5, 0, -1]], [1]);
    expect(lossReadout().textContent).toBe(fmtSig(ce.loss, 4));
    const p = softmax([-3.5, 0, -1]);
    expect(row(1)).toEqual(['−3.50', sig(p[0]!), '0', sig(ce.grad[0]![0]!), sig(ce.grad[0]![0]!)]);
    expect(row(2)[2]).toBe('1.00');
  });

  it('temperature: p = softmax(z / T), loss = crossEntropy([z / T]), ∂L/∂z = (p − ỹ) / T', () => {
    render(<SoftmaxCrossEntropy id="sce" />);
    setSlider(screen.getByRole('slider', { name: 'Temperature' }), 2);
    const scaled = [1, 0, -0.5];
    const ce = crossEntropy([scaled], [1]);
    expect(lossReadout().textContent).toBe(fmtSig(ce.loss, 4));
    const g = ce.grad[0]!;
    expect(row(1)[1]).toBe(sig(softmax([2, 0, -1], 2)[0]!));
    expect(row(1)[3]).toBe(sig(g[0]!));
    expect(row(1)[4]).toBe(sig(g[0]! / 2));
  });

  it('label smoothing: the target is (1 − ε)·onehot + ε/K, and p − ỹ is crossEntropy’s gradient', () => {
    render(<SoftmaxCrossEntropy id="sce" />);
    setSlider(screen.getByRole('slider', { name: 'Label smoothing' }), 0.3);
    const ce = crossEntropy([[2, 0, -1]], [1], { labelSmoothing: 0.3 });
    expect(lossReadout().textContent).toBe(fmtSig(ce.loss, 4));
    expect(row(1)[2]).toBe(sig(0.1));
    expect(row(2)[2]).toBe(sig(0.8));
    // The helper ỹ agrees with crossEntropy: p − ỹ equals its gradient.
    const p = softmax([2, 0, -1]);
    const target = smoothedTarget(3, 1, 0.3);
    p.forEach((pj, j) => expect(pj - target[j]!).toBeCloseTo(ce.grad[0]![j]!, 12));
  });

  it('"Classes" and "True class" change K and the target', () => {
    const { container } = render(<SoftmaxCrossEntropy id="sce" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Classes' }), { target: { value: '5' } });
    expect(screen.getAllByRole('slider', { name: /^Logit z/ })).toHaveLength(5);
    fireEvent.change(screen.getByRole('combobox', { name: 'True class' }), {
      target: { value: '5' },
    });
    const z = initialSoftmaxState().logits.slice(0, 5);
    expect(lossReadout().textContent).toBe(fmtSig(crossEntropy([[...z]], [4]).loss, 4));
    expect(container.querySelectorAll('svg g[data-layer="bars"] rect')).toHaveLength(15);
    fireEvent.change(screen.getByRole('combobox', { name: 'Classes' }), { target: { value: '2' } });
    expect((screen.getByRole('combobox', { name: 'True class' }) as HTMLSelectElement).value).toBe(
      '2',
    );
  });

  it('logits of ±1000 (typed or the preset) stay finite', () => {
    const { container } = render(<SoftmaxCrossEntropy id="sce" />);
    fireEvent.change(logitBox(1), { target: { value: '1000' } });
    fireEvent.change(logitBox(2), { target: { value: '-1000' } });
    const ce = crossEntropy([[1000, -1000, -1]], [1]);
    expect(lossReadout().textContent).toBe(fmtSig(ce.loss, 4));
    expect(Number.isFinite(ce.loss)).toBe(true);
    expect(logit(1).getAttribute('aria-valuetext')).toMatch(/1000, beyond/);
    fireEvent.click(screen.getByRole('button', { name: 'Extreme logits (±1000)' }));
    setSlider(screen.getByRole('slider', { name: 'Temperature' }), 0.1);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|∞/);
    expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity/);
    const view = softmaxView({
      ...initialSoftmaxState(),
      logits: [1000, -1000, 0, 0.5, -0.5, 1],
      temperature: 0.1,
    });
    expect(lossReadout().textContent).toBe(fmtSig(view.loss, 4));
  });

  it('writes the state to the URL and reads it back; a bad link falls back with a notice', async () => {
    const first = render(<SoftmaxCrossEntropy id="sce" />);
    setSlider(logit(1), 4);
    fireEvent.change(screen.getByRole('combobox', { name: 'Classes' }), { target: { value: '4' } });
    await waitFor(() => expect(window.location.search).toBe('?sce.k=4&sce.z1=4'));
    first.unmount();
    render(<SoftmaxCrossEntropy id="sce" />);
    expect(logit(1).value).toBe('4');
    expect(screen.getAllByRole('slider', { name: /^Logit z/ })).toHaveLength(4);
    cleanup();
    window.history.replaceState(null, '', '/x/?sce.z1=abc&sce.k=3&sce.y=6&sce.t=0');
    const { container } = render(<SoftmaxCrossEntropy id="sce" />);
    const notice = screen.getByText(/could not be used/).textContent!;
    expect(notice).toMatch(/logit z1/);
    expect(notice).toMatch(/temperature/);
    expect(notice).toMatch(/true class/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
