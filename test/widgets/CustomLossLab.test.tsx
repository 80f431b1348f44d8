import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { randomLcg } from 'd3-random';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileExpression, getLoss } from '~/compute';
import { CustomLossLab } from '~/widgets/CustomLossLab/CustomLossLab';

const formula = () => screen.getByRole('textbox', { name: 'Loss formula' }) as HTMLInputElement;
const type = (text: string) => fireEvent.input(formula(), { target: { value: text } });
/** The panels follow the input one animation frame later; wait a few frames. */
const frames = () => new Promise((resolve) => setTimeout(resolve, 100));
const check = (container: Element, id: string) =>
  container.querySelector(`[data-check="${id}"]`)!.textContent ?? '';

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<CustomLossLab id>', () => {
  it('follows the kit conventions: data-widget, the formula box is the main control, two charts', () => {
    const { container } = render(<CustomLossLab id="lab" />);
    const root = container.querySelector('[data-widget="CustomLossLab"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(formula());
    expect(screen.getAllByRole('img').length).toBe(2);
    expect(screen.getByRole('combobox', { name: 'Variable' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Preset' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toBeTruthy();
  });

  it('runs the checklist on a typed formula: r^2 passes three checks, fails bounded gradient', () => {
    const { container } = render(<CustomLossLab id="lab" />);
    type('r^2');
    expect(check(container, 'nonNegative')).toMatch(/Non-negative: yes/);
    expect(check(container, 'zeroAtPerfect')).toMatch(/yes/);
    expect(check(container, 'convex')).toMatch(/Convex: yes/);
    // |ℓ′| = |2r| reaches 12 at r = ±6, from the compute autodiff.
    const e = compileExpression('r^2', ['r']);
    if (!e.ok) throw new Error('r^2 must compile');
    const top = Math.abs(e.expression.derivative({ r: 6 }, 'r'));
    expect(check(container, 'boundedGradient')).toContain(`max |ℓ′| = ${top}`);
    expect(check(container, 'boundedGradient')).toMatch(/Bounded gradient: no/);
  });

  it('Tukey’s biweight preset is flagged non-convex with a bounded gradient', () => {
    const { container } = render(<CustomLossLab id="lab" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Preset' }), {
      target: { value: 'tukey' },
    });
    expect(formula().value).toContain('4.685');
    expect(check(container, 'convex')).toMatch(/Convex: no/);
    expect(check(container, 'boundedGradient')).toMatch(/Bounded gradient: yes/);
    expect(
      (screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement).value,
    ).toBe('huber');
  });

  it('a parse error shows the message with a caret under the character at fault; the last plot stays', () => {
    const { container } = render(<CustomLossLab id="lab" />);
    type('r^2');
    const before = container.querySelector('svg')!.outerHTML;
    type('r^2 + (r');
    const bad = compileExpression('r^2 + (r', ['r']);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const caret = container.querySelector('.cll-caret')!;
    expect(caret.textContent).toBe(`r^2 + (r\n${' '.repeat(bad.error.index)}^`);
    expect(screen.getByText(bad.error.message, { exact: false })).toBeTruthy();
    expect(formula().getAttribute('aria-invalid')).toBe('true');
    expect(formula().getAttribute('aria-describedby')).toContain('lab-error');
    expect(container.querySelector('svg')!.outerHTML).toBe(before);
  });

  it('non-finite values (log of a negative r) are reported in words and skipped', () => {
    const { container } = render(<CustomLossLab id="lab" />);
    type('log(r)');
    expect(screen.getByText(/At 101 of 201 points the loss is undefined/)).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('"Compare with" draws the registry loss; switching the variable offers margin losses', async () => {
    render(<CustomLossLab id="lab" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Variable' }), {
      target: { value: 'z' },
    });
    const compare = screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement;
    expect([...compare.options].map((o) => o.value)).toContain('logistic');
    fireEvent.change(compare, { target: { value: 'logistic' } });
    await frames();
    expect(
      screen.getByRole('img', {
        name: new RegExp(`^Your loss .* and ${getLoss('logistic').name}`),
      }),
    ).toBeTruthy();
  });

  it('"Train with it" fits the line and shows it beside the MSE fit (numbers from compute)', async () => {
    const { trainWith } = await import('~/widgets/CustomLossLab/train');
    render(<CustomLossLab id="lab" />);
    type('abs(r)');
    fireEvent.click(screen.getByRole('button', { name: 'Train with it' }));
    await screen.findByRole('img', { name: /Lines fitted with your loss/ }, { timeout: 5000 });
    const e = compileExpression('abs(r)', ['r']);
    if (!e.ok) throw new Error('abs(r) must compile');
    const expected = trainWith(e.expression, 'r');
    const [w = 0] = expected.custom.result.params;
    expect(document.getElementById('lab-fit-custom')!.textContent).toContain(
      `${w < 0 ? '−' : ''}${Math.abs(w).toFixed(2)}·x`,
    );
    expect(screen.getByRole('img', { name: /Lines fitted with your loss/ })).toBeTruthy();
  });

  it('writes the formula to the URL and reads it back', async () => {
    const first = render(<CustomLossLab id="lab" />);
    type('abs(r) + r^2/10');
    await waitFor(() => expect(window.location.search).toContain('lab.f='));
    expect(new URLSearchParams(window.location.search).get('lab.f')).toBe('abs(r) + r^2/10');
    first.unmount();
    render(<CustomLossLab id="lab" />);
    expect(formula().value).toBe('abs(r) + r^2/10');
  });

  it('a link with a formula that does not parse falls back to the default with a notice', () => {
    window.history.replaceState(null, '', '/x/?lab.f=constructor&lab.v=q');
    const { container } = render(<CustomLossLab id="lab" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/formula/);
    expect(formula().value).toBe('2*max(r, 0)^2 + max(-r, 0)^2');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('survives a seeded fuzz of random and hostile formulas and stays usable', async () => {
    const { container } = render(<CustomLossLab id="lab" />);
    const random = randomLcg(42);
    const hostile = [
      'constructor',
      '__proto__',
      'r.constructor',
      'this',
      'globalThis',
      'eval(r)',
      'Function("x")',
      '__proto__(r)',
      'toString(r)',
      'r'.repeat(5000),
      '('.repeat(200) + 'r' + ')'.repeat(200),
      '-'.repeat(400) + 'r',
      'exp(exp(exp(exp(r))))',
      'r^r^r^r^r^r',
      '1/0',
      'log(0)*r',
      'sqrt(-1)',
      'ｒ^2',
      'r² + 😀',
      '\u0000\u202e r',
      'max(r)',
      'min(r, r, r)',
      '1e400*r',
      '1e308',
      '-1e308*r',
      '9'.repeat(80),
      'r' + '+r'.repeat(400),
    ];
    const alphabet = 'rzp0123456789.+-*/^(),abcdexplogmnqt _$\\"\'`{}[];=<>!😀é';
    const formulas = [...hostile];
    for (let i = 0; i < 150; i++) {
      const n = 1 + Math.floor(random() * 40);
      let s = '';
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      formulas.push(s);
    }
    for (const f of formulas) {
      type(f);
      expect(container.querySelectorAll('svg').length).toBeGreaterThanOrEqual(2);
      const outputs = [...container.querySelectorAll('output, svg text, li')]
        .map((e) => e.textContent)
        .join(' ');
      expect(outputs, f.slice(0, 40)).not.toMatch(/NaN|Infinity|undefined/);
    }
    // Still usable: a good formula after all that is plotted and checked.
    type('abs(r)');
    expect(formula().getAttribute('aria-invalid')).toBe('false');
    expect(check(container, 'convex')).toMatch(/Convex: yes/);
    await frames();
    expect(screen.getByRole('img', { name: /Your loss abs\(r\) and/ })).toBeTruthy();
  }, 30_000);
});
