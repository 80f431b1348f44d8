import type { ComponentChildren } from 'preact';
import { fmtSig } from '~/lib/format';

/** Props of `Readout`. */
export interface ReadoutProps {
  /** Id of the <output>, unique on the page. */
  readonly id: string;
  readonly label: ComponentChildren;
  readonly value: number;
  /** Formats the value (default `fmtSig(value, 4)`); never prints NaN or Infinity. */
  readonly format?: (value: number) => string;
  /** A small key drawn before the label: 'solid' or 'dashed' line in a CSS colour. */
  readonly swatch?: { readonly color: string; readonly dashed?: boolean };
}

/** A computed value with its label, in an <output>. */
export function Readout({ id, label, value, format = (x) => fmtSig(x, 4), swatch }: ReadoutProps) {
  return (
    <div class="kit-readout">
      <label for={id}>
        {swatch && (
          <span
            class={swatch.dashed ? 'kit-swatch dashed' : 'kit-swatch'}
            style={{ color: swatch.color }}
            aria-hidden="true"
          />
        )}
        {label}
      </label>
      <output id={id}>{format(value)}</output>
    </div>
  );
}
