import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLoss } from '~/compute';
import { chooseLoss, defaultAnswers } from '~/widgets/LossChooser/choose';
import { LossChooser } from '~/widgets/LossChooser/LossChooser';

const task = () => screen.getByRole('combobox', { name: 'Task' }) as HTMLSelectElement;
const recommended = (c: Element) =>
  c.querySelector('[data-recommendation]')!.getAttribute('data-recommendation');

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<LossChooser id>', () => {
  it('follows the kit conventions; "Task" is the main control', () => {
    const { container } = render(<LossChooser id="chooser" />);
    const root = container.querySelector('[data-widget="LossChooser"]')!;
    expect(root.querySelector('[data-main-control]')).toBe(task());
  });

  it('recommends what chooseLoss gives, with the registry’s framework calls', () => {
    const { container } = render(<LossChooser id="chooser" />);
    expect(recommended(container)).toBe(chooseLoss(defaultAnswers()).entry.id);
    fireEvent.click(screen.getByRole('radio', { name: 'A few' }));
    expect(recommended(container)).toBe('huber');
    expect(container.textContent).toContain(getLoss('huber').frameworks.pytorch.call);
    expect(container.textContent).toContain(getLoss('huber').frameworks.optax.call);
  });

  it('classification questions appear with the task; answers lead to focal loss', () => {
    const { container } = render(<LossChooser id="chooser" />);
    fireEvent.change(task(), { target: { value: 'binary' } });
    expect(screen.queryByRole('group', { name: 'Outliers in the targets' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Severe/ }));
    fireEvent.click(screen.getByRole('radio', { name: /No, only the decision/ }));
    expect(recommended(container)).toBe('focal');
    expect(container.querySelector('.lch-title')!.textContent).toBe(
      `Use: ${getLoss('focal').name}`,
    );
  });

  it('answers round-trip through the URL; junk falls back with a notice', async () => {
    const first = render(<LossChooser id="chooser" />);
    fireEvent.change(task(), { target: { value: 'multiclass' } });
    await waitFor(() => expect(window.location.search).toBe('?chooser.task=multiclass'));
    first.unmount();
    const { container } = render(<LossChooser id="chooser" />);
    expect(task().value).toBe('multiclass');
    expect(recommended(container)).toBe('cross-entropy');
    cleanup();
    window.history.replaceState(null, '', '/x/?chooser.task=%3Cb%3E');
    render(<LossChooser id="chooser" />);
    expect(task().value).toBe('regression');
    expect(screen.getByText(/could not be used/)).toBeTruthy();
  });
});
