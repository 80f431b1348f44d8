import { fmt } from '~/lib/format';
import { LOGIT_LIMIT, LOGIT_SLIDER, LOGIT_STEP } from './softmaxCrossEntropyState';

/** Props of `LogitControl`. */
export interface LogitControlProps {
  readonly id: string;
  /** Visible label and the slider's accessible name, e.g. 'Logit z1'. */
  readonly label: string;
  readonly value: number;
  readonly onInput: (value: number) => void;
  readonly mainControl?: boolean;
}

/**
 * A logit: a native range over [−10, 10] for quick moves and a number box that takes any value
 * in ±1000. Beyond the slider's reach the thumb rests at its end and its spoken value says so.
 */
export function LogitControl({ id, label, value, onInput, mainControl }: LogitControlProps) {
  const beyond = value < LOGIT_SLIDER.min || value > LOGIT_SLIDER.max;
  const shown = fmt(value, Number.isInteger(value) ? 0 : 2);
  return (
    <div class="kit-slider sce-logit">
      <label for={id}>{label}</label>
      <div class="kit-slider-row">
        <input
          type="range"
          id={id}
          min={LOGIT_SLIDER.min}
          max={LOGIT_SLIDER.max}
          step={LOGIT_SLIDER.step}
          value={Math.min(LOGIT_SLIDER.max, Math.max(LOGIT_SLIDER.min, value))}
          aria-valuetext={beyond ? `${shown}, beyond the slider’s range` : shown}
          {...(mainControl && { 'data-main-control': '' })}
          onInput={(e) => onInput(Number(e.currentTarget.value))}
        />
        <input
          type="number"
          class="kit-number"
          id={`${id}-number`}
          min={-LOGIT_LIMIT}
          max={LOGIT_LIMIT}
          step={LOGIT_STEP}
          value={value}
          aria-label={`${label} (exact value, −1000 to 1000)`}
          onChange={(e) => {
            const raw = e.currentTarget.value;
            const x = Number(raw);
            if (raw.trim() !== '' && Number.isFinite(x)) {
              onInput(Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, x)));
            } else {
              e.currentTarget.value = String(value);
            }
          }}
        />
      </div>
    </div>
  );
}
