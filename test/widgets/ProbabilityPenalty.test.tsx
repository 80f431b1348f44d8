import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getLoss, mseLoss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { ProbabilityPenalty } from '~/widgets/ProbabilityPenalty/ProbabilityPenalty';

const ce = getLoss('cross-entropy');
const slider = () =>
  screen.getByRole('slider', { name: 'Probability of the true class' }) as HTMLInputElement;
const numberBox = () =>
  screen.getByRole('spinbutton', {
    name: 'Probability of the true class (exact value)',
  }) as HTMLInputElement;
const lossReadout = () => screen.getByLabelText('Cross-entropy −log p');
const squaredReadout = () => screen.getByLabelText('Squared error (1 − p)²');

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<ProbabilityPenalty id initialP>', () => {
  it('follows the kit conventions: root data-widget, the slider is the main control, a chart', () => {
    const { container } = render(<ProbabilityPenalty id="pp" />);
    const root = container.querySelector('[data-widget="ProbabilityPenalty"]')!;
    expect(root.id).toBe('pp');
    expect(root.querySelector('[data-main-control]')).toBe(slider());
    expect(screen.getByRole('img', { name: /−log p against the probability/ })).toBeTruthy();
  });

  it('reads out −log p and (1 − p)² from src/compute at the start and as the slider moves', () => {
    render(<ProbabilityPenalty id="pp" initialP={0.7} />);
    expect(lossReadout().textContent).toBe(fmtSig(ce.value(0.7, {}), 4));
    expect(squaredReadout().textContent).toBe(fmtSig(mseLoss([0.7], [1]).loss, 4));
    // The slider is log10 p: position −2 is p = 0.01.
    fireEvent.input(slider(), { target: { value: '-2' } });
    expect(Number(numberBox().value)).toBe(0.01);
    expect(lossReadout().textContent).toBe(fmtSig(ce.value(0.01, {}), 4));
    expect(squaredReadout().textContent).toBe(fmtSig(mseLoss([0.01], [1]).loss, 4));
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^p = 0\.01/);
  });

  it('the slider reaches p = 0.001 and p = 1 and never evaluates log 0', () => {
    const { container } = render(<ProbabilityPenalty id="pp" />);
    fireEvent.input(slider(), { target: { value: '-3' } });
    expect(lossReadout().textContent).toBe(fmtSig(ce.value(0.001, {}), 4));
    fireEvent.input(slider(), { target: { value: '0' } });
    expect(lossReadout().textContent).toBe('0');
    fireEvent.change(numberBox(), { target: { value: '0' } });
    expect(Number(numberBox().value)).toBe(0.001);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|∞/);
  });

  it('says the verdict in words at the stated thresholds 0.1 and 0.9', () => {
    render(<ProbabilityPenalty id="pp" />);
    fireEvent.change(numberBox(), { target: { value: '0.05' } });
    expect(screen.getByText(/^Confidently wrong\.$/)).toBeTruthy();
    fireEvent.change(numberBox(), { target: { value: '0.1' } });
    expect(screen.getByText(/^Unsure\.$/)).toBeTruthy();
    fireEvent.change(numberBox(), { target: { value: '0.9' } });
    expect(screen.getByText(/^Confident and correct\.$/)).toBeTruthy();
    expect(screen.getByText(/Verdicts:/).textContent).toMatch(
      /below 0\.1.*0\.1 to 0\.9.*from 0\.9/,
    );
  });

  it('"Show squared error" hides the dashed curve and its readout', () => {
    const { container } = render(<ProbabilityPenalty id="pp" />);
    expect(container.querySelector('svg [stroke="var(--warn)"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show squared error/ }));
    expect(container.querySelector('svg [stroke="var(--warn)"]')).toBeNull();
    expect(screen.queryByLabelText(/^Squared error/)).toBeNull();
  });

  it('writes the state to the URL and reads it back; a bad link falls back with a notice', async () => {
    const first = render(<ProbabilityPenalty id="pp" />);
    fireEvent.change(numberBox(), { target: { value: '0.02' } });
    await waitFor(() => expect(window.location.search).toBe('?pp.p=0.02'));
    first.unmount();
    render(<ProbabilityPenalty id="pp" />);
    expect(lossReadout().textContent).toBe(fmtSig(ce.value(0.02, {}), 4));
    cleanup();
    window.history.replaceState(null, '', '/x/?pp.p=0&pp.sq=maybe');
    const { container } = render(<ProbabilityPenalty id="pp" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/probability/);
    expect(lossReadout().textContent).toBe(fmtSig(ce.value(0.7, {}), 4));
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('"Copy link" copies the URL with the state', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ProbabilityPenalty id="pp" />);
    fireEvent.change(numberBox(), { target: { value: '0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/chapters/scratch/?pp.p=0.3');
  });
});
