import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLandscape, createOptimizer, descend } from '~/compute';
import { fmtSig } from '~/lib/format';
import { LandscapeDescent } from '~/widgets/LandscapeDescent/LandscapeDescent';

const landscapeSelect = () =>
  screen.getByRole('combobox', { name: 'Landscape' }) as HTMLSelectElement;
const out = (name: string) => screen.getByLabelText(name).textContent;
const button = (name: string) => screen.getByRole('button', { name });

/** The path descend gives, independently of the widget. */
function run(
  id: 'rosenbrock' | 'bowl' | 'himmelblau',
  kind: 'sgd' | 'adam' | 'rmsprop',
  options: object,
  start?: readonly [number, number],
) {
  const l = createLandscape(id);
  return descend(l, start ?? l.defaultStart, createOptimizer(kind, options), 300);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/scratch/');
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('<LandscapeDescent id landscape optimizers>', () => {
  it('follows the kit conventions: data-widget, data-race, the Player’s Step is the main control', () => {
    const { container } = render(<LandscapeDescent id="race" />);
    const root = container.querySelector('[data-widget="LandscapeDescent"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.hasAttribute('data-race')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(button('Step'));
    expect(screen.getByRole('img', { name: /^Rosenbrock valley/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Race player' })).toBeTruthy();
  });

  it('shows each racer’s final point and loss from descend, and its state', () => {
    window.history.replaceState(null, '', '/x/?race.step=300');
    render(<LandscapeDescent id="race" optimizers={['sgd', 'momentum', 'adam']} />);
    const sgd = run('rosenbrock', 'sgd', { lr: 0.002 }).path.at(-1)!;
    expect(out('SGD w₁')).toBe(fmtSig(sgd.params[0]));
    expect(out('SGD w₂')).toBe(fmtSig(sgd.params[1]));
    expect(out('SGD loss')).toBe(fmtSig(sgd.value));
    const mom = run('rosenbrock', 'sgd', { lr: 0.002, momentum: 0.9 }).path.at(-1)!;
    expect(out('SGD + momentum loss')).toBe(fmtSig(mom.value));
    const b = mom.state.buffers['momentumBuffer']!;
    expect(out('SGD + momentum Velocity b')).toBe(`(${fmtSig(b[0]!)}, ${fmtSig(b[1]!)})`);
    const adam = run('rosenbrock', 'adam', { lr: 0.1 }).path.at(-1)!;
    expect(out('Adam Second moment v')).toBe(
      `(${fmtSig(adam.state.buffers['expAvgSq']![0]!)}, ${fmtSig(adam.state.buffers['expAvgSq']![1]!)})`,
    );
    expect(out('SGD State')).toMatch(/no state/);
  });

  it('the Player steps the race: Restart shows the start, Step shows step 1 from descend', () => {
    const { container } = render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    fireEvent.click(button('Restart'));
    expect(out('SGD step')).toBe('0');
    expect(out('SGD w₁')).toBe(fmtSig(-1.2));
    fireEvent.click(button('Step'));
    const first = run('rosenbrock', 'sgd', { lr: 0.002 }).path[1]!;
    expect(out('SGD w₁')).toBe(fmtSig(first.params[0]));
    expect(out('SGD loss')).toBe(fmtSig(first.value));
    const d = container.querySelector('g[data-racer="sgd"] path[data-line]')!.getAttribute('d')!;
    expect((d.match(/L/g) ?? []).length).toBe(1);
  });

  it('a learning rate that diverges says so in words, and the path stops there (no NaN)', () => {
    window.history.replaceState(null, '', '/x/?race.step=300');
    const { container } = render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    const lr = screen.getByRole('slider', { name: 'Learning rate η (SGD)' });
    fireEvent.input(lr, { target: { value: '10' } }); // LR_CHOICES[10] = 0.05
    const expected = run('rosenbrock', 'sgd', { lr: 0.05 });
    expect(expected.stopped).toBe('diverged');
    expect(screen.getByText(expected.message)).toBeTruthy();
    expect(out('SGD loss')).toBe(fmtSig(expected.path.at(-1)!.value));
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('switching the landscape and an optimizer recomputes with descend', () => {
    render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    fireEvent.change(landscapeSelect(), { target: { value: 'bowl' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'RMSprop' }));
    const rms = run('bowl', 'rmsprop', { lr: 0.01 }).path;
    expect(out('RMSprop loss')).toBe(fmtSig(rms[0]!.value));
    fireEvent.click(button('Step'));
    expect(out('RMSprop loss')).toBe(fmtSig(rms[1]!.value));
    expect(screen.getByRole('slider', { name: /Condition number/ })).toBeTruthy();
  });

  it('arrow keys on the focused chart move the start', () => {
    window.history.replaceState(null, '', '/x/?race.step=300');
    render(<LandscapeDescent id="race" landscape="himmelblau" optimizers={['sgd']} />);
    const chart = screen.getByRole('group', { name: /Chart of the Himmelblau/ });
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowUp', shiftKey: true });
    expect(out('SGD w₁')).toBe(
      fmtSig(run('himmelblau', 'sgd', { lr: 0.002 }, [0.05, 0.25]).path.at(-1)!.params[0]),
    );
    const start = document.getElementById('race-start')!;
    expect(start.textContent).toBe('(0.05, 0.25)');
  });

  it('writes the state to the URL (debounced) and reads it back', async () => {
    const first = render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    fireEvent.change(landscapeSelect(), { target: { value: 'beale' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Adam' }));
    fireEvent.click(button('Step'));
    fireEvent.click(button('Step'));
    await waitFor(() =>
      expect(window.location.search).toBe('?race.landscape=beale&race.adam=1&race.step=2'),
    );
    first.unmount();
    render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    expect(landscapeSelect().value).toBe('beale');
    expect(out('Adam step')).toBe('2');
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('a malformed URL falls back with a notice, never NaN', () => {
    window.history.replaceState(null, '', '/x/?race.x=abc&race.sgd.lr=zzz&race.step=1e999');
    const { container } = render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    const notice = screen.getByText(/could not be used/).textContent;
    expect(notice).toMatch(/start w₁/);
    expect(notice).toMatch(/SGD learning rate/);
    expect(out('SGD w₁')).toBe(fmtSig(createLandscape('rosenbrock').defaultStart[0]));
    const outputs = [...container.querySelectorAll('output')].map((o) => o.textContent).join(' ');
    expect(outputs).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('every landscape with every optimizer at a too-large rate shows finite numbers', () => {
    window.history.replaceState(null, '', '/x/?race.step=300');
    const { container } = render(
      <LandscapeDescent
        id="race"
        optimizers={['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw']}
      />,
    );
    for (const id of ['rosenbrock', 'beale', 'himmelblau', 'bowl', 'saddle']) {
      fireEvent.change(landscapeSelect(), { target: { value: id } });
      for (const slider of screen.getAllByRole('slider', { name: /^Learning rate/ })) {
        fireEvent.input(slider, { target: { value: '15' } });
      }
      expect(container.textContent, id).not.toMatch(/NaN|Infinity|undefined/);
      expect(container.querySelector('svg')!.outerHTML, id).not.toMatch(/NaN|Infinity/);
      const cards = container.querySelectorAll('.ld-card');
      expect(cards.length).toBe(7);
      for (const card of cards) {
        expect(within(card as HTMLElement).getAllByRole('status').length).toBeGreaterThan(0);
      }
    }
  }, 30_000);

  it('"Copy link" copies the URL with the state', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LandscapeDescent id="race" optimizers={['sgd']} />);
    fireEvent.click(button('Step'));
    fireEvent.click(button('Copy link'));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/chapters/scratch/?race.step=1');
  });
});
