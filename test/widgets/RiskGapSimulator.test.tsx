import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRiskDistribution, fitRidgePolynomial } from '~/compute';
import { fmtSig } from '~/lib/format';
import { RiskGapSimulator } from '~/widgets/RiskGapSimulator/RiskGapSimulator';

// The widget's distribution, rebuilt here from compute: y = sin(πx) + ε, σ = 0.3.
const dist = createRiskDistribution({ target: 'sine', noise: 0.3 });

/** Readouts compute gives for (N, degree, λ, seed), formatted as the widget formats readouts. */
function expected(n: number, degree: number, lambda: number, seed: number) {
  const s = dist.sample(n, seed);
  const fit = fitRidgePolynomial(s.x, s.y, { degree, lambda });
  const risk = dist.expectedRisk(fit.predict);
  return { train: fmtSig(fit.trainLoss), risk: fmtSig(risk), gap: fmtSig(risk - fit.trainLoss) };
}

const slider = (name: string) => screen.getByRole('slider', { name }) as HTMLInputElement;
const readouts = () => ({
  train: screen.getByLabelText('Training loss').textContent,
  risk: screen.getByLabelText('Expected loss').textContent,
  gap: screen.getByLabelText('Gap').textContent,
});
const setSlider = (el: HTMLElement, value: number) =>
  fireEvent.input(el, { target: { value: String(value) } });

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<RiskGapSimulator id>', () => {
  it('follows the kit conventions: data-widget, class "widget", "Training set size" is the main control', () => {
    const { container } = render(<RiskGapSimulator id="risk" />);
    const root = container.querySelector('[data-widget="RiskGapSimulator"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.id).toBe('risk');
    expect(root.querySelectorAll('[data-main-control]')).toHaveLength(1);
    expect(root.querySelector('[data-main-control]')).toBe(slider('Training set size'));
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('starts at N = 10, degree 3, λ = 0, seed 8 with compute’s training loss, exact risk and gap', () => {
    render(<RiskGapSimulator id="risk" />);
    expect(slider('Training set size').value).toBe('10');
    expect(slider('Model complexity').value).toBe('3');
    expect(readouts()).toEqual(expected(10, 3, 0, 8));
  });

  it('each control recomputes the readouts from compute', () => {
    render(<RiskGapSimulator id="risk" />);
    setSlider(slider('Training set size'), 40);
    expect(readouts()).toEqual(expected(40, 3, 0, 8));
    setSlider(slider('Model complexity'), 9);
    expect(readouts()).toEqual(expected(40, 9, 0, 8));
    setSlider(slider('Regularization λ'), -3);
    expect(readouts()).toEqual(expected(40, 9, 1e-3, 8));
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    expect(readouts()).toEqual(expected(40, 9, 1e-3, 9));
    expect(screen.getByText('sample #9')).toBeTruthy();
  });

  it('explains an interpolating fit whose risk explodes, and never shows NaN or Infinity', () => {
    const { container } = render(<RiskGapSimulator id="risk" />);
    setSlider(slider('Training set size'), 3);
    setSlider(slider('Model complexity'), 15);
    expect(container.textContent).toMatch(/pass through every point/);
    expect(container.textContent).toMatch(/swings wildly between the training points/);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(readouts()).toEqual(expected(3, 15, 0, 8));
  });

  it('recomputes the loss-versus-N chart after a change of degree (lazily)', async () => {
    render(<RiskGapSimulator id="risk" />);
    const chart = screen.getByRole('img', { name: /against N, degree 3/ });
    expect(chart).toBeTruthy();
    setSlider(slider('Model complexity'), 7);
    await waitFor(() =>
      expect(screen.getByRole('img', { name: /against N, degree 7/ })).toBeTruthy(),
    );
    expect(screen.queryByText(/Updating/)).toBeNull();
  });

  it('writes the state to the URL (debounced) and reads it back on load', async () => {
    const first = render(<RiskGapSimulator id="risk" />);
    setSlider(slider('Training set size'), 25);
    setSlider(slider('Regularization λ'), -2);
    fireEvent.click(screen.getByRole('button', { name: 'Resample' }));
    await waitFor(() =>
      expect(window.location.search).toBe('?risk.n=25&risk.lambda=-2&risk.seed=9'),
    );
    first.unmount();
    render(<RiskGapSimulator id="risk" />);
    expect(slider('Training set size').value).toBe('25');
    expect(readouts()).toEqual(expected(25, 3, 1e-2, 9));
  });

  it('a malformed URL falls back to defaults with a notice', () => {
    window.history.replaceState(null, '', '/x/?risk.n=abc&risk.degree=99&risk.seed=7');
    const { container } = render(<RiskGapSimulator id="risk" />);
    const notice = screen.getByText(/could not be used/);
    expect(notice.textContent).toMatch(/training set size/);
    expect(notice.textContent).toMatch(/degree/);
    expect(readouts()).toEqual(expected(10, 3, 0, 7));
    expect(container.querySelector('output')!.textContent).not.toMatch(/NaN/);
  });

  it('"Copy link" copies the page URL with the state', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<RiskGapSimulator id="risk" />);
    setSlider(slider('Model complexity'), 5);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?risk\.degree=5$/));
  });
});
