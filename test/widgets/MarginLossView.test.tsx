import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLoss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { MarginLossView } from '~/widgets/MarginLossView/MarginLossView';

const slider = () => screen.getByRole('slider', { name: /Margin z/ }) as HTMLInputElement;
const setZ = (z: number) => fireEvent.input(slider(), { target: { value: String(z) } });
/** The cells of the table row whose header starts with `name`: [value, derivative, check]. */
const cells = (name: RegExp) =>
  within(screen.getByRole('rowheader', { name }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<MarginLossView id>', () => {
  it('follows the kit conventions: data-widget, class "widget", the "Margin z" main control', () => {
    const { container } = render(<MarginLossView id="mlv" />);
    const root = container.querySelector('[data-widget="MarginLossView"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.id).toBe('mlv');
    expect(root.querySelector('[data-main-control]')).toBe(slider());
    expect(screen.getByRole('img', { name: /0\/1 loss with the hinge/ })).toBeTruthy();
  });

  it('tabulates each registry loss and its derivative at z, and follows the slider', () => {
    render(<MarginLossView id="mlv" />);
    for (const z of [getLoss('hinge').domain.initial, -1.7, 2.25]) {
      if (z !== Number(slider().value)) setZ(z);
      for (const [id, name] of [
        ['zero-one', /^0\/1/],
        ['hinge', /^Hinge/],
        ['squared-hinge', /^Squared hinge/],
        ['logistic', /^Logistic, natural log/],
        ['exponential', /^Exponential/],
      ] as const) {
        const [value, derivative] = cells(name);
        expect(value).toBe(fmtSig(getLoss(id).value(z), 4));
        expect(derivative).toBe(fmtSig(getLoss(id).derivative(z), 4));
      }
    }
  });

  it('names the region of the current z in words', () => {
    render(<MarginLossView id="mlv" />);
    setZ(-0.5);
    expect(screen.getByText(/^Wrong side \(z < 0\)/)).toBeTruthy();
    setZ(0);
    expect(screen.getByText(/exactly on the decision boundary/)).toBeTruthy();
    setZ(0.99);
    expect(screen.getByText(/^Inside the margin \(0 ≤ z < 1\)/)).toBeTruthy();
    setZ(1);
    expect(screen.getByText(/^Confident and correct \(z ≥ 1\)/)).toBeTruthy();
    expect(slider().getAttribute('aria-valuetext')).toBe('1.00, confident and correct');
  });

  it('checks the upper bound at z: the natural-log logistic fails at z = −0.3, base 2 holds', () => {
    render(<MarginLossView id="mlv" />);
    setZ(-0.3);
    // log(1 + e^0.3) < 1 = 1[z ≤ 0], from the registry.
    expect(getLoss('logistic').value(-0.3)).toBeLessThan(1);
    expect(cells(/^Logistic, natural log/)[2]).toBe('< 1 ✗');
    expect(cells(/^Hinge/)[2]).toBe('≥ 1 ✓');
    expect(screen.getByText(/is below 1 here/)).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: /base 2/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show base-2 logistic' }));
    const [value, derivative, check] = cells(/^Logistic, base 2/);
    expect(value).toBe(fmtSig(getLoss('logistic').value(-0.3) / Math.LN2, 4));
    expect(derivative).toBe(fmtSig(getLoss('logistic').derivative(-0.3) / Math.LN2, 4));
    expect(check).toBe('≥ 1 ✓');
    setZ(0);
    expect(cells(/^Logistic, base 2/)[2]).toBe('≥ 1 ✓');
    setZ(0.4);
    expect(cells(/^Logistic, natural log/)[2]).toBe('≥ 0 ✓');
  });

  it('writes z and the toggle to the URL (debounced) and reads them back', async () => {
    const first = render(<MarginLossView id="mlv" />);
    setZ(-1.25);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show base-2 logistic' }));
    await waitFor(() => expect(window.location.search).toBe('?mlv.z=-1.25&mlv.base2=1'));
    first.unmount();
    render(<MarginLossView id="mlv" />);
    expect(slider().value).toBe('-1.25');
    expect(cells(/^Hinge/)[0]).toBe(fmtSig(getLoss('hinge').value(-1.25), 4));
    expect(screen.getByRole('rowheader', { name: /base 2/ })).toBeTruthy();
  });

  it('a malformed link falls back with a notice; nothing shows NaN or Infinity', () => {
    window.history.replaceState(null, '', '/x/?mlv.z=NaN&mlv.base2=maybe');
    const { container } = render(<MarginLossView id="mlv" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/Margin z/);
    expect(slider().value).toBe(String(getLoss('hinge').domain.initial));
    // The notice quotes the bad value; the table, the words and the chart never show one.
    const shown = [...container.querySelectorAll('table, p:not(.widget-notice), svg')];
    for (const el of shown) expect(el.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('at z = −3 every value is finite and the steep curves are marked above the frame', () => {
    const { container } = render(<MarginLossView id="mlv" />);
    setZ(-3);
    expect(cells(/^Exponential/)[0]).toBe(fmtSig(Math.exp(3), 4));
    expect(container.querySelectorAll('svg g[data-current] path[data-loss]').length).toBe(2);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
