import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getLoss, lossRegistry } from '~/compute';
import { LOSS_CURVE_MARGIN } from '~/charts';
import { fmtSig } from '~/lib/format';
import { LossCurveExplorer } from '~/widgets/LossCurveExplorer/LossCurveExplorer';

const loss = () => screen.getByRole('combobox', { name: 'Loss' }) as HTMLSelectElement;
const valueReadout = () => screen.getByLabelText(/^Loss ℓ/);
const derivativeReadout = () => screen.getByLabelText(/^Derivative ℓ′/);
const setSlider = (el: HTMLElement, value: number) =>
  fireEvent.input(el, { target: { value: String(value) } });

/** Readout text the registry gives for a loss at u, formatted as the widget formats readouts. */
function expected(id: string, u: number, params: Record<string, number> = {}) {
  const entry = getLoss(id);
  return {
    value: fmtSig(entry.value(u, params), 4),
    slope: fmtSig(entry.derivative(u, params), 4),
  };
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<LossCurveExplorer id initialLoss lossIds>', () => {
  it('follows the kit conventions: data-widget, class "widget", a data-main-control slider', () => {
    const { container } = render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    const root = container.querySelector('[data-widget="LossCurveExplorer"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(
      screen.getByRole('slider', { name: /Residual r/ }),
    );
    expect(screen.getByRole('img', { name: 'Huber loss against Residual r' })).toBeTruthy();
  });

  it('shows the registry’s loss and derivative at the initial point, then as the slider moves', () => {
    render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    expect(loss().value).toBe('huber');
    const start = getLoss('huber').domain.initial;
    expect(valueReadout().textContent).toBe(expected('huber', start).value);
    expect(derivativeReadout().textContent).toBe(expected('huber', start).slope);
    setSlider(screen.getByRole('slider', { name: /Residual r/ }), 2.5);
    expect(valueReadout().textContent).toBe(expected('huber', 2.5).value);
    expect(derivativeReadout().textContent).toBe(expected('huber', 2.5).slope);
  });

  it('a parameter slider ("δ (delta)") changes the readouts', () => {
    render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    setSlider(screen.getByRole('slider', { name: /Residual r/ }), 2);
    setSlider(screen.getByRole('slider', { name: 'δ (delta)' }), 2.5);
    expect(valueReadout().textContent).toBe(expected('huber', 2, { delta: 2.5 }).value);
    expect(derivativeReadout().textContent).toBe(expected('huber', 2, { delta: 2.5 }).slope);
  });

  it('changing the loss relabels the slider with the new variable and recomputes', () => {
    render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    fireEvent.change(loss(), { target: { value: 'hinge' } });
    const z = screen.getByRole('slider', { name: /Margin z/ });
    const start = getLoss('hinge').domain.initial;
    expect(Number((z as HTMLInputElement).value)).toBe(start);
    expect(valueReadout().textContent).toBe(expected('hinge', start).value);
    fireEvent.change(loss(), { target: { value: 'bce' } });
    setSlider(screen.getByRole('slider', { name: /Probability p/ }), 0.01);
    expect(valueReadout().textContent).toBe(expected('bce', 0.01).value);
    expect(derivativeReadout().textContent).toBe(expected('bce', 0.01).slope);
  });

  it('groups the "Loss" menu by family and honours lossIds', () => {
    render(<LossCurveExplorer id="lce" lossIds={['hinge', 'mse', 'logistic']} />);
    const groups = within(loss()).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Regression (residual)',
      'Margin (classification)',
    ]);
    expect([...loss().options].map((o) => o.value)).toEqual(['mse', 'hinge', 'logistic']);
  });

  it('writes the state to the URL (debounced) and reads it back on load', async () => {
    const first = render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    fireEvent.change(loss(), { target: { value: 'quantile' } });
    setSlider(screen.getByRole('slider', { name: 'τ (tau)' }), 0.9);
    setSlider(screen.getByRole('slider', { name: /Residual r/ }), -2);
    await waitFor(() =>
      expect(window.location.search).toBe('?lce.loss=quantile&lce.r=-2&lce.tau=0.9'),
    );
    first.unmount();
    render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    expect(loss().value).toBe('quantile');
    expect(valueReadout().textContent).toBe(expected('quantile', -2, { tau: 0.9 }).value);
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('a malformed URL falls back to defaults with a notice, never NaN', () => {
    window.history.replaceState(
      null,
      '',
      '/x/?lce.loss=huber&lce.delta=abc&lce.r=1e999&lce.deriv=2',
    );
    const { container } = render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    const notice = screen.getByText(/could not be used/);
    expect(notice.textContent).toMatch(/δ \(delta\)/);
    expect(notice.textContent).toMatch(/Residual r/);
    expect(valueReadout().textContent).toBe(
      expected('huber', getLoss('huber').domain.initial).value,
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('an unknown loss in the URL falls back to initialLoss with a notice', () => {
    window.history.replaceState(null, '', '/x/?lce.loss=%3Cscript%3E');
    render(<LossCurveExplorer id="lce" initialLoss="logistic" />);
    expect(loss().value).toBe('logistic');
    expect(screen.getByText(/could not be used/).textContent).toMatch(/loss/);
  });

  it('arrow keys on the focused chart move the point (Shift ×10, Home, End)', () => {
    render(<LossCurveExplorer id="lce" initialLoss="mse" />);
    const chart = screen.getByRole('group', { name: /Chart of Mean squared error/ });
    const slider = screen.getByRole('slider', { name: /Residual r/ }) as HTMLInputElement;
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(slider.value).toBe('1.01');
    fireEvent.keyDown(chart, { key: 'ArrowLeft', shiftKey: true });
    expect(slider.value).toBe('0.91');
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(slider.value).toBe('-3');
    expect(valueReadout().textContent).toBe(expected('mse', -3).value);
  });

  it('a click on the chart moves the point to the x under the pointer', () => {
    render(<LossCurveExplorer id="lce" initialLoss="mse" />);
    const chart = screen.getByRole('group', { name: /Chart of/ });
    // The frame is 640 px wide (happy-dom has no layout): x = −3 at the left margin, 3 at the right.
    const { left, right } = LOSS_CURVE_MARGIN;
    const px = left + 0.75 * (640 - left - right);
    fireEvent.pointerDown(chart, { clientX: px, button: 0, pointerId: 1 });
    const slider = screen.getByRole('slider', { name: /Residual r/ }) as HTMLInputElement;
    expect(Number(slider.value)).toBeCloseTo(1.5, 9);
    expect(valueReadout().textContent).toBe(expected('mse', 1.5).value);
  });

  it('"Show derivative" draws the dashed derivative curve', () => {
    const { container } = render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    expect(container.querySelector('svg [stroke="var(--warn)"]')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show derivative' }));
    expect(container.querySelector('svg [stroke="var(--warn)"]')).not.toBeNull();
  });

  it('every loss at both ends of its domain and its parameters’ extremes shows finite numbers', () => {
    const { container } = render(<LossCurveExplorer id="lce" />);
    const finite = /^−?\d+(\.\d+)?(×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/;
    for (const entry of lossRegistry) {
      fireEvent.change(loss(), { target: { value: entry.id } });
      const slider = screen.getByRole('slider', { name: entry.domain.label });
      for (const extreme of ['min', 'max'] as const) {
        for (const p of entry.params) {
          setSlider(screen.getByRole('slider', { name: p.label }), p[extreme]);
        }
        for (const u of [entry.domain.min, entry.domain.max]) {
          setSlider(slider, u);
          const where = `${entry.id} at ${u}, params at ${extreme}`;
          expect(valueReadout().textContent, where).toMatch(finite);
          expect(derivativeReadout().textContent, where).toMatch(finite);
          expect(container.textContent, where).not.toMatch(/NaN|Infinity|undefined|∞/);
          expect(container.querySelector('svg')!.outerHTML, where).not.toMatch(/NaN|Infinity/);
        }
      }
    }
  }, 30_000);

  it('"Copy link" copies the URL with the state and says "Link copied"', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LossCurveExplorer id="lce" initialLoss="huber" />);
    setSlider(screen.getByRole('slider', { name: /Residual r/ }), -1.5);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/chapters/scratch/?lce.r=-1.5');
  });

  it('"Copy link" falls back to a selected text field when the clipboard is blocked', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LossCurveExplorer id="lce" initialLoss="hinge" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = (await screen.findByRole('textbox', {
      name: 'Link to this state',
    })) as HTMLInputElement;
    expect(field.value).toBe(window.location.href);
    expect(screen.getByText(/Copying is blocked/)).toBeTruthy();
  });
});
