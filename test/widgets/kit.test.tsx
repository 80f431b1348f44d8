import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Readout, Select, Slider } from '~/widgets/kit';

afterEach(cleanup);

describe('kit controls', () => {
  it('<Slider numberBox> is a labelled range with a number box that clamps what is typed', () => {
    const onInput = vi.fn();
    render(
      <Slider
        id="s"
        label="Weight w"
        value={1}
        min={0}
        max={2}
        step={0.1}
        onInput={onInput}
        numberBox
      />,
    );
    const range = screen.getByRole('slider', { name: 'Weight w' });
    expect(range.getAttribute('step')).toBe('0.1');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Weight w (exact value)' }), {
      target: { value: '5' },
    });
    expect(onInput).toHaveBeenLastCalledWith(2);
  });

  it('<Slider> shows its value in an <output>, with the step’s decimals', () => {
    render(
      <Slider
        id="s"
        label="Margin z"
        value={-0.5}
        min={-3}
        max={3}
        step={0.01}
        onInput={() => {}}
      />,
    );
    expect(
      screen
        .getByRole('slider', { name: 'Margin z' })
        .closest('.kit-slider')!
        .querySelector('output')!.textContent,
    ).toBe('−0.50');
  });

  it('<Readout> never prints NaN or Infinity', () => {
    render(
      <>
        <Readout id="a" label="Loss" value={Number.NaN} />
        <Readout id="b" label="Gradient" value={Infinity} />
      </>,
    );
    expect(screen.getByLabelText('Loss').textContent).not.toMatch(/NaN/);
    expect(screen.getByLabelText('Gradient').textContent).not.toMatch(/Infinity/);
  });

  it('<Select groups> renders optgroups and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <Select
        id="sel"
        label="Optimizer"
        value="sgd"
        onChange={onChange}
        groups={[
          {
            label: 'Plain',
            options: [
              { value: 'sgd', label: 'SGD' },
              { value: 'adam', label: 'Adam' },
            ],
          },
        ]}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Optimizer' }), {
      target: { value: 'adam' },
    });
    expect(onChange).toHaveBeenCalledWith('adam');
  });
});
