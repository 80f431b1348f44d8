import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_INTERVAL_MS, Player, formatStepCounter } from '~/widgets/kit';

/** requestAnimationFrame, driven by hand: `frames(n, ms)` runs n frames of ms each. */
let queue: { handle: number; cb: FrameRequestCallback }[] = [];
let clock = 0;
let nextHandle = 1;
function frames(n: number, ms = 1000 / 60) {
  for (let i = 0; i < n; i++) {
    clock += ms;
    const due = queue;
    queue = [];
    act(() => {
      for (const f of due) f.cb(clock);
    });
  }
}

let reducedMotion = false;
beforeEach(() => {
  queue = [];
  clock = 0;
  reducedMotion = false;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    const handle = nextHandle++;
    queue.push({ handle, cb });
    return handle;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    queue = queue.filter((f) => f.handle !== handle);
  });
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reducedMotion && query.includes('reduce'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A parent that owns the step, as widgets do, and shows it. */
function Harness(props: { start?: number; max?: number; disabled?: boolean; main?: boolean }) {
  const [step, setStep] = useState(props.start ?? 0);
  return (
    <div>
      <Player
        id="p"
        step={step}
        maxStep={props.max ?? 200}
        onStep={setStep}
        label="Race player"
        {...(props.disabled !== undefined && { disabled: props.disabled })}
        {...(props.main !== undefined && { mainControl: props.main })}
      />
      <span data-testid="step">{step}</span>
    </div>
  );
}
const step = () => Number(screen.getByTestId('step').textContent);
const button = (name: string) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status');

describe('<Player id step maxStep onStep>', () => {
  it('has the named controls in a named group, and never autoplays', () => {
    render(<Harness start={12} main />);
    expect(screen.getByRole('group', { name: 'Race player' })).toBeTruthy();
    for (const name of ['Restart', 'Step back', 'Play', 'Step']) expect(button(name)).toBeTruthy();
    const speed = screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;
    expect([...speed.options].map((o) => o.textContent)).toEqual(['0.25×', '1×', '4×']);
    expect(speed.value).toBe('1');
    expect(status().textContent).toBe('Step 12 of 200');
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(button('Step').hasAttribute('data-main-control')).toBe(true);
    frames(120);
    expect(step()).toBe(12);
  });

  it('"Step", "Step back" and "Restart" move the parent’s step and the counter says so', () => {
    render(<Harness start={5} />);
    fireEvent.click(button('Step'));
    expect(step()).toBe(6);
    expect(status().textContent).toBe(formatStepCounter(6, 200));
    fireEvent.click(button('Step back'));
    fireEvent.click(button('Step back'));
    expect(step()).toBe(4);
    fireEvent.click(button('Restart'));
    expect(step()).toBe(0);
    expect(status().textContent).toBe('Step 0 of 200');
  });

  it('ends are aria-disabled but stay focusable: no step below 0 or past maxStep', () => {
    render(<Harness start={0} max={2} />);
    expect(button('Step back').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Step back'));
    expect(step()).toBe(0);
    fireEvent.click(button('Step'));
    fireEvent.click(button('Step'));
    fireEvent.click(button('Step'));
    expect(step()).toBe(2);
    expect(button('Step').getAttribute('aria-disabled')).toBe('true');
    expect((button('Step') as HTMLButtonElement).disabled).toBe(false);
  });

  it('"Play" becomes "Pause" and advances 20 steps a second at 1× on animation frames', () => {
    render(<Harness />);
    fireEvent.click(button('Play'));
    expect(button('Pause')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    frames(1); // the first frame only starts the clock
    frames(60);
    expect(step()).toBe(20);
    fireEvent.click(button('Pause'));
    expect(button('Play')).toBeTruthy();
    frames(60);
    expect(step()).toBe(20);
  });

  it('"Speed" 4× plays four times as fast, 0.25× a quarter', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '4' } });
    fireEvent.click(button('Play'));
    frames(1);
    frames(60);
    expect(step()).toBe(80);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: '0.25' },
    });
    frames(1);
    frames(120);
    expect(step()).toBe(90);
  });

  it('stops by itself at maxStep; "Play" at the end starts again from 0', () => {
    render(<Harness start={195} />);
    fireEvent.click(button('Play'));
    frames(1);
    frames(30);
    expect(step()).toBe(200);
    expect(button('Play')).toBeTruthy();
    expect(status().textContent).toBe('Step 200 of 200');
    fireEvent.click(button('Play'));
    expect(step()).toBe(0);
    frames(1);
    frames(6);
    expect(step()).toBe(2);
  });

  it('with prefers-reduced-motion, Play moves in coarse jumps once a second', () => {
    reducedMotion = true;
    render(<Harness />);
    fireEvent.click(button('Play'));
    frames(1);
    const seen = new Set<number>();
    for (let i = 0; i < 150; i++) {
      frames(1);
      seen.add(step());
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 20, 40]);
  });

  it('the live counter is throttled while playing and exact once paused', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<Harness />);
    fireEvent.click(button('Play'));
    frames(1);
    frames(30); // half a second: 10 steps, too soon to speak again
    expect(step()).toBe(10);
    const spoken = status().textContent;
    vi.advanceTimersByTime(100);
    expect(status().textContent).toBe(spoken);
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_INTERVAL_MS);
    });
    expect(status().textContent).toBe('Step 10 of 200');
    fireEvent.click(button('Pause'));
    fireEvent.click(button('Step'));
    expect(status().textContent).toBe('Step 11 of 200');
  });

  it('disabled: every control is disabled and playing stops', () => {
    const { rerender } = render(<Harness />);
    fireEvent.click(button('Play'));
    frames(1);
    frames(15);
    rerender(<Harness disabled />);
    const at = step();
    frames(60);
    expect(step()).toBe(at);
    for (const name of ['Restart', 'Step back', 'Play', 'Step']) {
      expect((button(name) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('a controlled speed (speed + onSpeed) is the parent’s', () => {
    const onSpeed = vi.fn();
    render(<Player id="p" step={0} maxStep={10} onStep={() => {}} speed={4} onSpeed={onSpeed} />);
    const speed = screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;
    expect(speed.value).toBe('4');
    fireEvent.change(speed, { target: { value: '0.25' } });
    expect(onSpeed).toHaveBeenCalledWith(0.25);
  });
});
