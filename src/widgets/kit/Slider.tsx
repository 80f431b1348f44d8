import type { ComponentChildren } from 'preact';
import { fmt } from '~/lib/format';

/** Props of `Slider`. */
export interface SliderProps {
  /** Element id of the range input, unique on the page (e.g. 'lce-u'). */
  readonly id: string;
  /** The visible label, which is also the slider's accessible name. */
  readonly label: ComponentChildren;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly onInput: (value: number) => void;
  /** Formats the live value (default: `fmt` with the step's decimals). */
  readonly format?: (value: number) => string;
  /** Adds a number box for typing an exact value (labelled '<label> (exact value)'). */
  readonly numberBox?: boolean;
  /** Marks the widget's main control (`data-main-control`), which tests and benchmarks drive. */
  readonly mainControl?: boolean;
  /** Spoken instead of the raw number, e.g. '0.50, loss 0.125'. */
  readonly valueText?: string;
}

/** Number of decimals a step shows: 1 → 0, 0.1 → 1, 0.05 → 2. */
export function decimalsForStep(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 2;
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

/** A labelled native range input with a live <output> and an optional number box. */
export function Slider(props: SliderProps) {
  const { id, label, value, min, max, step, onInput } = props;
  const format = props.format ?? ((x: number) => fmt(x, decimalsForStep(step)));
  const commit = (raw: string) => {
    const x = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(x)) onInput(Math.min(max, Math.max(min, x)));
  };
  return (
    <div class="kit-slider">
      <label for={id}>{label}</label>
      <div class="kit-slider-row">
        <input
          type="range"
          id={id}
          min={min}
          max={max}
          step={step}
          value={value}
          {...(props.mainControl && { 'data-main-control': '' })}
          {...(props.valueText !== undefined && { 'aria-valuetext': props.valueText })}
          onInput={(e) => commit(e.currentTarget.value)}
        />
        {props.numberBox ? (
          <input
            type="number"
            class="kit-number"
            id={`${id}-number`}
            min={min}
            max={max}
            step={step}
            value={Number(value.toFixed(decimalsForStep(step)))}
            aria-label={`${typeof label === 'string' ? label : id} (exact value)`}
            onChange={(e) => commit(e.currentTarget.value)}
          />
        ) : (
          <output for={id} aria-live="off">
            {format(value)}
          </output>
        )}
      </div>
    </div>
  );
}
