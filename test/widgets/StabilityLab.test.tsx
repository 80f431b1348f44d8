import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  naiveBce32,
  naiveLogSigmoid32,
  naiveLogSoftmax32,
  stableBce32,
  stableLogSigmoid32,
  stableLogSoftmax32,
} from '~/compute';
import { StabilityLab } from '~/widgets/StabilityLab/StabilityLab';
import {
  POSITIONS,
  formatFloat,
  logitToPosition,
  positionToLogit,
} from '~/widgets/StabilityLab/stabilityLabState';

const slider = () => screen.getByRole('slider', { name: 'Logit' }) as HTMLInputElement;
const box = () =>
  screen.getByRole('spinbutton', { name: /^Logit \(exact value/ }) as HTMLInputElement;
const out = (id: string) => document.getElementById(`stab-${id}`)!.textContent;
/** The widget's number format (6 significant figures, trailing zeros dropped). */
const f6 = formatFloat;

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('formatFloat(v)', () => {
  it('writes 6 significant figures without trailing zeros, and −0 as 0', () => {
    expect(formatFloat(89)).toBe('89');
    expect(formatFloat(-0)).toBe('0');
    expect(formatFloat(0.6931471824645996)).toBe('0.693147');
    expect(formatFloat(2.5)).toBe('2.5');
    expect(formatFloat(1.401298464324817e-45)).toBe('1.4013×10⁻⁴⁵');
  });
});

describe('positionToLogit(position) and logitToPosition(x)', () => {
  it('reach 0.1 and ±1000, and invert each other on the ladder', () => {
    expect(positionToLogit(1)).toBe(0.1);
    expect(positionToLogit(POSITIONS)).toBe(1000);
    expect(positionToLogit(-POSITIONS)).toBe(-1000);
    for (let k = -POSITIONS; k <= POSITIONS; k += 7) {
      expect(logitToPosition(positionToLogit(k))).toBe(k);
    }
  });
});

describe('<StabilityLab id>', () => {
  it('follows the kit conventions: data-widget, "Logit" is the main control, a chart', () => {
    const { container } = render(<StabilityLab id="stab" />);
    const root = container.querySelector('[data-widget="StabilityLab"]')!;
    expect(root.querySelector('[data-main-control]')).toBe(slider());
    expect(screen.getByRole('img', { name: /Naive and stable BCE/ })).toBeTruthy();
  });

  it('at a moderate logit both forms give src/compute’s finite float32 values', () => {
    render(<StabilityLab id="stab" initialLogit={2} />);
    expect(out('log-sigmoid-naive')).toBe(f6(naiveLogSigmoid32(2)));
    expect(out('log-sigmoid-stable')).toBe(f6(stableLogSigmoid32(2)));
    expect(out('bce-stable')).toBe(f6(stableBce32(2, 1)));
    expect(out('log-softmax-1-stable')).toBe(f6(stableLogSoftmax32([2, 0])[0]!));
  });

  it('moving "Logit" to 1000 breaks the naive forms in words; the stable ones stay finite', () => {
    const { container } = render(<StabilityLab id="stab" />);
    fireEvent.input(slider(), { target: { value: String(POSITIONS) } });
    expect(Number(box().value)).toBe(1000);
    // naive BCE(1000, 1) is NaN and naive log softmax(1000, 0)₁ NaN, ₂ −∞ (src/compute says so).
    expect(Number.isNaN(naiveBce32(1000, 1))).toBe(true);
    expect(out('bce-naive')).toMatch(/^not a number \(/);
    expect(out('bce-stable')).toBe(f6(stableBce32(1000, 1)));
    expect(Number.isNaN(naiveLogSoftmax32([1000, 0])[0]!)).toBe(true);
    expect(out('log-softmax-1-naive')).toMatch(/^not a number \(e\^x overflowed/);
    expect(naiveLogSoftmax32([1000, 0])[1]).toBe(-Infinity);
    expect(out('log-softmax-2-naive')).toMatch(/^−∞ \(/);
    expect(out('log-softmax-2-stable')).toBe(f6(stableLogSoftmax32([1000, 0])[1]!));
    const outputs = [...container.querySelectorAll('output')].map((o) => o.textContent).join(' ');
    expect(outputs).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('typing −1000 in the number box: naive log σ is −∞ in words, stable is −1000', () => {
    render(<StabilityLab id="stab" />);
    fireEvent.change(box(), { target: { value: '-1000' } });
    expect(naiveLogSigmoid32(-1000)).toBe(-Infinity);
    expect(out('log-sigmoid-naive')).toMatch(/^−∞ \(e\^−x overflowed/);
    expect(out('log-sigmoid-stable')).toBe(f6(stableLogSigmoid32(-1000)));
    expect(Number(slider().value)).toBe(-POSITIONS);
  });

  it('a finite but wrong naive value says how far off it is (log σ(17) rounds to 0)', () => {
    render(<StabilityLab id="stab" initialLogit={17} />);
    expect(naiveLogSigmoid32(17)).toBe(0);
    expect(out('log-sigmoid-naive')).toBe('0 (all digits lost)');
  });

  it('"Label y" changes the BCE row; "Chart shows" redraws with the shaded broken range', () => {
    const { container } = render(<StabilityLab id="stab" initialLogit={20} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Label y (for BCE)' }), {
      target: { value: '0' },
    });
    expect(naiveBce32(20, 0)).toBe(Infinity);
    expect(out('bce-naive')).toMatch(/^∞ \(σ\(x\) rounded to exactly 1/);
    expect(out('bce-stable')).toBe(f6(stableBce32(20, 0)));
    fireEvent.change(screen.getByRole('combobox', { name: 'Chart shows' }), {
      target: { value: 'log-sigmoid' },
    });
    expect(screen.getByRole('img', { name: /log σ\(x\)/ })).toBeTruthy();
    expect(screen.getByText(/Shaded: x ≤ −89/)).toBeTruthy();
    expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('writes the state to the URL and reads it back; a bad link falls back with a notice', async () => {
    const first = render(<StabilityLab id="stab" />);
    fireEvent.click(screen.getByRole('button', { name: '89' }));
    await waitFor(() => expect(window.location.search).toBe('?stab.x=89'));
    first.unmount();
    render(<StabilityLab id="stab" />);
    expect(box().value).toBe('89');
    cleanup();
    window.history.replaceState(null, '', '/x/?stab.x=Infinity&stab.form=zzz');
    render(<StabilityLab id="stab" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/logit.*chart form/);
    expect(box().value).toBe('5');
  });
});
