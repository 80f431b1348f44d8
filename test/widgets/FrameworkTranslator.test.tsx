import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crossEntropy, mseLoss, softmax } from '~/compute';
import { fmtSig } from '~/lib/format';
import { FrameworkTranslator } from '~/widgets/FrameworkTranslator/FrameworkTranslator';

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const value = () => document.getElementById('ft-value')!.textContent;

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<FrameworkTranslator id>', () => {
  it('follows the kit conventions; "Loss" is the main control; PyTorch mean is mseLoss', () => {
    const { container } = render(<FrameworkTranslator id="ft" />);
    expect(container.querySelector('[data-widget="FrameworkTranslator"] [data-main-control]')).toBe(
      select('Loss'),
    );
    expect(value()).toBe(fmtSig(mseLoss([1.5, 2, 0.5, 3, 2, 4], [1, 2, 1, 2, 2, 2]).loss, 4));
    expect(container.querySelector('code')!.textContent).toBe(
      'torch.nn.functional.mse_loss(input, target)',
    );
  });

  it('typing a batch recomputes; a bad entry shows a message and marks the field', () => {
    render(<FrameworkTranslator id="ft" />);
    const p = screen.getByRole('textbox', { name: 'Predictions' });
    const t = screen.getByRole('textbox', { name: 'Targets' });
    fireEvent.input(p, { target: { value: '1, 2, 3' } });
    fireEvent.input(t, { target: { value: '0, 0, 0' } });
    expect(value()).toBe(fmtSig(mseLoss([1, 2, 3], [0, 0, 0]).loss, 4));
    fireEvent.input(p, { target: { value: '1, two, 3' } });
    expect(p.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/“two” in row 1 is not a number/)).toBeTruthy();
    expect(value()).toBe(fmtSig(mseLoss([1, 2, 3], [0, 0, 0]).loss, 4));
  });

  it('the softmax mistake shows the wrong number next to the right one', () => {
    render(<FrameworkTranslator id="ft" />);
    fireEvent.change(select('Loss'), { target: { value: 'cross-entropy' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Softmax applied before the loss/ }));
    const rows = [
      [2, 0, -1],
      [0.5, 1.5, 0.2],
    ];
    expect(value()).toBe(fmtSig(crossEntropy(rows, [0, 1]).loss, 4));
    expect(document.getElementById('ft-wrong-softmax')!.textContent).toBe(
      fmtSig(
        crossEntropy(
          rows.map((r) => softmax(r)),
          [0, 1],
        ).loss,
        4,
      ),
    );
  });

  it('Keras offers sum_over_batch_size; the table lists every convention', () => {
    const { container } = render(<FrameworkTranslator id="ft" />);
    fireEvent.change(select('Framework'), { target: { value: 'keras' } });
    expect(select('Reduction').value).toBe('sum_over_batch_size');
    expect(container.querySelectorAll('tbody tr').length).toBe(8);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes the state to the URL and reads it back', async () => {
    const first = render(<FrameworkTranslator id="ft" />);
    fireEvent.change(select('Framework'), { target: { value: 'optax' } });
    await waitFor(() => expect(window.location.search).toBe('?ft.fw=optax'));
    first.unmount();
    render(<FrameworkTranslator id="ft" />);
    expect(select('Framework').value).toBe('optax');
  });
});
